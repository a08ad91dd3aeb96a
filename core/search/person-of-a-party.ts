import { meaningfulWords, PLAIN_WORDS } from './search-text';

/** Words that join a person to the party or group they belong to: "keiko de fuerza popular". */
const OF = new Set('de del of from da do du'.split(' '));
/** At most this many words before the joint: a name and a word or two about the person. */
const BEFORE_MOST_WORDS = 4;

/** The kinds of entry a person belongs to. */
const GROUPS: ReadonlySet<string> = new Set(['party', 'movement', 'organization']);

/** What the rule reads of the glossary. */
export interface PartyMembers {
  /** The entries with this whole name (folded). */
  namedWhole(text: string): readonly number[];
  /** The entries with a one-word name a word is, sounds like or misspells ("balcasar", "keyko"). */
  namedNear(word: string): readonly number[];
  /** The entries the glossary relates to an entry, either way round. */
  related(doc: number): ReadonlySet<number> | undefined;
  categoryOf(doc: number): string;
}

/**
 * "keiko de fuerza popular", "el viejito balcasar de perú libre", "vladimiro cerrón perú libre": a
 * person's one-word name (maybe misspelt), then ("de", "of" and) the whole name of a party or group the
 * glossary relates them to, ask for that person, not the party. The one person so named and related, or
 * undefined.
 */
export function personOfANamedParty(query: string, glossary: PartyMembers): number | undefined {
  const words = query.split(' ');
  for (let joint = 1; joint <= Math.min(BEFORE_MOST_WORDS, words.length - 1); joint++) {
    // "cerrón de perú libre", or the party right after the name: "vladimiro cerrón perú libre".
    // Without "de", only a party or a group: "castillo coup" asks for the coup.
    const joined = OF.has(words[joint] as string);
    const after = joined ? joint + 1 : joint;
    if (after >= words.length) continue;
    const groups = glossary
      .namedWhole(words.slice(after).join(' '))
      .filter((doc) =>
        joined ? glossary.categoryOf(doc) !== 'person' : GROUPS.has(glossary.categoryOf(doc)),
      );
    if (groups.length === 0) continue;
    const before = meaningfulWords(words.slice(0, joint).join(' '), PLAIN_WORDS);
    const people = new Set(
      before.flatMap((word) =>
        glossary
          .namedNear(word)
          .filter(
            (doc) =>
              glossary.categoryOf(doc) === 'person' &&
              groups.some((group) => glossary.related(group)?.has(doc)),
          ),
      ),
    );
    if (people.size === 1) return [...people][0];
  }
  return undefined;
}
