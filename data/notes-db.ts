/**
 * The notes database. It lives in the extension's origin (side panel, background), never in a content
 * script, where IndexedDB would be the visited site's. Versions are only ever added: each keeps its
 * schema as shipped, and an upgrade brings older data forward.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { NoteDraft } from '../core/notes/draft';
import { type Note, wordsOfNote } from '../core/notes/note-model';

const NOTES_DB_NAME = 'glosa-notes';

/** Version 1 (shipped first): notes by page, tag, term and recency. */
export const NOTES_SCHEMA_V1 = { notes: 'id, url, *tags, *termIds, updatedAt' };
/** Version 2: adds the search words index, filled for existing notes by the upgrade. */
export const NOTES_SCHEMA_V2 = { notes: 'id, url, *tags, *termIds, updatedAt, *words' };
/**
 * Version 3: adds the backlog of notes whose search words are still to be written: one row per import
 * listing its notes, so an import writes one row instead of ~25 index entries per note.
 */
const NOTES_SCHEMA_V3 = { ...NOTES_SCHEMA_V2, wordsBacklog: 'id' };

/**
 * Version 4: adds the draft being typed (one row, id "current"), kept here rather than in extension
 * storage, which every content script can read: what the reader writes stays in the extension's origin.
 */
const NOTES_SCHEMA_V4 = { ...NOTES_SCHEMA_V3, drafts: 'id' };

/** The note being typed, as stored. */
export interface StoredDraft extends NoteDraft {
  id: 'current';
}

/** Notes of one import whose search words are not written yet. */
export interface WordsBacklog {
  id: string;
  noteIds: string[];
}

export class NotesDatabase extends Dexie {
  notes!: EntityTable<Note, 'id'>;
  wordsBacklog!: EntityTable<WordsBacklog, 'id'>;
  drafts!: EntityTable<StoredDraft, 'id'>;

  constructor(name = NOTES_DB_NAME) {
    super(name);
    this.version(1).stores(NOTES_SCHEMA_V1);
    this.version(2)
      .stores(NOTES_SCHEMA_V2)
      .upgrade((transaction) =>
        transaction
          .table<Note, string>('notes')
          .toCollection()
          .modify((note) => {
            note.words = wordsOfNote(note);
          }),
      );
    this.version(3).stores(NOTES_SCHEMA_V3);
    this.version(4).stores(NOTES_SCHEMA_V4);
  }
}

let shared: NotesDatabase | undefined;

/** The one database connection of this extension context. */
export function notesDb(): NotesDatabase {
  shared ??= new NotesDatabase();
  return shared;
}

/** Asks the browser not to evict notes under storage pressure (best effort; some browsers ask the user). */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return false;
  }
}
