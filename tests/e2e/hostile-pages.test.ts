import { describe, expect, test } from 'vitest';
import { BROWSERS } from './support/glosa-browser';
import { termCenter } from './support/page-probes';
import { useGlosa, waitForMarked, waitForPopover } from './support/suite';

/**
 * Counts marked ranges with this exact text. Written without Array methods: one of the pages breaks
 * them in the main world, where this runs.
 */
function countMarked(wanted: string): number {
  let count = 0;
  CSS.highlights.forEach((highlight, name) => {
    if (name.indexOf('glosa-term') !== 0) return;
    highlight.forEach((range) => {
      if ((range as Range).toString() === wanted) count++;
    });
  });
  return count;
}

/**
 * Where on screen a marked term is, as "x y": a string, because the hostile page breaks the built-ins
 * the test driver uses to send objects back.
 */
function termPoint(wanted: string): string {
  let point = '';
  CSS.highlights.forEach((highlight) => {
    highlight.forEach((range) => {
      const rect = (range as Range).getClientRects()[0];
      if (!point && rect && (range as Range).toString() === wanted) {
        point = `${rect.left + rect.width / 2} ${rect.top + rect.height / 2}`;
      }
    });
  });
  return point;
}

/**
 * Errors that are not Glosa's: the test server's missing favicon, the hostile page's own, Chromium's
 * XML viewer (it tries attachShadow on XML elements), Firefox's note on a data: frame's encoding.
 */
function glosaErrors(errors: string[]): string[] {
  return errors.filter(
    (error) =>
      !/favicon|Failed to load resource|page broke|does not support attachShadow|character encoding/i.test(
        error,
      ),
  );
}

describe.each(BROWSERS)('%s: hostile and odd pages', (browserName) => {
  const suite = useGlosa(browserName);

  test('document.body replaced wholesale: the new body is marked, the old marks are gone', async () => {
    const page = await suite.browser.newPage();
    const errors = page.collectErrors();
    await page.goto(suite.server.url('hostile-body-replaced.html'));
    await waitForMarked(page, 'Evo Morales');
    await page.waitFor(() => {
      let stale = false;
      CSS.highlights.forEach((highlight) => {
        highlight.forEach((range) => {
          if ((range as Range).toString() !== 'Evo Morales') stale = true;
        });
      });
      return !stale;
    }, null);
    expect(glosaErrors(errors())).toEqual([]);
    await page.close();
  });

  test('a 1 MB text node and 100,000 elements are read to the end', async () => {
    const page = await suite.browser.newPage();
    const errors = page.collectErrors();
    await page.goto(suite.server.url('hostile-huge.html'));
    await waitForMarked(page, 'neoliberalism', 30_000);
    await page.waitFor(
      (count) => {
        let found = 0;
        CSS.highlights.forEach((highlight) => {
          highlight.forEach((range) => {
            if ((range as Range).toString() === 'Ollanta Humala') found++;
          });
        });
        return found === count;
      },
      20,
      30_000,
    );
    expect(glosaErrors(errors())).toEqual([]);
    await page.close();
  });

  test('a page that breaks Array, Node and timer built-ins and freezes prototypes still gets terms and popovers', async () => {
    const page = await suite.browser.newPage();
    const errors = page.collectErrors();
    await page.goto(suite.server.url('hostile-globals.html'));
    await waitForMarked(page, 'neoliberalism');
    expect(await page.evaluate(countMarked, 'Rafael Correa')).toBe(1);
    const [x, y] = (await page.evaluate(termPoint, 'Rafael Correa')).split(' ').map(Number);
    if (x === undefined || y === undefined || Number.isNaN(x)) throw new Error('term not on screen');
    await page.click(x, y);
    await waitForPopover(page, 'Rafael Correa');
    expect(glosaErrors(errors())).toEqual([]);
    await page.close();
  });

  test("a strict CSP (default-src 'none') does not stop marks or the popover's styles", async () => {
    const page = await suite.browser.newPage();
    const errors = page.collectErrors();
    await page.goto(suite.server.url('hostile-csp.html'));
    await waitForMarked(page, 'Sendero Luminoso');
    const term = await page.evaluate(termCenter, 'Sendero Luminoso');
    if (!term) throw new Error('term not on screen');
    await page.click(term.x, term.y);
    await waitForPopover(page, 'Sendero Luminoso');
    const styled = await page.inGlosa((root) => {
      const dialog = root.querySelector('[role="dialog"]');
      return dialog ? getComputedStyle(dialog).borderRadius : '';
    }, null);
    expect(styled).toBe('10px');
    expect(
      glosaErrors(errors()).filter(
        (error) => !/Content.Security.Policy/i.test(error) || /glosa/i.test(error),
      ),
    ).toEqual([]);
    await page.close();
  });

  test('about:blank and data: frames neither break the page nor Glosa', async () => {
    const page = await suite.browser.newPage();
    const errors = page.collectErrors();
    await page.goto(suite.server.url('hostile-frames.html'));
    await waitForMarked(page, 'Keiko Fujimori');
    expect(glosaErrors(errors())).toEqual([]);
    await page.close();
  });

  test.each(['drawing.svg', 'feed.xml'])('%s: an SVG or XML document is left alone', async (file) => {
    const page = await suite.browser.newPage();
    const errors = page.collectErrors();
    await page.goto(suite.server.url(file));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const state = await page.evaluate(() => {
      let ranges = 0;
      CSS.highlights?.forEach((highlight) => {
        ranges += highlight.size;
      });
      return { ranges, hosts: document.getElementsByTagName('glosa-popover').length };
    }, null);
    expect(state).toEqual({ ranges: 0, hosts: 0 });
    expect(glosaErrors(errors())).toEqual([]);
    await page.close();
  });
  test('a browser error page and a PDF: Glosa stays out quietly, and the next page works', async () => {
    const page = await suite.browser.newPage();
    const errors = page.collectErrors();
    // Nothing listens on port 1: the browser shows its own error page.
    await page.goto('http://127.0.0.1:1/').catch(() => {});
    // A PDF opens in the browser's viewer (or is downloaded, headless): no content script there.
    await page.goto(suite.server.url('report.pdf')).catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(glosaErrors(errors()).filter((error) => !/ERR_CONNECTION_REFUSED|net::/i.test(error))).toEqual([]);
    await page.goto(suite.server.url('basic.html'));
    await waitForMarked(page, 'neoliberalism');
    await page.close();
  });
});
