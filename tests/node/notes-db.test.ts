import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import {
  type Note,
  type NoteFields,
  parseTags,
  searchWordsOf,
  withWords,
  wordsOfNote,
} from '../../core/notes/note-model';
import { prepareSearchWords } from '../../core/notes/search';
import { normalizePageUrl } from '../../core/page-url';
import { NOTES_SCHEMA_V1, NOTES_SCHEMA_V2, NotesDatabase } from '../../data/notes-db';
import {
  addNote,
  allNotes,
  deleteNote,
  fillPendingWords,
  importNotes,
  matchingNoteIds,
  notesForUrl,
  recencyRank,
  restoreNote,
  searchNotes,
  updateNote,
} from '../../data/notes-store';
import { sampleNote } from './notes-fixtures';
import { Random } from './text-noise';

const opened: Dexie[] = [];
function freshDb(): NotesDatabase {
  const db = new NotesDatabase(`notes-test-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const PAGE = 'https://news.example/peru-2011';

describe('notes database', () => {
  test('a note is stored with a UUID, its page, passage, terms, tags and times, and found by page', async () => {
    const db = freshDb();
    const note = await addNote(db, { ...sampleNote(), url: PAGE, body: 'First thought' }, 1000);
    expect(note.id).toMatch(/^[0-9a-f-]{36}$/);
    const [stored] = await notesForUrl(db, PAGE);
    expect(stored).toMatchObject({
      id: note.id,
      url: PAGE,
      body: 'First thought',
      createdAt: 1000,
      updatedAt: 1000,
    });
    expect(stored?.passage?.quote.exact).toBe('Keiko Fujimori ran on her father’s record.');
    expect(await notesForUrl(db, 'https://news.example/other')).toEqual([]);
  });

  test('edit changes body, tags and updatedAt; delete returns the note so undo restores it exactly', async () => {
    const db = freshDb();
    const note = await addNote(db, { ...sampleNote(), body: 'draft' }, 1000);
    const edited = await updateNote(db, note.id, { body: 'final words', tags: ['mining'] }, 2000);
    expect(edited).toMatchObject({ body: 'final words', tags: ['mining'], createdAt: 1000, updatedAt: 2000 });
    expect(edited?.words).toContain('final');
    expect(edited?.words).not.toContain('draft');
    const removed = await deleteNote(db, note.id);
    expect(await db.notes.count()).toBe(0);
    if (!removed) throw new Error('nothing removed');
    await restoreNote(db, removed);
    expect(await db.notes.get(note.id)).toEqual(edited);
  });

  test('search as you type: words of body, quote and title, tags and terms; accents and case folded', async () => {
    const db = freshDb();
    const mining = await addNote(db, {
      ...sampleNote(),
      body: 'The mining canon matters',
      tags: ['economía'],
      termIds: [],
    });
    const keiko = await addNote(db, { ...sampleNote(), body: 'Another angle', tags: ['history'] });
    const ids = async (query: string) => (await searchNotes(db, query)).notes.map((note) => note.id).sort();
    expect(await ids('min')).toEqual([mining.id]);
    expect(await ids('ECONOMIA')).toEqual([mining.id]);
    expect(await ids('hist')).toEqual([keiko.id]);
    expect(await ids('fujimori')).toEqual([mining.id, keiko.id].sort()); // quote and term of both
    expect(await ids('keiko ang')).toEqual([keiko.id]);
    expect(await ids('nothing-like-this')).toEqual([]);
    expect((await searchNotes(db, '  ')).total).toBe(2);
    expect((await searchNotes(db, 'the')).total).toBe(2); // stop words alone list everything
  });

  test('search edge cases: a lone short prefix, repeated words, accents typed or not, stop words mixed in', async () => {
    const db = freshDb();
    const lima = await addNote(
      db,
      { ...sampleNote(), body: 'Elección en Lima, Perú', tags: [], termIds: [] },
      1000,
    );
    const mine = await addNote(
      db,
      { ...sampleNote(), body: 'Mining in Cajamarca', tags: [], termIds: [] },
      2000,
    );
    const ids = async (query: string) => (await searchNotes(db, query)).notes.map((note) => note.id);
    expect(await ids('li')).toEqual([lima.id]);
    expect(await ids('ca')).toEqual([mine.id]);
    expect(await ids('m')).toEqual([mine.id, lima.id]); // one letter: not a search word, so everything
    expect(await ids('peru peru PERU')).toEqual([mine.id, lima.id]); // the title "Peru votes again"
    expect(await ids('eleccion lima')).toEqual([lima.id]);
    expect(await ids('ELECCIÓN lim')).toEqual([lima.id]);
    expect(await ids('the lima of')).toEqual([lima.id]);
    expect(await ids('lima cajamarca')).toEqual([]);
  });

  test('search finds exactly the notes that have every query word as a word prefix, newest first (index or memory)', async () => {
    // Enough notes for both ways of checking the later words: through the index ("mina ca": some 200
    // notes have "mina") and in memory ("minerox pe": some 60 have "minerox").
    const vocabulary = ['ca', 'cab', 'cam', 'mina', 'minero', 'peru', 'lima'];
    const random = new Random(7);
    const db = freshDb();
    const written = Array.from({ length: 800 }, (_, index) => {
      const words = Array.from(
        { length: 1 + random.int(4) },
        () => `${random.pick(vocabulary)}${random.chance(0.3) ? 'x' : ''}`,
      );
      const note = { ...sampleNote(), body: words.join(' '), title: '', tags: [], termIds: [] };
      delete note.passage;
      return { ...note, createdAt: index, updatedAt: index };
    });
    await importNotes(db, written);
    const own = new Map(written.map((note) => [note.id, wordsOfNote(note)]));
    const newestFirst = [...written].reverse();
    const queries = [
      '',
      'c',
      'ca',
      'cab',
      'mi',
      'cam mi',
      'mina ca',
      'minerox pe',
      'lima peru ca',
      'peru cabx',
      'ca ca',
      'zz ca',
    ];
    // Right after the import (search words not written yet: the notes are read) and once they are.
    for (const phase of ['words pending', 'words written']) {
      if (phase === 'words written') expect(await fillPendingWords(db)).toBe(written.length);
      const rank = await recencyRank(db);
      const loaded = await allNotes(db);
      for (const query of queries) {
        // One-letter words are not searched by: such a query lists every note.
        const words = query.split(' ').filter((word) => word.length >= 2);
        const expected = newestFirst
          .filter((note) => words.every((word) => own.get(note.id)?.some((each) => each.startsWith(word))))
          .map((note) => note.id);
        // Through the words index (with and without the recency order), and in notes already loaded.
        for (const [order, inMemory] of [
          [rank, undefined],
          [undefined, undefined],
          [undefined, loaded],
        ] as const) {
          const found = await searchNotes(db, query, 25, order, inMemory);
          expect(found.total, `${phase}: ${query}`).toBe(expected.length);
          expect(
            found.notes.map((note) => note.id),
            `${phase}: ${query}`,
          ).toEqual(expected.slice(0, 25));
        }
        if (words.length > 0 && phase === 'words written')
          expect((await matchingNoteIds(db, query))?.sort(), query).toEqual([...expected].sort());
      }
    }
  });

  test('a note newer than the recency order passed in is still found, after the ones the order knows', async () => {
    const db = freshDb();
    const old = await addNote(db, { ...sampleNote(), body: 'mining one' }, 1000);
    const rank = await recencyRank(db);
    const added = await addNote(db, { ...sampleNote(), body: 'mining two' }, 2000);
    const found = await searchNotes(db, 'mining', 10, rank);
    expect(found.notes.map((note) => note.id)).toEqual([old.id, added.id]);
    expect(found.total).toBe(2);
  });

  test('all notes come most recently changed first', async () => {
    const db = freshDb();
    const old = await addNote(db, sampleNote(), 1000);
    const recent = await addNote(db, sampleNote(), 3000);
    await updateNote(db, old.id, { body: 'touched', tags: [] }, 5000);
    expect((await allNotes(db)).map((note) => note.id)).toEqual([old.id, recent.id]);
  });

  test('import merges by id: newer wins, older is ignored, new ones are added — in one transaction', async () => {
    const db = freshDb();
    const kept = await addNote(db, sampleNote(), 5000);
    const replaced = await addNote(db, sampleNote(), 1000);
    const incoming = [
      { ...kept, body: 'older copy', updatedAt: 4000, createdAt: 4000 },
      { ...replaced, body: 'newer copy', updatedAt: 9000 },
      sampleNote({ body: 'brand new' }),
    ];
    const summary = await importNotes(db, incoming);
    expect(summary).toEqual({ added: 1, updated: 1, unchanged: 1 });
    expect((await db.notes.get(kept.id))?.body).toBe(kept.body);
    expect((await db.notes.get(replaced.id))?.body).toBe('newer copy');
    expect(await db.notes.count()).toBe(3);
    expect(await fillPendingWords(db)).toBe(2);
    expect((await db.notes.get(replaced.id))?.words).toEqual(
      wordsOfNote({ ...replaced, body: 'newer copy' }),
    );
    expect((await db.notes.get(kept.id))?.words).toEqual(kept.words);
  });

  test('imported notes are found at once; their index words follow, batch by batch, past deletes and edits', async () => {
    const db = freshDb();
    const first = Array.from({ length: 7 }, (_, index) => sampleNote({ body: `quinoa harvest ${index}` }));
    const second = Array.from({ length: 5 }, (_, index) => sampleNote({ body: `copper canon ${index}` }));
    await importNotes(db, first);
    await importNotes(db, second);
    // One backlog row per import, not one index entry per word.
    expect(await db.wordsBacklog.count()).toBe(2);
    expect((await db.notes.get(first[0]?.id ?? ''))?.words).toEqual([]);
    expect((await searchNotes(db, 'quinoa harv')).total).toBe(7);
    expect((await searchNotes(db, 'copper')).total).toBe(5);

    const gone = first[1]?.id ?? '';
    const edited = second[2]?.id ?? '';
    await deleteNote(db, gone);
    await updateNote(db, edited, { body: 'silver canon', tags: [] });
    expect(await fillPendingWords(db, 3)).toBe(11);
    expect(await db.wordsBacklog.count()).toBe(0);
    for (const note of await db.notes.toArray()) expect(note.words).toEqual(wordsOfNote(note));
    expect(await matchingNoteIds(db, 'quinoa')).toHaveLength(6);
    expect(await matchingNoteIds(db, 'silver')).toEqual([edited]);
    expect(await matchingNoteIds(db, 'copper')).toHaveLength(4);
  });

  test('loaded notes without stored words get them worked out a slice at a time, until told to stop', async () => {
    const imported = () =>
      Array.from({ length: 5 }, (_, index) => ({ ...sampleNote({ body: `quinoa ${index}` }), words: [] }));
    const notes = [withWords(sampleNote({ body: 'already indexed' })), ...imported()];
    let pauses = 0;
    const prepared = await prepareSearchWords(
      notes,
      async () => {
        pauses++;
      },
      () => false,
      2,
    );
    expect([prepared, pauses]).toEqual([5, 3]);
    for (const note of notes) expect(searchWordsOf(note)).toEqual(wordsOfNote(note));
    let checks = 0;
    const cut = await prepareSearchWords(
      imported(),
      async () => {},
      () => ++checks > 1,
      2,
    );
    expect(cut).toBe(2);
  });

  test('a note deleted before its words were written and then restored is found through the index', async () => {
    const db = freshDb();
    const [imported] = [sampleNote({ body: 'guano boom' })];
    await importNotes(db, [imported as NoteFields]);
    const removed = await deleteNote(db, imported?.id ?? '');
    await fillPendingWords(db);
    await restoreNote(db, removed as Note);
    expect(await matchingNoteIds(db, 'guano')).toEqual([imported?.id]);
  });

  test('an import that fails part-way writes nothing', async () => {
    const db = freshDb();
    await addNote(db, sampleNote());
    const broken = [sampleNote(), { ...sampleNote(), id: undefined as unknown as string }];
    await expect(importNotes(db, broken)).rejects.toThrow();
    expect(await db.notes.count()).toBe(1);
    expect(await db.wordsBacklog.count()).toBe(0);
  });

  test('a version 2 database opens with the current code: every note kept, found through the index', async () => {
    const name = `notes-migration-${crypto.randomUUID()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(NOTES_SCHEMA_V1);
    v2.version(2).stores(NOTES_SCHEMA_V2);
    const written = Array.from({ length: 12 }, (_, index) =>
      withWords(sampleNote({ body: `Note ${index} on the ${index % 3 === 0 ? 'runoff' : 'census'}` })),
    );
    await v2.table('notes').bulkAdd(written);
    v2.close();

    const db = new NotesDatabase(name);
    opened.push(db);
    expect(db.verno).toBe(4);
    expect(await db.notes.toArray()).toEqual(expect.arrayContaining(written));
    expect(await db.wordsBacklog.count()).toBe(0);
    expect(await matchingNoteIds(db, 'runoff')).toHaveLength(4);
  });

  test('a version 1 database opens with the current code: every note kept and searchable', async () => {
    const name = `notes-migration-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(NOTES_SCHEMA_V1);
    const written = Array.from({ length: 25 }, (_, index) =>
      sampleNote({ body: `Note number ${index} about elección ${index % 2 === 0 ? 'even' : 'odd'}` }),
    );
    await v1.table('notes').bulkAdd(written);
    v1.close();

    const db = new NotesDatabase(name);
    opened.push(db);
    const notes = await db.notes.toArray();
    expect(db.verno).toBe(4);
    expect(notes).toHaveLength(written.length);
    for (const original of written) {
      const stored = notes.find((note) => note.id === original.id) as Note;
      expect(stored).toEqual({ ...original, words: wordsOfNote(original) });
    }
    expect((await searchNotes(db, 'eleccion odd')).total).toBe(12);
  });
});

describe('page URLs and tags', () => {
  test('the fragment and tracking parameters are dropped; the rest of the query stays', () => {
    expect(
      normalizePageUrl('https://news.example/a?id=7&utm_source=x&UTM_Medium=y&fbclid=z&gclid=q#section'),
    ).toBe('https://news.example/a?id=7');
    expect(normalizePageUrl('https://news.example/a?utm_campaign=x')).toBe('https://news.example/a');
    expect(normalizePageUrl('https://news.example/a#top')).toBe('https://news.example/a');
    expect(normalizePageUrl('https://news.example/a?q=per%C3%BA+2011&utm_term=x&page=2')).toBe(
      'https://news.example/a?q=per%C3%BA+2011&page=2',
    );
    expect(normalizePageUrl('chrome://settings')).toBeUndefined();
    expect(normalizePageUrl('not a url')).toBeUndefined();
  });

  test('tags typed with commas, spaces or # are trimmed, lower-cased and unique', () => {
    expect(parseTags('Peru, elections  #Peru #mining')).toEqual(['peru', 'elections', 'mining']);
    expect(parseTags('   ')).toEqual([]);
  });
});
