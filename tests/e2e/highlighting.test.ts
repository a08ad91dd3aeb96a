import { describe, expect, test } from 'vitest';
import { PAINT_EVERYWHERE_LIMIT } from '../../entrypoints/content/paint/term-painter';
import { BROWSERS, type GlosaPage } from './support/glosa-browser';
import { flattenHighlights, readGlosaHighlights } from './support/highlight-reader';
import { recordedMutations, recordMutations, serializeWithoutGlosa, termCenter } from './support/page-probes';
import { type GlosaSuite, readPopover, useGlosa, waitForMarked, waitForPopover } from './support/suite';

async function termTexts(page: GlosaPage): Promise<string[]> {
  return flattenHighlights(await page.evaluate(readGlosaHighlights, 'glosa-term'));
}

/** Waits until no painted term reads `text` (the reader scrolled far from it). */
async function waitUntilUnpainted(page: GlosaPage, text: string): Promise<void> {
  await page.waitFor(
    (unwanted) => {
      let painted = false;
      CSS.highlights.get('glosa-term')?.forEach((range) => {
        if ((range as Range).toString() === unwanted) painted = true;
      });
      return !painted;
    },
    text,
    10_000,
  );
}

/**
 * Opens the long article (with `suffix`: a query or a hash), waits until `firstTerm` is painted and
 * then for the scan to finish: the whole page is read, yet only what is near the reader is painted.
 */
async function openLongArticle(suite: GlosaSuite, suffix: string, firstTerm: string): Promise<GlosaPage> {
  const page = await suite.browser.newPage();
  await page.goto(suite.server.url(`long-article.html${suffix}`));
  await waitForMarked(page, firstTerm);
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  return page;
}

