import type { Matcher } from '../../../core/matching/matcher';
import { matchReader } from '../../../core/names/read-match';
import type { NameFacts } from '../../../core/names/read-mention';

/**
 * Names of the glossary in both its languages, full and short, a country and an acronym: enough to run
 * the matcher and every kind of reading of a mention once.
 */
const WARM_TEXT =
  'Keiko Fujimori y Pedro Castillo, el neoliberalismo y Sendero Luminoso: Fujimori, el JNE, Castillo, the Shining Path, Peru.';
/**
 * Read as an English page's: a common word of another language, a surname with an age word, a long
 * name in English. Without it an English page's top compiled those paths (the demo's top read: 5.9 ->
 * 3.9 ms in Node).
 */
const WARM_TEXT_EN =
  "Vizcarra's allies in Fuerza Popular met the younger Fujimori after the balotaje; the National Jury of Elections and Toledo.";

/**
 * Matches and reads the sample sentences, and returns how many mentions it read. Run while the page is
 * still being parsed, it compiles the code the first read of the page runs: otherwise that compiling
 * lands in the task that marks the top of the page before its first frame (up to tens of milliseconds
 * in a busy engine).
 */
export function warmUp(matcher: Matcher, names: NameFacts): number {
  let count = 0;
  for (const [language, text] of [
    ['es', WARM_TEXT],
    ['en', WARM_TEXT_EN],
  ] as const) {
    const read = matchReader(matcher, language, names);
    const matches = matcher.findEach([text])[0] ?? [];
    for (const match of matches) read(text, match);
    count += matches.length;
  }
  return count;
}
