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
  return closestEntries(search, selection)[0];
}

/** Most entries a shared name ("Fujimori", "Frente Amplio") can name: the page chooses among them. */
const MAX_NAMED = 6;

/**
 * The entries a selected text may name: the closest one, and every other entry that has the selection
 * as one of its names, for the page's context to choose from (content/interact/selection-lookup.ts).
 */
export function closestEntries<T extends SearchableEntry>(search: GlossarySearch<T>, selection: string): T[] {
  const query = selection.trim().slice(0, SELECTION_LIMIT);
  if (query.length < 2) return [];
  const [best, ...rest] = search.search(query, MAX_NAMED);
  if (!best || best.score > CLOSE_ENOUGH) return [];
  return [best.entry, ...(best.wholeName ? rest.filter((hit) => hit.wholeName).map((hit) => hit.entry) : [])];
}
