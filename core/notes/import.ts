/**
 * Reads a backup file into notes, or says why it cannot: a reason code with what the reader needs to find
 * the fault (the field, the note, the line, the size), which the UI words in the reader's language. Nothing
 * here writes: the caller writes all notes in one transaction, or none.
 */
import * as v from 'valibot';
import { normalizePageUrl } from '../page-url';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupSchema, MAX_BACKUP_BYTES } from './backup';
import type { NoteFields } from './note-model';

/** What is wrong with one value of an otherwise readable backup. */
export type BackupProblem =
  | 'missing'
  | 'unknownField'
  | 'notText'
  | 'notNumber'
  | 'notList'
  | 'notObject'
  | 'unknownValue'
  | 'empty'
  | 'tooLong'
  | 'tooMany'
  | 'notUuid'
  | 'notUrl'
  | 'notWebPage'
  | 'badTermId'
  | 'notWholeNumber'
  | 'negative'
  | 'tooBig'
  | 'badDate'
  | 'endsBeforeStart'
  | 'updatedBeforeCreated'
  | 'invalid';

/** Why a file was not imported. In every case nothing was imported. */
export type ImportRefusal =
  /** Refused by its size alone, before its text was read. */
  | { reason: 'tooLarge'; bytes: number; maxBytes: number }
  | { reason: 'empty' }
  /** `line` (1 = first) when the browser says where the JSON breaks and the file has several lines. */
  | { reason: 'notJson'; line?: number }
  /** JSON, but not Glosa's backup format (another tool's export, a Web Annotation export...). */
  | { reason: 'notBackup' }
  | { reason: 'newerVersion' }
  /**
   * The first fault found: `field` is its path as written in the file ("passage.quote.exact", "tags[2]";
   * "" for a note as a whole), `note` the note's place in the file (1 = first; absent for the file's own
   * fields), `limit` the bound exceeded (tooLong, tooMany).
   */
  | { reason: 'damaged'; problem: BackupProblem; field: string; note?: number; limit?: number }
  /** `note`: the place (1 = first) of the note that repeats an earlier one's id. */
  | { reason: 'duplicateId'; id: string; note: number };

export type ParsedBackup = { ok: true; notes: NoteFields[] } | { ok: false; refusal: ImportRefusal };

function refuse(refusal: ImportRefusal): ParsedBackup {
  return { ok: false, refusal };
}

/** Where JSON.parse stopped, from its message: "line 3 column 5" (Firefox, recent Chromium) or "position 41". */
function errorLine(error: unknown, text: string): number | undefined {
  const message = String((error as Error | null)?.message ?? '');
  const line = /\bline (\d+) column \d+/i.exec(message);
  if (line) return Number(line[1]);
  const position = /\bat position (\d+)/i.exec(message);
  if (!position) return undefined;
  let count = 1;
  for (let index = 0, end = Math.min(Number(position[1]), text.length); index < end; index++) {
    if (text.charCodeAt(index) === 10) count++;
  }
  return count;
}

const SCHEMA_TYPES: Record<string, BackupProblem> = {
  string: 'notText',
  number: 'notNumber',
  array: 'notList',
  strict_object: 'notObject',
  object: 'notObject',
  literal: 'unknownValue',
};

/** Which rule of the backup schema (core/notes-backup) a valibot issue broke. */
function problemOf(issue: v.BaseIssue<unknown>, keys: readonly unknown[]): BackupProblem {
  const lastKey = keys.at(-1);
  if (issue.kind === 'schema') {
    if (issue.received === 'undefined') return 'missing';
    if (issue.type === 'strict_object' && issue.expected === 'never') return 'unknownField';
    return SCHEMA_TYPES[issue.type] ?? 'invalid';
  }
  switch (issue.type) {
    case 'min_length':
      return 'empty';
    case 'max_length':
      return Array.isArray(issue.input) ? 'tooMany' : 'tooLong';
    case 'url':
      return 'notUrl';
    case 'regex':
      if (lastKey === 'id') return 'notUuid';
      if (lastKey === 'url') return 'notWebPage';
      return keys.at(-2) === 'termIds' ? 'badTermId' : 'invalid';
    case 'integer':
      return 'notWholeNumber';
    case 'min_value':
      return 'negative';
    case 'max_value':
      return 'tooBig';
    case 'iso_timestamp':
      return 'badDate';
    case 'check':
      if (lastKey === 'passage') return 'endsBeforeStart';
      return typeof lastKey === 'number' ? 'updatedBeforeCreated' : 'invalid';
    default:
      return 'invalid';
  }
}

function damaged(issue: v.BaseIssue<unknown> | undefined): ImportRefusal {
  const keys = issue?.path?.map((item) => item.key) ?? [];
  const inNote = keys[0] === 'notes' && typeof keys[1] === 'number';
  const fieldKeys = inNote ? keys.slice(2) : keys;
  const field = fieldKeys
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${String(key)}`))
    .join('');
  const problem = issue ? problemOf(issue, keys) : 'invalid';
  const bounded = (problem === 'tooLong' || problem === 'tooMany') && typeof issue?.requirement === 'number';
  return {
    reason: 'damaged',
    problem,
    field,
    ...(inNote ? { note: (keys[1] as number) + 1 } : {}),
    ...(bounded ? { limit: issue?.requirement as number } : {}),
  };
}

/** `byteLength` is the file's size, checked before its text is read (see readBackupFile). */
export function parseBackup(text: string, byteLength = text.length): ParsedBackup {
  if (byteLength > MAX_BACKUP_BYTES) {
    return refuse({ reason: 'tooLarge', bytes: byteLength, maxBytes: MAX_BACKUP_BYTES });
  }
  if (text.trim() === '') return refuse({ reason: 'empty' });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const line = text.includes('\n') ? errorLine(error, text) : undefined;
    return refuse(line === undefined ? { reason: 'notJson' } : { reason: 'notJson', line });
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    Array.isArray(data) ||
    (data as { format?: unknown }).format !== BACKUP_FORMAT
  ) {
    return refuse({ reason: 'notBackup' });
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) return refuse({ reason: 'newerVersion' });
  const result = v.safeParse(BackupSchema, data);
  if (!result.success) return refuse(damaged(result.issues[0]));
  const seen = new Set<string>();
  const notes: NoteFields[] = [];
  for (const [index, note] of result.output.notes.entries()) {
    if (seen.has(note.id)) return refuse({ reason: 'duplicateId', id: note.id, note: index + 1 });
    seen.add(note.id);
    // Filed under the same key as notes written here (no fragment, no tracking parameters, no
    // credentials), and only for web pages: anything else is refused, never stored as written.
    const url = normalizePageUrl(note.url);
    if (!url) return refuse({ reason: 'damaged', problem: 'notWebPage', field: 'url', note: index + 1 });
    notes.push({ ...note, url });
  }
  return { ok: true, notes };
}
