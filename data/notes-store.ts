/**
 * What the side panel and the background do with notes. Every write keeps the search words in step
 * with the text, and every function takes the database so tests can use their own.
 */
import type { Note, NoteFields } from '../core/notes/note-model';
import { MAX_BODY_CHARS, withWords } from '../core/notes/note-model';
import { matchesEveryWord, queryWords, searchLoadedNotes } from '../core/notes/search';
import type { NotesDatabase, WordsBacklog } from './notes-db';

/** What a new note is made from; the store adds its id, times and search words. */
export type NewNote = Pick<Note, 'url' | 'title' | 'passage' | 'termIds' | 'body' | 'tags'>;

export async function addNote(db: NotesDatabase, input: NewNote, now = Date.now()): Promise<Note> {
  const note = withWords({
    id: crypto.randomUUID(),
    url: input.url,
    title: input.title,
    ...(input.passage ? { passage: input.passage } : {}),
    termIds: [...input.termIds],
    body: input.body.slice(0, MAX_BODY_CHARS),
    tags: [...input.tags],
    createdAt: now,
    updatedAt: now,
  });
  await db.notes.add(note);
  return note;
}

export async function updateNote(
  db: NotesDatabase,
  id: string,
  changes: Pick<NoteFields, 'body' | 'tags'>,
  now = Date.now(),
): Promise<Note | undefined> {
  return db.transaction('rw', db.notes, async () => {
    const current = await db.notes.get(id);
    if (!current) return undefined;
    const next = withWords({
      ...current,
      body: changes.body.slice(0, MAX_BODY_CHARS),
      tags: [...changes.tags],
      updatedAt: now,
    });
    await db.notes.put(next);
    return next;
  });
}

/** Deletes a note and returns it, so the reader can undo. */
export async function deleteNote(db: NotesDatabase, id: string): Promise<Note | undefined> {
  return db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(id);
    if (note) await db.notes.delete(id);
    return note;
  });
}

/** Puts a deleted note back, with its search words (an imported note's may not have been written). */
export async function restoreNote(db: NotesDatabase, note: Note): Promise<void> {
  await db.notes.put(withWords(note));
}

/** Every note in the order an export lists them: oldest change first. */
export function exportableNotes(db: NotesDatabase): Promise<Note[]> {
  return db.notes.orderBy('updatedAt').toArray();
}

export function notesForUrl(db: NotesDatabase, url: string): Promise<Note[]> {
  return db.notes.where('url').equals(url).sortBy('createdAt');
}

/**
 * Every note, most recently changed first. Read forwards and turned around here: a forward read is one
 * getAll, a reverse one walks a cursor note by note.
 */
export async function allNotes(db: NotesDatabase): Promise<Note[]> {
  return (await db.notes.orderBy('updatedAt').toArray()).reverse();
}

/** Note ids, most recently changed first (read from the updatedAt index only: no note is loaded). */
export async function recencyRank(db: NotesDatabase): Promise<Map<string, number>> {
  const ids = await db.notes.orderBy('updatedAt').reverse().primaryKeys();
  return new Map(ids.map((id, index) => [id, index]));
}

/**
 * Candidates this few are loaded and checked against the query's remaining words in memory rather than
 * through the words index: a short prefix ("ca") spans thousands of index entries, while a page's worth of
 * notes is loaded to be shown anyway.
 */
const CHECK_IN_MEMORY = 100;

interface Matches {
  ids: string[];
  /** The matching notes, when finding them loaded them all. */
  notes?: Map<string, Note>;
}

/**
 * The notes matching every word of `words` (from queryWords), through the words index: the most selective
 * word's ids first, each further word only keeping the ids it also lists, and once few candidates are left,
 * their own words decide. Reads in the caller's transaction.
 */
async function findMatches(db: NotesDatabase, words: readonly string[]): Promise<Matches> {
  let ids: string[] = [];
  for (const [index, word] of words.entries()) {
    if (index > 0 && ids.length <= CHECK_IN_MEMORY) {
      const rest = words.slice(index);
      const notes = new Map<string, Note>();
      for (const note of await db.notes.bulkGet(ids)) {
        if (note && matchesEveryWord(note, rest)) {
          notes.set(note.id, note);
        }
      }
      return { ids: [...notes.keys()], notes };
    }
    // A note is listed once per word of it in the range (multiEntry index): keep each id once.
    const inRange = await db.notes.where('words').startsWith(word).primaryKeys();
    if (index === 0) ids = [...new Set(inRange)];
    else {
      const candidates = new Set(ids);
      ids = inRange.filter((id) => candidates.delete(id));
    }
    if (ids.length === 0) break;
  }
  return { ids };
}

/**
 * Ids of the notes whose words, tags or terms start with every word of the query (search as you type:
 * the last word may be half typed), through the words index; undefined when the query has no words.
 */
export async function matchingNoteIds(db: NotesDatabase, query: string): Promise<string[] | undefined> {
  const words = queryWords(query);
  if (words.length === 0) return undefined;
  return (await db.transaction('r', db.notes, () => findMatches(db, words))).ids;
}

/**
 * The first `limit` of `ids`, most recently changed first by `rank`; ids it does not know (notes newer than
 * it) come last, in their given order. Sorts positions by ranks read once, not ids by map lookups.
 */
function byRecency(ids: readonly string[], rank: Map<string, number>, limit: number): string[] {
  const ranks = Float64Array.from(ids, (id) => rank.get(id) ?? rank.size);
  const positions = Uint32Array.from(ids.keys()).sort((a, b) => (ranks[a] ?? 0) - (ranks[b] ?? 0) || a - b);
  return Array.from(
    positions.subarray(0, Math.min(limit, positions.length)),
    (position) => ids[position] ?? '',
  );
}

