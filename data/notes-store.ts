/**
 * What the side panel and the background do with notes. Every write keeps the search words in step
 * with the text, and every function takes the database so tests can use their own.
 */
import type { Note, NoteFields } from '../core/note-model';
import { MAX_BODY_CHARS, searchWords, withWords } from '../core/note-model';
import type { NotesDatabase } from './notes-db';

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

export async function restoreNote(db: NotesDatabase, note: Note): Promise<void> {
  await db.notes.put(note);
}

export function notesForUrl(db: NotesDatabase, url: string): Promise<Note[]> {
  return db.notes.where('url').equals(url).sortBy('createdAt');
}

/** Every note, most recently changed first. */
export function allNotes(db: NotesDatabase): Promise<Note[]> {
  return db.notes.orderBy('updatedAt').reverse().toArray();
}

/** Note ids, most recently changed first (read from the updatedAt index only: no note is loaded). */
export async function recencyRank(db: NotesDatabase): Promise<Map<string, number>> {
  const ids = await db.notes.orderBy('updatedAt').reverse().primaryKeys();
  return new Map(ids.map((id, index) => [id, index]));
}

/**
 * Ids of the notes whose words, tags or terms start with every word of the query (search as you type:
 * the last word may be half typed), through the words index; undefined when the query has no words.
 */
export async function matchingNoteIds(db: NotesDatabase, query: string): Promise<string[] | undefined> {
  const words = [...new Set(searchWords(query))];
  // A word that starts another query word adds nothing ("fuj fujimori").
  const needed = words.filter((word) => !words.some((other) => other !== word && other.startsWith(word)));
  if (needed.length === 0) return undefined;
  let result: Set<string> | undefined;
  for (const word of needed.sort((a, b) => b.length - a.length)) {
    const ids = await db.notes.where('words').startsWith(word).primaryKeys();
    const found = new Set(result ? ids.filter((id) => result?.has(id)) : ids);
    result = found;
    if (result.size === 0) break;
  }
  return [...(result ?? [])];
}

export interface NotesPage {
  notes: Note[];
  /** How many notes the query matches in all. */
  total: number;
}

/**
 * One page of notes, most recently changed first: every note, or those matching `query`. Only the page
 * is loaded; `rank` (from recencyRank) orders the matches without loading them.
 */
export async function searchNotes(
  db: NotesDatabase,
  query: string,
  limit = Number.POSITIVE_INFINITY,
  rank?: Map<string, number>,
): Promise<NotesPage> {
  const ids = await matchingNoteIds(db, query);
  if (!ids) {
    const [total, notes] = await Promise.all([
      db.notes.count(),
      Number.isFinite(limit) ? db.notes.orderBy('updatedAt').reverse().limit(limit).toArray() : allNotes(db),
    ]);
    return { notes, total };
  }
  const order = rank ?? (await recencyRank(db));
  const ranked = ids.sort(
    (a, b) => (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER),
  );
  const notes = await db.notes.bulkGet(ranked.slice(0, limit));
  return { notes: notes.filter((note): note is Note => note !== undefined), total: ids.length };
}

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Writes validated notes in one transaction: all or nothing. A note whose id exists already replaces
 * it only when it was changed later (the newer text wins).
 */
export async function importNotes(
  db: NotesDatabase,
  incoming: readonly NoteFields[],
): Promise<ImportSummary> {
  return db.transaction('rw', db.notes, async () => {
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
      writes.push(withWords(note));
    });
    await db.notes.bulkPut(writes);
    return summary;
  });
}
