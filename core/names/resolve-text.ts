import type { Matcher } from '../matching/matcher';
import type { PageLanguage } from '../page-facts/page-language';
import { matchReader } from './read-match';
import type { NameFacts, Reading } from './read-mention';
import { resolveMentions } from './resolve';

/** A resolved mark in a page of plain text: its place in one paragraph, and the entry it names. */
export interface ResolvedMark {
  paragraph: number;
  start: number;
  end: number;
  entryId: string;
  alternatives: readonly string[];
}

/**
 * Matches and resolves a page given as plain paragraphs: the same two passes the content script makes
 * over a page's blocks (the corpus test and the benchmark measure the resolution through it).
 */
export function resolveParagraphs(
  paragraphs: readonly string[],
  matcher: Matcher,
  language: PageLanguage,
  names: NameFacts,
): ResolvedMark[] {
  const found = matcher.findEach(paragraphs);
  const read = matchReader(matcher, language, names);
  const places: { paragraph: number; start: number; end: number }[] = [];
  const blocks: number[] = [];
  const readings: Reading[] = [];
  found.forEach((matches, paragraph) => {
    const text = paragraphs[paragraph] ?? '';
    for (const match of matches) {
      readings.push(read(text, match));
      places.push({ paragraph, start: match.start, end: match.end });
      blocks.push(paragraph);
    }
  });
  const decisions = resolveMentions(readings, names, blocks);
  const marks: ResolvedMark[] = [];
  decisions.forEach((decision, index) => {
    const place = places[index];
    if (decision.entryId && place)
      marks.push({ ...place, entryId: decision.entryId, alternatives: decision.alternatives });
  });
  return marks;
}
