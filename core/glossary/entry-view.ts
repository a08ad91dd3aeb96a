import type { GlossaryEntry } from './schema';

/** A related entry as a card links it: its id and display name. */
export interface RelatedTerm {
  id: string;
  term: string;
}

/** One entry as a card shows it: the entry and the display names of its related entries. */
export interface EntryView<T extends GlossaryEntry = GlossaryEntry> {
  entry: T;
  related: RelatedTerm[];
}

/** The view of `entryId` among `entries`; related ids that are not there are left out. Null if unknown. */
export function entryView<T extends GlossaryEntry>(
  entries: ReadonlyMap<string, T>,
  entryId: string,
): EntryView<T> | null {
  const entry = entries.get(entryId);
  if (!entry) return null;
  const related = entry.related.flatMap((id) => {
    const other = entries.get(id);
    return other ? [{ id, term: other.term }] : [];
  });
  return { entry, related };
}
