import type { PageLanguage } from '../page-facts/page-language';
import type { ExplanationLanguageChoice } from '../settings';
import type { GlossaryEntry, TimelineEvent } from './schema';

/** The languages explanations are written in (every bundled entry has both). */
export type ExplanationLanguage = 'en' | 'es';

/** Explanations in the reader's choice: Spanish on Spanish pages for "the page's language". */
export function explanationLanguageFor(
  choice: ExplanationLanguageChoice,
  pageLanguage: PageLanguage,
): ExplanationLanguage {
  if (choice !== 'page') return choice;
  return pageLanguage === 'es' ? 'es' : 'en';
}

/**
 * An entry's summary and details in `language`; English where the entry has no Spanish (the reader's
 * own terms, written in whatever language the reader wrote them).
 */
export function explainedText(
  entry: Pick<GlossaryEntry, 'summary' | 'details' | 'es'>,
  language: ExplanationLanguage,
): { summary: string; details: string } {
  return language === 'es' && entry.es ? entry.es : { summary: entry.summary, details: entry.details };
}

export function eventText(event: TimelineEvent, language: ExplanationLanguage): string {
  return language === 'es' ? event.es : event.text;
}
