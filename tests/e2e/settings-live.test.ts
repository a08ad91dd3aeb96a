import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { type StaticServer, serveFolder } from '../../tooling/harness/static-server';
import { writeSettings } from './support/extension-page-probes';
import { TEST_PAGES } from './support/fixtures';
import { BROWSERS, type GlosaBrowser, type GlosaPage, launchGlosa } from './support/glosa-browser';
import { flattenHighlights, readGlosaHighlights } from './support/highlight-reader';

async function highlightsByName(page: GlosaPage): Promise<Record<string, string[]>> {
  return page.evaluate(readGlosaHighlights, 'glosa-term');
}

describe.each(BROWSERS)('%s: settings apply live to an open page', (browserName) => {
  let browser: GlosaBrowser;
  let server: StaticServer;
  let page: GlosaPage;

  const apply = async (changes: Partial<Settings>, until: (byName: Record<string, string[]>) => boolean) => {
    await browser.evaluateInExtension(writeSettings, { ...DEFAULT_SETTINGS, ...changes });
    const deadline = Date.now() + 10_000;
    let byName = await highlightsByName(page);
    while (!until(byName) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      byName = await highlightsByName(page);
    }
    return byName;
  };

  beforeAll(async () => {
    server = await serveFolder(TEST_PAGES);
    browser = await launchGlosa(browserName);
    page = await browser.newPage();
    await page.goto(server.url('static-article.html'));
    await page.waitFor(() => CSS.highlights.has('glosa-term'), null);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('switching Glosa off for this site removes every highlight; on brings them back', async () => {
    const off = await apply(
      { disabledSites: ['127.0.0.1'] },
      (byName) => flattenHighlights(byName).length === 0,
    );
    expect(flattenHighlights(off)).toEqual([]);
    const on = await apply({}, (byName) => flattenHighlights(byName).includes('neoliberalism'));
    expect(flattenHighlights(on)).toContain('neoliberalism');
  });

  test('a hidden category disappears at once, the others stay', async () => {
    const hidden = await apply({ hiddenCategories: ['person'] }, (byName) => {
      return !flattenHighlights(byName).includes('Ollanta Humala');
    });
    const texts = flattenHighlights(hidden);
    expect(texts).not.toContain('Ollanta Humala');
    expect(texts).not.toContain('Evo Morales');
    expect(texts).toContain('neoliberalism');
  });

  test('underline style switches the highlight, first-occurrence-only keeps one mark per entry', async () => {
    const underlined = await apply(
      { highlightStyle: 'underline' },
      (byName) => 'glosa-term-underline' in byName,
    );
    expect(Object.keys(underlined)).toEqual(['glosa-term-underline']);

    const first = await apply({ firstOccurrenceOnly: true }, (byName) => {
      return !flattenHighlights(byName).includes('Ollanta Humala');
    });
    const texts = flattenHighlights(first);
    // The headline's "Humala" is the first mention of Ollanta Humala; the later full name is not marked.
    expect(texts).toContain('Humala');
    expect(texts).not.toContain('Ollanta Humala');
    expect(new Set(texts).size).toBe(texts.length);
  });
});
