/**
 * The JSON backup format: versioned, everything a note has (search words are derived, so not stored).
 * Import validates a whole file against this schema before anything is written.
 */
import * as v from 'valibot';
import { EntryIdSchema, NoteIdSchema } from '../ids';
import { MAX_BODY_CHARS, MAX_TAG_CHARS, MAX_TAGS, type NoteFields } from './note-model';

export const BACKUP_FORMAT = 'glosa-notes-backup';
export const BACKUP_VERSION = 1;
/** Larger files are refused before they are read: 10,000 notes take about 10 MB at most. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;
const MAX_BACKUP_NOTES = 100_000;

const timestamp = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const pageUrl = v.pipe(
  v.string(),
  v.maxLength(8192),
  v.url(),
  v.regex(/^https?:\/\//i, 'a note belongs to an http(s) page'),
);

export const PassageSchema = v.pipe(
  v.strictObject({
    quote: v.strictObject({
      exact: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_BODY_CHARS)),
      prefix: v.pipe(v.string(), v.maxLength(1000)),
      suffix: v.pipe(v.string(), v.maxLength(1000)),
    }),
    position: v.strictObject({ start: offset, end: offset }),
  }),
  v.check((passage) => passage.position.end >= passage.position.start, 'a passage ends after it starts'),
);

const BackupNoteSchema = v.pipe(
  v.strictObject({
    id: NoteIdSchema,
    url: pageUrl,
    title: v.pipe(v.string(), v.maxLength(2000)),
    passage: v.optional(PassageSchema),
    termIds: v.pipe(v.array(EntryIdSchema), v.maxLength(200)),
    body: v.pipe(v.string(), v.maxLength(MAX_BODY_CHARS)),
    tags: v.pipe(
      v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_TAG_CHARS))),
      v.maxLength(MAX_TAGS),
    ),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
  v.check((note) => note.updatedAt >= note.createdAt, 'a note is updated after it is created'),
);

export const BackupSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  notes: v.pipe(v.array(BackupNoteSchema), v.maxLength(MAX_BACKUP_NOTES)),
});

export type Backup = v.InferOutput<typeof BackupSchema>;

/** A note as the backup stores it: the stored note without derived fields. */
export function backupNote(note: NoteFields): NoteFields {
  return {
    id: note.id,
    url: note.url,
    title: note.title,
    ...(note.passage ? { passage: note.passage } : {}),
    termIds: note.termIds,
    body: note.body,
    tags: note.tags,
    createdAt: note.createdAt,
    updatedAt: note.updatedAt,
  };
}
