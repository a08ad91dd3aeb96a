import type { MatcherTerm } from './matcher';

/** The part of a glossary entry (bundled or the reader's own) that the matcher needs. */
export interface MatchableEntry {
  id: string;
  term: string;
  aliases: readonly string[];
  /** Forms (term or aliases, as written) that match only with exactly this capitalization. */
  caseSensitive?: readonly string[];
  /** Forms (as written) that the reader wrote: their marks must stay private to the reader. */
  ownForms?: readonly string[];
}

/** Every matched form of every entry: its display term, then its aliases, in glossary order. */
export function termsFromEntries(entries: ReadonlyArray<MatchableEntry>): MatcherTerm[] {
  const terms: MatcherTerm[] = [];
  for (const entry of entries) {
    const caseSensitive = new Set(entry.caseSensitive ?? []);
    const own = new Set(entry.ownForms ?? []);
    for (const form of [entry.term, ...entry.aliases]) {
      terms.push({ entryId: entry.id, form, caseSensitive: caseSensitive.has(form), private: own.has(form) });
    }
  }
  return terms;
}
