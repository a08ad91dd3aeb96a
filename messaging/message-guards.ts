import { isEntryId } from '../core/id-patterns';

/**
 * The checks of what the background sends content scripts, without the schema library (3 KB less script
 * on every page). Each matches its schema in schemas.ts, which reuses the bounds written here.
 */
export { isEntryId };

/** The entries a selected name may mean, as the background sends them: at most this many. */
export const MAX_SELECTION_ENTRIES = 10;

/** Whether `value` is what SelectionEntriesSchema accepts: one to MAX_SELECTION_ENTRIES entry ids. */
export function isSelectionEntries(value: unknown): value is string[] {
  return (
    Array.isArray(value) &&
    value.length >= 1 &&
    value.length <= MAX_SELECTION_ENTRIES &&
    value.every(isEntryId)
  );
}
