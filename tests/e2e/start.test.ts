import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { ROOT } from '../../tooling/harness/paths';

const run = promisify(execFile);

/**
 * The README's promise: `npm start` on a machine without a display builds Glosa, opens the demo article
 * in headless Chromium and leaves screenshots of the marks, an open explanation, the popup and the
 * notes panel, with a summary of the terms found. Run with its own build and screenshot folders.
 */
test('npm start without a display: the demo article marked, an explanation opened, four screenshots', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'glosa-start-'));
  try {
    const shots = join(folder, 'screenshots');
    const { stdout } = await run('npx', ['tsx', 'tooling/scripts/start.ts', '--headless'], {
      cwd: ROOT,
      env: { ...process.env, GLOSA_OUT_DIR: join(folder, 'build'), GLOSA_SCREENSHOTS: shots },
      timeout: 240_000,
      maxBuffer: 10_000_000,
    });
    expect(stdout).toMatch(/Glosa marked \d+ passages for \d+ glossary entries/);
    expect(stdout).toMatch(/Sendero Luminoso\s+\d+/);
    for (const name of ['article.png', 'popover.png', 'popup.png', 'sidepanel.png'])
      expect((await stat(join(shots, name))).size).toBeGreaterThan(10_000);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}, 300_000);
