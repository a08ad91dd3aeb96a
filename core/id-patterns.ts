/**
 * The identifiers that cross between worlds and files, each pattern written once: glossary entry ids
 * (kebab-case: "keiko-fujimori", "own-ronda-1a2b3c4d") and note ids (UUIDs). Plain checks, without the
 * schema library: the content script every page loads uses them (core/ids.ts builds the schemas).
 */
export const ENTRY_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const NOTE_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Longer ids are refused: nothing Glosa makes comes near it. */
export const MAX_ENTRY_ID_CHARS = 200;

/** Whether `value` is an entry id (what EntryIdSchema accepts). */
export function isEntryId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_ENTRY_ID_CHARS && ENTRY_ID_PATTERN.test(value);
}
