import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type StaticServer, serveFolder } from '../../harness/static-server';
import { TEST_PAGES } from './support/fixtures';
import { BROWSERS, type GlosaBrowser, type GlosaPage, launchGlosa } from './support/glosa-browser';
import { flattenHighlights, readGlosaHighlights } from './support/highlight-reader';
import {
  popoverState,
  recordedMutations,
  recordMutations,
  serializeWithoutGlosa,
  termCenter,
} from './support/page-probes';

async function termTexts(page: GlosaPage): Promise<string[]> {
  return flattenHighlights(await page.evaluate(readGlosaHighlights, 'glosa-term'));
}

async function waitForTerm(page: GlosaPage, text: string): Promise<void> {
  await page.waitFor(
    (wanted) => {
      let seen = false;
      CSS.highlights.forEach((highlight, name) => {
        if (!name.startsWith('glosa-term')) return;
        highlight.forEach((range) => {
          if ((range as Range).toString() === wanted) seen = true;
        });
      });
      return seen;
    },
    text,
    15_000,
  );
}

describe.each(BROWSERS)('%s: highlighting', (browserName) => {
  let browser: GlosaBrowser;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveFolder(TEST_PAGES);
    browser = await launchGlosa(browserName);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the built extension loads and marks "neoliberalism" on a plain page, not "Ghana"', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('basic.html'));
    await waitForTerm(page, 'neoliberalism');
    const texts = await termTexts(page);
    expect(texts).toEqual(['neoliberalism', 'Ollanta Humala']);
    await page.close();
  });

  test('marks each term exactly as written, across markup, spacing, accents, case and hyphens', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('traps.html'));
    await waitForTerm(page, 'Sendero Luminoso');
    const texts = await termTexts(page);
    for (const expected of [
      'Sendero Luminoso',
      'Gana\u00a0Perú',
      'neo\u00adliberalism',
      'Hugo Chavez',
      'Gana Peru',
      'NEOLIBERALISM',
      '21st-century socialism',
      'Twenty-First Century Socialism',
      'socialismo del siglo XXI',
      'Humala',
    ]) {
      expect(texts).toContain(expected);
    }
    await page.close();
  });

  test('leaves look-alike words, form fields, editors, code and scripts alone', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('traps.html'));
    await waitForTerm(page, 'Sendero Luminoso');
    const texts = await termTexts(page);
    expect(texts.filter((text) => /ghana|gana votos|sendero cruza|^gana$/i.test(text))).toEqual([]);
    // Only the two prose occurrences; none from textarea, input, contenteditable, script, style or pre.
    expect(texts.filter((text) => /liberalism/i.test(text))).toEqual([
      'neo\u00adliberalism',
      'NEOLIBERALISM',
    ]);
    await page.close();
  });

  test('marks text inside open shadow roots and same-origin frames', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('traps.html'));
    await waitForTerm(page, 'Evo Morales');
    await page.waitFor(
      () => document.querySelector('iframe')?.contentDocument?.readyState === 'complete',
      null,
    );
    const inFrame = await (async () => {
      for (let attempt = 0; attempt < 50; attempt++) {
        const texts = flattenHighlights(
          await page.evaluateInFrame('frame.html', readGlosaHighlights, 'glosa-term'),
        );
        if (texts.length > 0) return texts;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return [];
    })();
    expect(inFrame).toEqual(['Keiko Fujimori']);
    await page.close();
  });

  test('follows late content, a live ticker and SPA navigation without stale ranges', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('live.html'));
    await waitForTerm(page, 'Alberto Fujimori');
    await waitForTerm(page, 'Alan García');
    await waitForTerm(page, 'Rafael Correa');
    // Let the ticker rewrite itself for a while: its term must not pile up, and no range may go stale.
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    const duringTicker = await termTexts(page);
    expect(duringTicker.filter((text) => text === 'Rafael Correa').length).toBeLessThanOrEqual(1);
    expect(duringTicker.filter((text) => text === '')).toEqual([]);

    await page.evaluate(() => {
      clearInterval((window as unknown as { tickerTimer: number }).tickerTimer);
      document.getElementById('navigate')?.click();
    }, null);
    await waitForTerm(page, 'Hugo Chávez');
    await page.waitFor(
      () => {
        let stale = false;
        CSS.highlights.forEach((highlight) => {
          highlight.forEach((range) => {
            const text = (range as Range).toString();
            if (text === '' || text === 'Alberto Fujimori' || text === 'Alan García') stale = true;
          });
        });
        return !stale;
      },
      null,
      5_000,
    );
    expect(await page.evaluate(() => location.search, null)).toBe('?story=2');
    await page.close();
  });

  test('never modifies the page: no mutation, and the same DOM as without Glosa', async () => {
    const page = await browser.newPage();
    await page.beforeLoad(recordMutations);
    await page.goto(server.url('static-article.html'));
    await waitForTerm(page, 'Sendero Luminoso');
    // Open and close a popover too: its host is Glosa's only node, and it is excluded.
    const center = await page.evaluate(termCenter, 'Evo Morales');
    if (!center) throw new Error('term not found');
    await page.mouseMove(center.x, center.y);
    await page.waitFor(() => document.querySelector('glosa-popover') !== null, null);
    await page.press('Escape');
    expect((await page.evaluate(popoverState, null)).open).toBe(false);
    expect(await page.evaluate(recordedMutations, null)).toEqual([]);

    const withGlosa = await page.evaluate(serializeWithoutGlosa, null);
    const pristine = await page.evaluate(async (url) => {
      const html = await (await fetch(url)).text();
      return new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML;
    }, server.url('static-article.html'));
    expect(withGlosa).toBe(pristine);
    await page.close();
  });
});
