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
    // Word lists that travel in the term index (core/names/word-lists.ts) stay out of it.
    expect(source).not.toMatch(/congresswoman|alabama|granddaughter/);
  });
});

describe('nothing a page could use to detect Glosa', () => {
  test.each([
    ['chrome', CHROME_BUILD],
    ['firefox', FIREFOX_BUILD],
  ])(
    '%s build: no web-accessible resources, and the content script loads no chunk of its own',
    (_name, build) => {
      // A web-accessible file (a lazily loaded chunk, an image) can be fetched by any page at a known
      // address: the page would learn that Glosa is installed.
      const manifest = JSON.parse(readFileSync(resolve(build, 'manifest.json'), 'utf8')) as Record<
        string,
        unknown
      >;
      expect(manifest.web_accessible_resources ?? []).toEqual([]);
      const source = readFileSync(resolve(build, 'content-scripts/content.js'), 'utf8');
      expect(source).not.toMatch(/\bimport\s*\(/);
      expect(source).not.toMatch(/runtime\.getURL\(/);
      const scripts = (manifest.content_scripts as { js: string[]; run_at?: string }[]) ?? [];
      expect(scripts.flatMap((script) => script.js)).toEqual(['content-scripts/content.js']);
      // Started before parsing (storage is read meanwhile), so the first marks come with the page's first frame.
      expect(scripts[0]?.run_at).toBe('document_start');
    },
  );
});
