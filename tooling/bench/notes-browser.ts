/**
 * The notes measurements (bench/notes-measure.ts) in real Chromium: Glosa's side panel page of a
 * benchmark build runs them on the browser's IndexedDB, with the same backup as the Node run.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromiumWithExtension } from '../harness/launch-chromium';
import { CHROME_BUILD } from '../harness/paths';
import { buildExtension } from './browser-bench';
import { notesBackupText } from './notes';
import type { measureNotes, NotesBenchResult } from './notes-measure';

/** Whether the build in CHROME_BUILD is a benchmark build (it carries the notes measurements). */
async function isBenchBuild(): Promise<boolean> {
  try {
    const chunks = join(CHROME_BUILD, 'chunks');
    for (const file of await readdir(chunks)) {
      if ((await readFile(join(chunks, file), 'utf8')).includes('glosa-notes-bench-')) return true;
    }
  } catch {
    // No build yet.
  }
  return false;
}

export async function runNotesBrowserBench(options: {
  quick: boolean;
}): Promise<NotesBenchResult & { notes: string[] }> {
  if (!(await isBenchBuild())) buildExtension();
  const backupText = notesBackupText();
  const launched = await launchChromiumWithExtension(CHROME_BUILD, {});
  try {
    const page = await launched.context.newPage();
    await page.goto(`chrome-extension://${launched.extensionId}/sidepanel.html`);
    await page.waitForFunction(() => 'glosaNotesBench' in globalThis, null, { polling: 100 });
    const result = await page.evaluate(
      ([text, quick]) =>
        (globalThis as unknown as { glosaNotesBench: typeof measureNotes }).glosaNotesBench(text, { quick }),
      [backupText, options.quick] as const,
    );
    return {
      ...result,
      notes: [
        `Chromium ${launched.context.browser()?.version() ?? ''} (headless): the same code and backup as the Node run, inside Glosa's side panel page, on the browser's IndexedDB (a database of its own, deleted after)`,
        'rendering the list is not included; a search returns the first 100 matches newest first, with the total',
      ],
    };
  } finally {
    await launched.close();
  }
}
