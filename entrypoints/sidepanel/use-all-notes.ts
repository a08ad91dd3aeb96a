import { type Signal, useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { AllNotesSearch } from '../../data/all-notes-search';
import type { NotesDatabase } from '../../data/notes-db';
import type { NotesPage } from '../../data/notes-store';

const NO_NOTES: NotesPage = { notes: [], total: 0 };

/**
 * The first `shown` notes matching `query`, newest first, and how many match; kept current as notes
 * change. The notes are read only while `active` (the "All notes" view is open).
 */
export function useAllNotes(
  db: NotesDatabase,
  active: boolean,
  query: string,
  shown: number,
): Signal<NotesPage> {
  const page = useSignal<NotesPage>(NO_NOTES);
  const search = useSignal<AllNotesSearch | undefined>(undefined);
  const version = useSignal(0);

  useEffect(() => {
    if (!active) return;
    const cache = new AllNotesSearch(db, () => {
      version.value++;
    });
    search.value = cache;
    return () => {
      cache.dispose();
      search.value = undefined;
    };
  }, [db, active]);

  const cache = search.value;
  const changed = version.value;
  useEffect(() => {
    if (!cache) {
      page.value = NO_NOTES;
      return;
    }
    let current = true;
    void cache
      .search(query, shown)
      .then((result) => {
        if (current) page.value = result;
      })
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [cache, changed, query, shown]);
  return page;
}
