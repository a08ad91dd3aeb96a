/**
 * Reads a backup file into notes, or says in one sentence why it cannot. Nothing here writes: the
 * caller writes all notes in one transaction, or none.
 */
import * as v from 'valibot';
import type { NoteFields } from './note-model';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupSchema, MAX_BACKUP_BYTES } from './notes-backup';

export type ParsedBackup = { ok: true; notes: NoteFields[] } | { ok: false; message: string };

function fail(message: string): ParsedBackup {
  return { ok: false, message };
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** `byteLength` is the file's size, checked before its text is read (see readBackupFile). */
export function parseBackup(text: string, byteLength = text.length): ParsedBackup {
  if (byteLength > MAX_BACKUP_BYTES) {
    return fail(
      `This file is too large to be a Glosa backup (over ${MAX_BACKUP_BYTES / 1024 / 1024} MB). Nothing was imported.`,
    );
  }
  if (text.trim() === '') return fail('This file is empty. Nothing was imported.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('This file is not valid JSON — it may be damaged or cut short. Nothing was imported.');
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    Array.isArray(data) ||
    (data as { format?: unknown }).format !== BACKUP_FORMAT
  ) {
    return fail('This is not a Glosa notes backup. Nothing was imported.');
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return fail(
      'This backup was made by a newer version of Glosa. Update Glosa, then import it again. Nothing was imported.',
    );
  }
  const result = v.safeParse(BackupSchema, data);
  if (!result.success) {
    const first = result.issues[0];
    return fail(
      `This backup is damaged (${first ? describeIssue(first) : 'invalid'}). Nothing was imported.`,
    );
  }
  const seen = new Set<string>();
  for (const note of result.output.notes) {
    if (seen.has(note.id)) return fail(`This backup lists the note ${note.id} twice. Nothing was imported.`);
    seen.add(note.id);
  }
  return { ok: true, notes: result.output.notes };
}
