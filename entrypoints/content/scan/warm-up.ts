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
 * Matches and reads one sample sentence, and returns how many mentions it read. Run while the page is
 * still being parsed, it compiles the code the first read of the page runs: otherwise that compiling
 * lands in the task that marks the top of the page before its first frame (up to tens of milliseconds
 * in a busy engine).
 */
export function warmUp(matcher: Matcher, names: NameFacts): number {
  const read = matchReader(matcher, 'es', names);
  const matches = matcher.findEach([WARM_TEXT])[0] ?? [];
  for (const match of matches) read(WARM_TEXT, match);
  return matches.length;
}