export interface NotesPage {
  notes: Note[];
  /** How many notes the query matches in all. */
  total: number;
}

/**
 * One page of notes, most recently changed first: every note, or those matching `query`. With `loaded`
 * (every note, from allNotes) a query is answered in memory; without it through the words index, loading
 * only the page, with `rank` (from recencyRank) ordering the matches without loading them.
 */
export async function searchNotes(
  db: NotesDatabase,
  query: string,
  limit = Number.POSITIVE_INFINITY,
  rank?: Map<string, number>,
  loaded?: readonly Note[],
): Promise<NotesPage> {
  const words = queryWords(query);
  // Every note already in memory (newest first, from allNotes): no database read per keystroke.
  if (loaded) {
    if (words.length === 0) return { notes: loaded.slice(0, limit), total: loaded.length };
    return searchLoadedNotes(loaded, words, limit);
  }
  if (words.length === 0) {
    const [total, notes] = await Promise.all([
      db.notes.count(),
      Number.isFinite(limit) ? db.notes.orderBy('updatedAt').reverse().limit(limit).toArray() : allNotes(db),
    ]);
    return { notes, total };
  }
  return db.transaction('r', db.notes, db.wordsBacklog, async () => {
    // The index cannot answer for notes whose words are still to be written (after an import).
    if ((await db.wordsBacklog.count()) > 0) {
      return searchLoadedNotes(await allNotes(db), words, limit);
    }
    const matches = await findMatches(db, words);
    const order = rank ?? (await recencyRank(db));
    const page = byRecency(matches.ids, order, limit);
    const loaded = matches.notes;
    const notes = loaded ? page.map((id) => loaded.get(id)) : await db.notes.bulkGet(page);
    return { notes: notes.filter((note): note is Note => note !== undefined), total: matches.ids.length };
  });
}

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Writes validated notes in one transaction: all or nothing. A note whose id exists already replaces
 * it only when it was changed later (the newer text wins). Their search words are left to
 * fillPendingWords, listed in one backlog row: search finds the notes meanwhile by reading them.
 */
export async function importNotes(
  db: NotesDatabase,
  incoming: readonly NoteFields[],
): Promise<ImportSummary> {
  return db.transaction('rw', db.notes, db.wordsBacklog, async () => {
    // Only ids already stored need reading (an import into a new profile reads none).
    const stored = new Set(await db.notes.toCollection().primaryKeys());
    const overlapping = incoming.filter((note) => stored.has(note.id));
    const current = new Map(
      (await db.notes.bulkGet(overlapping.map((note) => note.id))).flatMap((note) =>
        note ? [[note.id, note] as const] : [],
      ),
    );
    const existing = incoming.map((note) => current.get(note.id));
    const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0 };
    const writes: Note[] = [];
    incoming.forEach((note, index) => {
      const current = existing[index];
      if (current && current.updatedAt >= note.updatedAt) {
        summary.unchanged++;
        return;
      }
      if (current) summary.updated++;
      else summary.added++;
      writes.push({ ...note, words: [] });
    });
    await db.notes.bulkPut(writes);
    if (writes.length > 0) {
      await db.wordsBacklog.add({ id: crypto.randomUUID(), noteIds: writes.map((note) => note.id) });
    }
    return summary;
  });
}

/** Notes per transaction when filling in search words: a note saved meanwhile waits for one batch at most. */
const FILL_BATCH = 500;
const filling = new WeakMap<NotesDatabase, Promise<number>>();

/**
 * Writes the search words of imported notes (the backlog), a batch per transaction, and returns how many
 * notes it wrote. One run per database connection at a time; a run cut short (panel closed) is resumed by
 * the next. It writes through IndexedDB directly, not Dexie: the words are derived and change nothing a
 * reader sees, so open lists must not be read again for every batch, as Dexie's live queries would be.
 */
export function fillPendingWords(db: NotesDatabase, batchSize = FILL_BATCH): Promise<number> {
  const running = filling.get(db);
  if (running) return running;
  const run = (async () => {
    await db.open();
    const backend = db.backendDB();
    let filled = 0;
    for (;;) {
      const count = await fillBatch(backend, batchSize);
      if (count === undefined) return filled;
      filled += count;
    }
  })().finally(() => filling.delete(db));
  filling.set(db, run);
  return run;
}

/**
 * Words for up to `limit` notes of the first backlog row, and the row shortened, in one transaction.
 * Undefined when the backlog is empty. Notes deleted since the import are skipped; notes edited since
 * get the same words their save wrote.
 */
function fillBatch(backend: IDBDatabase, limit: number): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const transaction = backend.transaction(['notes', 'wordsBacklog'], 'readwrite');
    const notes = transaction.objectStore('notes');
    const backlog = transaction.objectStore('wordsBacklog');
    let filled: number | undefined;
    const first = backlog.openCursor();
    first.onsuccess = () => {
      const cursor = first.result;
      if (!cursor) return;
      const row = cursor.value as WordsBacklog;
      const batch = row.noteIds.slice(0, limit);
      const rest = row.noteIds.slice(limit);
      if (rest.length > 0) cursor.update({ ...row, noteIds: rest });
      else cursor.delete();
      filled = 0;
      for (const id of batch) {
        const read = notes.get(id);
        read.onsuccess = () => {
          const note = read.result as Note | undefined;
          if (!note) return;
          notes.put(withWords(note));
          filled = (filled ?? 0) + 1;
        };
      }
    };
    transaction.oncomplete = () => resolve(filled);
    transaction.onabort = () => reject(transaction.error ?? new Error('writing search words was aborted'));
  });
}
