/**
 * Benchmark builds only (`VITE_GLOSA_BENCH=1`, made by `npm run bench`): the notes measurements
 * (bench/notes-measure.ts) become callable in this page, so they run on the browser's own IndexedDB.
 * They use a database of their own and delete it. Other builds leave this out, chunk and all.
 */
export function exposeNotesBench(): void {
  if (import.meta.env.VITE_GLOSA_BENCH !== '1') return;
  void import('../../tooling/bench/notes-measure').then(({ measureNotes }) => {
    (globalThis as { glosaNotesBench?: typeof measureNotes }).glosaNotesBench = measureNotes;
  });
}
