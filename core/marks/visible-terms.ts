import type { Settings } from '../settings';

export interface CategorizedTerm {
  entryId: string;
  category: string;
}

/**
 * Which marked terms to paint under the reader's settings: hidden categories drop out, and with
 * first-occurrence-only, each entry keeps its first mark. `terms` must be in document order when
 * first-occurrence-only is on; any order otherwise.
 */
export function visibleTerms<T extends CategorizedTerm>(
  terms: Iterable<T>,
  settings: Pick<Settings, 'hiddenCategories' | 'firstOccurrenceOnly'>,
): T[] {
  const hidden = new Set(settings.hiddenCategories);
  const seen = new Set<string>();
  const visible: T[] = [];
  for (const term of terms) {
    if (hidden.has(term.category)) continue;
    if (settings.firstOccurrenceOnly) {
      if (seen.has(term.entryId)) continue;
      seen.add(term.entryId);
    }
    visible.push(term);
  }
  return visible;
}
