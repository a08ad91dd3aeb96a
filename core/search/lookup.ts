import type { GlossarySearch, SearchableEntry } from './search';

/** A best hit scoring worse than this is not what the reader selected: the popup's search takes over. */
const CLOSE_ENOUGH = 0.3;
/** Selections longer than this are sentences, not names; only their start is looked up. */
export const SELECTION_LIMIT = 120;

/** The entry a selected text names, if one is close enough ("Look up “…” in Glosa"). */
export function closestEntry<T extends SearchableEntry>(
  search: GlossarySearch<T>,
  selection: string,
): T | undefined {
  const query = selection.trim().slice(0, SELECTION_LIMIT);
  if (query.length < 2) return undefined;
  const [best] = search.search(query, 1);
  return best && best.score <= CLOSE_ENOUGH ? best.entry : undefined;
}
