import type { GlossaryEntry } from '../../core/glossary/schema';
import { compileMatcher } from '../../core/matching/matcher';
import { termsFromEntries } from '../../core/matching/terms';

export interface TermCount {
  term: string;
  count: number;
  forms: string[];
}

/** Counts highlighted passages per glossary entry, naming the forms the page used. */
export function summarizeHighlightTexts(
  texts: readonly string[],
  entries: readonly GlossaryEntry[],
): TermCount[] {
  const matcher = compileMatcher(termsFromEntries(entries));
  const byId = new Map<string, TermCount>();
  for (const text of texts) {
    const entryId = matcher.find(text)[0]?.entryId;
    const entry = entries.find((candidate) => candidate.id === entryId);
    if (!entry) continue;
    const row = byId.get(entry.id) ?? { term: entry.term, count: 0, forms: [] };
    row.count++;
    if (!row.forms.includes(text)) row.forms.push(text);
    byId.set(entry.id, row);
  }
  return [...byId.values()].sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
}
