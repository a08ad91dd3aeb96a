/**
 * The notes measurements, shared by the Node run (bench/notes.ts, fake-indexeddb) and the real-browser run
 * (bench/notes-browser.ts: the same code inside Glosa's side panel, on Chromium's IndexedDB): validating
 * and importing a backup, opening the database and listing, and one search per keystroke.
 * Not measured: rendering the list (the panel renders the first 100 notes, then "Show more").
 */
import { parseBackup } from '../../core/notes/import';
import { prepareSearchWords } from '../../core/notes/search';
import { NotesDatabase } from '../../data/notes-db';
import {
  allNotes,
  fillPendingWords,
  importNotes,
  type NotesPage,
  recencyRank,
  searchNotes,
} from '../../data/notes-store';
import type { BudgetCheck } from './matcher';

export interface NotesBenchResult {
  rows: { step: string; ms: number; detail: string }[];
  checks: BudgetCheck[];
}

export const NOTE_COUNT = 10_000;
const BUDGET_LIST_MS = 200;
const BUDGET_KEYSTROKE_MS = 50;
const BUDGET_IMPORT_MS = 3_000;
/** The side panel shows this many notes first (entrypoints/sidepanel/NotesApp.tsx LIST_PAGE). */
const LIST_PAGE = 100;
const TYPED_QUERIES = ['fujimori campaign', 'mining canon', 'runoff', 'peru elections'];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export async function measureNotes(
  backupText: string,
  options: { quick?: boolean } = {},
): Promise<NotesBenchResult> {
  const name = `glosa-notes-bench-${Date.now()}`;
  const rows: NotesBenchResult['rows'] = [];

  let started = performance.now();
  const parsed = parseBackup(backupText);
  if (!parsed.ok) throw new Error(`backup refused: ${JSON.stringify(parsed.refusal)}`);
  const validateMs = performance.now() - started;
  const writer = new NotesDatabase(name);
  started = performance.now();
  const summary = await importNotes(writer, parsed.notes);
  const writeMs = performance.now() - started;
  const importMs = validateMs + writeMs;
  rows.push({
    step: 'import: parse + validate backup',
    ms: validateMs,
    detail: `${(backupText.length / 1e6).toFixed(1)} MB`,
  });
  rows.push({
    step: 'import: write in one transaction',
    ms: writeMs,
    detail: `${summary.added} added; their search words listed in one backlog row`,
  });
  // Right after an import the panel reads the notes before their words are written, and works the words
  // out between frames (as NotesApp does), so the first keystroke does not.
  const fresh = await allNotes(writer);
  started = performance.now();
  await prepareSearchWords(
    fresh,
    () => new Promise((resolve) => setTimeout(resolve, 0)),
    () => false,
  );
  rows.push({
    step: 'right after import: words worked out between frames',
    ms: performance.now() - started,
    detail: `${fresh.length} notes read before their words were written`,
  });
  started = performance.now();
  const firstSearch = await searchNotes(writer, 'fujimori', LIST_PAGE, undefined, fresh);
  rows.push({
    step: 'right after import: first keystroke',
    ms: performance.now() - started,
    detail: `"fujimori" → ${firstSearch.total} notes`,
  });
  // After the import: the search words, in the background, a batch per transaction. Search is
  // correct meanwhile (it reads the notes); the keystroke figures below are taken after it.
  started = performance.now();
  const filled = await fillPendingWords(writer);
  rows.push({
    step: 'after import, in the background: search words written',
    ms: performance.now() - started,
    detail: `${filled} notes, ${(await writer.notes.toCollection().first())?.words.length ?? 0} index words in a note`,
  });
  writer.close();

  // A panel opening: a new connection, then every note, most recent first.
  const listRuns: number[] = [];
  for (let run = 0; run < (options.quick ? 2 : 5); run++) {
    started = performance.now();
    const db = new NotesDatabase(name);
    const page = await searchNotes(db, '', LIST_PAGE);
    listRuns.push(performance.now() - started);
    if (page.total !== NOTE_COUNT || page.notes.length !== LIST_PAGE) throw new Error(`listed ${page.total}`);
    db.close();
  }
  rows.push({
    step: 'open database + list all (count + first 100, newest first)',
    ms: median(listRuns),
    detail: `median of ${listRuns.length}`,
  });

  const db = new NotesDatabase(name);
  await db.open();
  // The panel keeps the recency order live (one index read per change), not per keystroke.
  started = performance.now();
  const rank = await recencyRank(db);
  rows.push({
    step: 'recency order from the updatedAt index',
    ms: performance.now() - started,
    detail: 'once per change',
  });
  // The "All notes" view reads every note once (and again after each change) and answers keystrokes
  // in memory; until that read is done, keystrokes go through the words index.
  started = performance.now();
  const loaded = await allNotes(db);
  rows.push({
    step: '"All notes": every note read, newest first',
    ms: performance.now() - started,
    detail: `${loaded.length} notes; once per change`,
  });
  /**
   * Types every query letter by letter, `rounds` times; per keystroke the median of its rounds, so one
   * garbage-collection pause does not stand for a keystroke, while a keystroke slow every time does.
   */
  const typeEveryQuery = async (search: (query: string) => Promise<NotesPage>, rounds: number) => {
    const typed = TYPED_QUERIES.flatMap((text) => Array.from(text, (_, length) => text.slice(0, length + 1)));
    const runs = typed.map(() => [] as number[]);
    const hits = typed.map(() => 0);
    let worstSingle = 0;
    for (let round = 0; round < rounds; round++) {
      for (const [index, query] of typed.entries()) {
        const at = performance.now();
        const found = await search(query);
        const ms = performance.now() - at;
        runs[index]?.push(ms);
        hits[index] = found.total;
        worstSingle = Math.max(worstSingle, ms);
      }
    }
    const times = runs.map(median);
    let slowestIndex = 0;
    for (const [index, ms] of times.entries()) if (ms > (times[slowestIndex] ?? 0)) slowestIndex = index;
    const slowest = {
      query: typed[slowestIndex] ?? '',
      ms: times[slowestIndex] ?? 0,
      hits: hits[slowestIndex] ?? 0,
    };
    return { times, slowest, worstSingle, rounds };
  };
  const inMemory = await typeEveryQuery(
    (query) => searchNotes(db, query, LIST_PAGE, undefined, loaded),
    options.quick ? 1 : 3,
  );
  const throughIndex = await typeEveryQuery((query) => searchNotes(db, query, LIST_PAGE, rank), 1);
  const keystrokes = inMemory.times;
  const slowest = inMemory.slowest;
  rows.push({
    step: 'search, median keystroke',
    ms: median(keystrokes),
    detail: `${keystrokes.length} keystrokes × ${inMemory.rounds}, in the notes read; worst single ${inMemory.worstSingle.toFixed(0)} ms`,
  });
  rows.push({
    step: 'search, slowest keystroke',
    ms: slowest.ms,
    detail: `"${slowest.query}" → ${slowest.hits} notes`,
  });
  rows.push({
    step: 'before the notes are read: median keystroke',
    ms: median(throughIndex.times),
    detail: 'through the words index',
  });
  rows.push({
    step: 'before the notes are read: slowest keystroke',
    ms: throughIndex.slowest.ms,
    detail: `"${throughIndex.slowest.query}" → ${throughIndex.slowest.hits} notes`,
  });
  await db.delete();

  const checks: BudgetCheck[] = [
    {
      label: `open + list all ${NOTE_COUNT} notes ≤ ${BUDGET_LIST_MS} ms`,
      value: `${median(listRuns).toFixed(0)} ms`,
      pass: median(listRuns) <= BUDGET_LIST_MS,
    },
    {
      label: `search ≤ ${BUDGET_KEYSTROKE_MS} ms per keystroke (slowest of ${keystrokes.length}, each the median of ${inMemory.rounds})`,
      value: `${slowest.ms.toFixed(1)} ms`,
      pass: slowest.ms <= BUDGET_KEYSTROKE_MS,
    },
    {
      label: `import ${NOTE_COUNT} notes ≤ ${BUDGET_IMPORT_MS} ms`,
      value: `${importMs.toFixed(0)} ms`,
      pass: importMs <= BUDGET_IMPORT_MS,
    },
  ];
  return { rows, checks };
}
