import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { CHROME_BUILD, FIREFOX_BUILD } from '../../tooling/harness/paths';

/** The script every page pays for: it must stay small (issue budget: 50 KB gzip). */
const CONTENT_SCRIPT_BUDGET_BYTES = 50 * 1024;

describe('content script size', () => {
  test.each([
    ['chrome', CHROME_BUILD],
    ['firefox', FIREFOX_BUILD],
  ])('%s build: content script ≤ 50 KB gzip, with no database or search library inside', (_name, build) => {
    const script = readFileSync(resolve(build, 'content-scripts/content.js'));
    expect(gzipSync(script, { level: 9 }).length).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET_BYTES);
    const source = script.toString('utf8');
    expect(source).not.toMatch(/indexedDB\.open|Dexie/);
    expect(source).not.toMatch(/ignoreLocation|Fuse/);
  });
});
