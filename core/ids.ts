import * as v from 'valibot';

/**
 * The identifiers that cross between worlds and files, each pattern written once: glossary entry ids
 * (kebab-case: "keiko-fujimori", "own-ronda-1a2b3c4d") and note ids (UUIDs).
 */
const ENTRY_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NOTE_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Longer ids are refused: nothing Glosa makes comes near it. */
const MAX_ENTRY_ID_CHARS = 200;

export const EntryIdSchema = v.pipe(
  v.string(),
  v.maxLength(MAX_ENTRY_ID_CHARS),
  v.regex(ENTRY_ID_PATTERN, 'id must be kebab-case'),
);
export const NoteIdSchema = v.pipe(v.string(), v.regex(NOTE_ID_PATTERN, 'id must be a UUID'));
