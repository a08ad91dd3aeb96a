import * as v from 'valibot';
import { ENTRY_ID_PATTERN, MAX_ENTRY_ID_CHARS, NOTE_ID_PATTERN } from './id-patterns';

/** The schemas of the identifiers that cross between worlds and files (patterns: core/id-patterns.ts). */
export const EntryIdSchema = v.pipe(
  v.string(),
  v.maxLength(MAX_ENTRY_ID_CHARS),
  v.regex(ENTRY_ID_PATTERN, 'id must be kebab-case'),
);
export const NoteIdSchema = v.pipe(v.string(), v.regex(NOTE_ID_PATTERN, 'id must be a UUID'));
