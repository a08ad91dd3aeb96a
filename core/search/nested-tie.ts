import { relationOf } from './relations';

/** Words that join a tie to whose it is: "de", "of", an article. */
const JOINING: ReadonlySet<string> = new Set('de del of la el the o a do da du des d le los las'.split(' '));

/**
 * "le parti de la fille d'alberto fujimori", "esposa del hermano de antauro": a tie asked of a tie. The
 * two parts of such a query: the inner one ("fille alberto fujimori"), whose first hit the outer tie
 * ("le parti de") is asked of. Undefined where the query's tie words are not so nested.
 */
export function nestedTie(query: string): { outer: string; inner: string } | undefined {
  const words = query.split(' ');
  const ties = words.flatMap((word, at) => (relationOf(word) ? [at] : []));
  if (ties.length < 2) return undefined;
  const [first, second] = ties as [number, number];
  // Joining words between the two ties ("parti de la fille", not "party founded"), and a name after
  // the second.
  if (second === words.length - 1 || second === first + 1) return undefined;
  for (let at = first + 1; at < second; at++) if (!JOINING.has(words[at] as string)) return undefined;
  const outer = words.slice(0, first + 1).join(' ');
  return { outer, inner: words.slice(second).join(' ') };
}
