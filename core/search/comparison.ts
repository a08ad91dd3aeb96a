import { BETWEEN_WORDS } from './name-order';

/**
 * A query that compares two things ("allende vs pinochet", "diferencia entre apra y fuerza popular",
 * "alba y unasur diferencias", "lula x bolsonaro"): each side is searched alone, and the first-named
 * comes first, the other right after it.
 */

/** Words that ask for a comparison, dropped from either side ("fmi vs banco mundial diferencia"). */
const ASKING = new Set(
  (
    'diferencia diferencias difference differences diferenca diferencas ' +
    'comparacion comparison comparaison comparacao compare comparar comparer differ'
  ).split(' '),
);

/** Words that join two sides only when a comparison is asked for: "y" alone joins a name's parts. */
const AND = new Set(['y', 'and', 'e', 'et']);
/** Words that set two sides against each other by themselves. */
const VERSUS = new Set(['vs', 'versus', 'x']);

/** The two sides of a comparison, each with words of its own, or undefined. `key`: the folded query. */
export function comparedSides(key: string): readonly [string, string] | undefined {
  const words = key.split(' ');
  const asking = words.some((word) => ASKING.has(word));
  let at = words.findIndex((word) => VERSUS.has(word));
  if (at === -1 && asking) at = words.findIndex((word) => AND.has(word));
  if (at <= 0) return undefined;
  const before = words.slice(0, at);
  // "cual es la diferencia entre apra y fuerza popular": the first side begins after "entre".
  const between = before.findLastIndex((word) => BETWEEN_WORDS.has(word));
  const side = (part: readonly string[]) => part.filter((word) => !ASKING.has(word)).join(' ');
  const first = side(before.slice(between + 1));
  const second = side(words.slice(at + 1));
  return first && second ? [first, second] : undefined;
}
