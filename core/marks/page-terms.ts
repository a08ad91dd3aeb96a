/** A glossary entry marked on a page, and how many times it is marked there (checked by PageTermsSchema). */
export interface PageTermCount {
  entryId: string;
  count: number;
}

/**
 * Counts marks per entry, listing entries in the order they first appear: the side panel's
 * "Terms on this page" reads like the article. `inReadingOrder` must be in document order.
 */
export function countTermsInReadingOrder(inReadingOrder: readonly { entryId: string }[]): PageTermCount[] {
  const counts = new Map<string, PageTermCount>();
  for (const { entryId } of inReadingOrder) {
    const known = counts.get(entryId);
    if (known) known.count++;
    else counts.set(entryId, { entryId, count: 1 });
  }
  return [...counts.values()];
}