describe.each(BROWSERS)('%s: highlighting', (browserName) => {
  const suite = useGlosa(browserName);

  test('the built extension loads and marks "neoliberalism" on a plain page, not "Ghana"', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('basic.html'));
    await waitForMarked(page, 'neoliberalism');
    const texts = await termTexts(page);
    expect(texts).toEqual(['neoliberalism', 'Ollanta Humala']);
    await page.close();
  });

  test('marks each term exactly as written, across markup, spacing, accents, case and hyphens', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('traps.html'));
    await waitForMarked(page, 'Sendero Luminoso');
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
    ]) {
      expect(texts).toContain(expected);
    }
    // A surname the page never introduces by a full name is the person its other names are related to:
    // "Humala ran for Gana Perú" beside Hugo Chávez is Ollanta Humala (tests/node/names.test.ts).
    expect(texts).toContain('Humala');
    await page.close();
  });

  test('leaves look-alike words, form fields, editors, code and scripts alone', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('traps.html'));
    await waitForMarked(page, 'Sendero Luminoso');
    const texts = await termTexts(page);
    expect(texts.filter((text) => /ghana|gana votos|sendero cruza|^gana$/i.test(text))).toEqual([]);
    // Only the two prose occurrences; none from textarea, input, contenteditable, script, style or pre.
    expect(texts.filter((text) => /liberalism/i.test(text))).toEqual([
      'neo\u00adliberalism',
      'NEOLIBERALISM',
    ]);
    await page.close();
  });

  test('on a long article, marks near the reader are painted and scrolling paints the rest', async () => {
    const page = await openLongArticle(suite, '', 'neoliberalism');
    const atTop = await termTexts(page);
    // 702 marks on the page; painted: what was read before the page went over the limit, or is near.
    expect(atTop.length).toBeGreaterThan(5);
    expect(atTop.length).toBeLessThanOrEqual(PAINT_EVERYWHERE_LIMIT);
    expect(atTop).not.toContain('Sendero Luminoso');
    await page.evaluateSource('window.scrollTo(0, document.documentElement.scrollHeight)');
    await waitForMarked(page, 'Sendero Luminoso');
    await waitUntilUnpainted(page, 'neoliberalism');
    // The fixed header goes along with the reader: still painted.
    expect(await termTexts(page)).toContain('Gana Perú');
    await page.close();
  });

  test('on a long article opened at its end, the marks there are painted, not those at the top', async () => {
    const page = await openLongArticle(suite, '#end', 'Sendero Luminoso');
    const atEnd = await termTexts(page);
    expect(atEnd).toContain('Sendero Luminoso');
    expect(atEnd).not.toContain('neoliberalism');
    await page.evaluateSource('window.scrollTo(0, 0)');
    await waitForMarked(page, 'neoliberalism');
    await page.close();
  });

  test('in a paragraph of 3,000 marks over dozens of screens, only the marks near the reader are painted', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('long-paragraph.html'));
    await waitForMarked(page, 'neoliberalism');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const atTop = await termTexts(page);
    expect(atTop.filter((text) => text === 'Ollanta Humala').length).toBeGreaterThan(20);
    expect(atTop.length).toBeLessThan(1_500);
    expect(atTop).not.toContain('Sendero Luminoso');
    await page.evaluateSource('window.scrollTo(0, document.documentElement.scrollHeight)');
    await waitForMarked(page, 'Sendero Luminoso');
    await waitUntilUnpainted(page, 'neoliberalism');
    expect((await termTexts(page)).length).toBeLessThan(1_500);
    await page.close();
  });

  test('on a long article in a scrolling panel, scrolling the panel paints its end; a shown paragraph is painted', async () => {
    const page = await openLongArticle(suite, '?scroller', 'neoliberalism');
    expect(await termTexts(page)).not.toContain('Sendero Luminoso');
    // Only the panel scrolls (the window cannot): its end is painted, its top no longer.
    await page.evaluateSource("document.getElementById('scroller').scrollTop = 1e6");
    await waitForMarked(page, 'Sendero Luminoso');
    await waitUntilUnpainted(page, 'neoliberalism');
    // Back at the top: painted again, but not the hidden paragraph there...
    await page.evaluateSource("document.getElementById('scroller').scrollTop = 0");
    await waitForMarked(page, 'neoliberalism');
    expect(await termTexts(page)).not.toContain('Keiko Fujimori');
    // ...until it is shown, without any scrolling (the page's own height does not change).
    await page.evaluateSource("document.getElementById('later').hidden = false");
    await waitForMarked(page, 'Keiko Fujimori');
    await page.close();
  });

  test('on a long article, content added above the reader does not hide what the reader sees', async () => {
    const page = await openLongArticle(suite, '', 'neoliberalism');
    await page.evaluateSource('window.scrollTo(0, document.documentElement.scrollHeight)');
    await waitForMarked(page, 'Sendero Luminoso');
    // A tall block appears at the top (an image loading, a banner) while the reader stays at the end:
    // the last paragraph moves down the page but is still in view, and stays painted.
    await page.evaluateSource(`
      const banner = document.createElement('div');
      banner.style.height = '3000px';
      document.getElementById('story').prepend(banner);
      window.scrollTo(0, document.documentElement.scrollHeight);
    `);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await termTexts(page)).toContain('Sendero Luminoso');
    // ...and the reader's next screens up are painted when the reader scrolls there.
    await page.evaluateSource('window.scrollBy(0, -4 * window.innerHeight)');
    await page.waitFor(
      () => {
        const seen = new Set<string>();
        CSS.highlights.get('glosa-term')?.forEach((range) => {
          const rect = (range as Range).getBoundingClientRect();
          if (rect.bottom > 0 && rect.top < window.innerHeight) seen.add((range as Range).toString());
        });
        return seen.has('Ollanta Humala');
      },
      null,
      10_000,
    );
    await page.close();
  });

  test('marks text inside open shadow roots and same-origin frames', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('traps.html'));
    await waitForMarked(page, 'Evo Morales');
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

  test('an embed far down the page is read when the reader scrolls to it, not before', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('frames-below.html'));
    await waitForMarked(page, 'Ollanta Humala');
    const inFrame = (at: string) =>
      page.evaluateInFrame(`frame.html?at=${at}`, readGlosaHighlights, 'glosa-term').then(flattenHighlights);
    const waitForFrameMarks = async (at: string) => {
      for (let attempt = 0; attempt < 100; attempt++) {
        const texts = await inFrame(at);
        if (texts.length > 0) return texts;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return [];
    };
    // The embed on screen is read once the page is idle; the one 4,000 pixels down, on the same terms
    // until now, stays unread a while longer.
    expect(await waitForFrameMarks('top')).toEqual(['Keiko Fujimori']);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await inFrame('bottom')).toEqual([]);
    await page.evaluate(() => document.querySelectorAll('iframe')[1]?.scrollIntoView(), undefined);
    expect(await waitForFrameMarks('bottom')).toEqual(['Keiko Fujimori']);
    await page.close();
  });

  test('follows late content, a live ticker and SPA navigation without stale ranges', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('live.html'));
    await waitForMarked(page, 'Alberto Fujimori');
    await waitForMarked(page, 'Alan García');
    await waitForMarked(page, 'Rafael Correa');
    // Let the ticker rewrite itself for a while: its term must not pile up, and no range may go stale.
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    const duringTicker = await termTexts(page);
    expect(duringTicker.filter((text) => text === 'Rafael Correa').length).toBeLessThanOrEqual(1);
    expect(duringTicker.filter((text) => text === '')).toEqual([]);

    await page.evaluate(() => {
      clearInterval((window as unknown as { tickerTimer: number }).tickerTimer);
      document.getElementById('navigate')?.click();
    }, null);
    await waitForMarked(page, 'Hugo Chávez');
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
    const page = await suite.browser.newPage();
    await page.beforeLoad(recordMutations);
    await page.goto(suite.server.url('static-article.html'));
    await waitForMarked(page, 'Sendero Luminoso');
    // Open and close a popover too: its host is Glosa's only node, and it is excluded.
    const center = await page.evaluate(termCenter, 'Evo Morales');
    if (!center) throw new Error('term not found');
    await page.mouseMove(center.x, center.y);
    await waitForPopover(page, 'Evo Morales');
    await page.press('Escape');
    expect((await readPopover(page)).open).toBe(false);
    expect(await page.evaluate(recordedMutations, null)).toEqual([]);

    const withGlosa = await page.evaluate(serializeWithoutGlosa, null);
    const pristine = await page.evaluate(async (url) => {
      const html = await (await fetch(url)).text();
      return new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML;
    }, suite.server.url('static-article.html'));
    expect(withGlosa).toBe(pristine);
    await page.close();
  });
});
