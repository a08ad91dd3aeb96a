/**
 * A possessive before a name ("Keiko Fujimori's Popular Force party", "Evo Morales's MAS"): what is
 * sought is the thing owned, not its owner. Read from the query as typed: search keys drop the "'s".
 */

/** "Fujimori's ", "Morales’s ", "Workers' ": a word and its possessive, then a space. */
const POSSESSIVE = /\p{L}['’]s?\s+/u;

/** A query's text before and after its first possessive ("Keiko Fujimori", "Popular Force party"), or undefined. */
export function splitAtPossessive(typed: string): readonly [owner: string, owned: string] | undefined {
  const match = POSSESSIVE.exec(typed);
  if (!match) return undefined;
  const owner = typed.slice(0, match.index + 1).trim();
  const owned = typed.slice(match.index + match[0].length).trim();
  return owner === '' || owned === '' ? undefined : [owner, owned];
}

/**
 * The longest run of `words` that `isWholeName` accepts, from the first word ("popular force" of "popular
 * force party") or, `fromEnd`, up to the last ("keiko fujimori" of "leader keiko fujimori").
 */
export function nameAtEdge(
  words: readonly string[],
  isWholeName: (text: string) => boolean,
  fromEnd = false,
): string | undefined {
  for (let length = words.length; length >= 1; length--) {
    const text = (fromEnd ? words.slice(-length) : words.slice(0, length)).join(' ');
    if (isWholeName(text)) return text;
  }
  return undefined;
}
