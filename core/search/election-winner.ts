import { countryOfWord } from '../names/countries';
import type { Terms } from './office-holder';
import { ELECTION_WORDS } from './relations';
import { isYear } from './search-text';

/** Words of winning an election ("quién ganó", "who won", "qui a gagné", "o vencedor"). */
const WINNING =
  /^(?:won|win|wins|winner|gano|gana|ganador|ganadora|gagn|remport|vainqueur|ganhou|venceu|vencedor|vencedora|vencio)/;

/**
 * The head of state who won the presidential election of a country and a year a query names ("qui a
 * gagné la présidentielle argentine en 2023", "quién ganó las elecciones de bolivia en 2025"): the one
 * whose term began that year, or else the next (Brazil's presidents take office on 1 January).
 */
export function electionWinner(
  words: readonly string[],
  terms: readonly Terms[],
  countriesOf: (doc: number) => readonly string[],
): number | undefined {
  if (!words.some((word) => WINNING.test(word)) || !words.some((word) => ELECTION_WORDS.has(word)))
    return undefined;
  const years = words.filter(isYear).map(Number);
  const countries = [...new Set(words.flatMap((word) => countryOfWord(word) ?? []))];
  if (years.length !== 1 || countries.length !== 1) return undefined;
  const [year] = years as [number];
  for (const began of [year, year + 1]) {
    const winner = terms.findIndex(
      (own, doc) =>
        own.some(([from]) => from === began) && countriesOf(doc).some((code) => countries.includes(code)),
    );
    if (winner !== -1) return winner;
  }
  return undefined;
}
