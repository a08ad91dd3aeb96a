import * as v from 'valibot';
import { PassageSchema } from '../core/notes/backup';

/**
 * What the background accepts from content scripts. A page's script can be compromised; the background
 * checks every payload before using it, and takes the page itself from the browser (sender), never
 * from the payload.
 */
const entryId = v.pipe(v.string(), v.maxLength(200), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
const noteId = v.pipe(v.string(), v.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i));

export const EntryIdSchema = entryId;
export const NoteIdSchema = noteId;

export const NoteStartSchema = v.strictObject({
  passage: v.nullable(PassageSchema),
  termIds: v.pipe(v.array(entryId), v.maxLength(100)),
  title: v.pipe(v.string(), v.maxLength(2000)),
});

export const NoteAnchorReportSchema = v.strictObject({
  anchored: v.pipe(v.array(noteId), v.maxLength(10_000)),
  orphaned: v.pipe(v.array(noteId), v.maxLength(10_000)),
});

/** The payload if it has the expected shape, else undefined (the message is then ignored). */
export function validPayload<T extends v.GenericSchema>(
  schema: T,
  data: unknown,
): v.InferOutput<T> | undefined {
  const result = v.safeParse(schema, data);
  return result.success ? result.output : undefined;
}
