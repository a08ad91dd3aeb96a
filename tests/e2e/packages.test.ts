import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromiumWithExtension } from '../../tooling/harness/launch-chromium';
import { ROOT } from '../../tooling/harness/paths';
import { serveFolder } from '../../tooling/harness/static-server';
import { TEST_PAGES } from './support/fixtures';

/** `npm run zip` into a folder of its own, then the packages are checked as a store would. */
describe('store packages (npm run zip)', () => {
  let outDir: string;
  let zips: string[];

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'glosa-zip-'));
    execFileSync('npm', ['run', 'zip'], {
      cwd: ROOT,
      env: { ...process.env, GLOSA_OUT_DIR: outDir },
      stdio: 'pipe',
    });
    zips = (await readdir(outDir)).filter((name) => name.endsWith('.zip')).sort();
  }, 120_000);
  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  test('one zip per browser, named with browser and manifest version, plus the sources for review', () => {
    expect(zips).toEqual([
      'glosa-0.1.0-chrome-mv3.zip',
      'glosa-0.1.0-firefox-mv3.zip',
      'glosa-0.1.0-sources.zip',
    ]);
  });

  test('addons-linter finds no errors in the Firefox zip', () => {
    let output: string;
    try {
      output = execFileSync(
        'npx',
        ['addons-linter', '--output', 'json', '--boring', join(outDir, 'glosa-0.1.0-firefox-mv3.zip')],
        { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
      );
    } catch (error) {
      // addons-linter exits non-zero when it has errors; its report is still on stdout.
      output = String((error as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(output) as {
      errors: { code: string; message: string }[];
      summary: { errors: number };
    };
    expect(report.errors.map((error) => `${error.code}: ${error.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 120_000);

  test('the Chrome zip, unpacked, loads in Chromium and marks a page', async () => {
    const unpacked = join(outDir, 'chrome-from-zip');
    execFileSync('python3', ['-m', 'zipfile', '-e', join(outDir, 'glosa-0.1.0-chrome-mv3.zip'), unpacked]);
    const server = await serveFolder(TEST_PAGES);
    const browser = await launchChromiumWithExtension(unpacked);
    try {
      const page = await browser.context.newPage();
      await page.goto(server.url('basic.html'));
      await page.waitForFunction(() => CSS.highlights.get('glosa-term')?.size === 2, null, {
        timeout: 15_000,
      });
    } finally {
      await browser.close();
      await server.close();
    }
  }, 60_000);
});
