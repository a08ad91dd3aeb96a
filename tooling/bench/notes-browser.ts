/**
 * The notes measurements (tooling/bench/notes-measure.ts) in real Chromium: the same code, bundled here,
 * runs inside Glosa's side panel page (the extension's origin and its IndexedDB), with the same backup
 * as the Node run. The product carries no benchmark code: the bundle is evaluated through the driver.
 */
import { resolve } from 'node:path';
import { build } from 'vite';
import { launchChromiumWithExtension } from '../harness/launch-chromium';
import { CHROME_BUILD, ROOT } from '../harness/paths';
import { buildExtension } from './browser-bench';
import { notesBackupText } from './notes';
import type { NotesBenchResult } from './notes-measure';

const GLOBAL_NAME = 'glosaNotesBench';

/** notes-measure.ts and what it imports (Dexie, the notes store, core), as one script that sets a global. */
async function measurementScript(): Promise<string> {
  const output = await build({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: resolve(ROOT, 'tooling/bench/notes-measure.ts'),
        formats: ['iife'],
        name: GLOBAL_NAME,
      },
    },
  });
  const [result] = Array.isArray(output) ? output : [output];
  const chunk = result && 'output' in result ? result.output[0] : undefined;
  if (chunk?.type !== 'chunk') throw new Error('could not bundle the notes measurements');
  return chunk.code;
}

export async function runNotesBrowserBench(options: {
  quick: boolean;
}): Promise<NotesBenchResult & { notes: string[] }> {
  buildExtension();
  const [script, backupText] = [await measurementScript(), notesBackupText()];
  const launched = await launchChromiumWithExtension(CHROME_BUILD, {});
  try {
    const page = await launched.context.newPage();
    await page.goto(`chrome-extension://${launched.extensionId}/sidepanel.html`);
    // Evaluated through the driver (CDP), which the page's content security policy does not govern.
    await page.evaluate(script);
    const result = await page.evaluate(
      ([text, quick, name]) =>
        (
          globalThis as unknown as Record<
            string,
            { measureNotes(text: string, options: { quick: boolean }): Promise<NotesBenchResult> }
          >
        )[name]?.measureNotes(text, { quick }),
      [backupText, options.quick, GLOBAL_NAME] as const,
    );
    if (!result) throw new Error('the notes measurements did not run in the side panel');
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
