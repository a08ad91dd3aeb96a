import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { HOVER_OPEN_MS } from '../../entrypoints/content/interact/interactions';
import { writeSettings } from './support/extension-page-probes';
import { BROWSERS, type GlosaPage } from './support/glosa-browser';
import { termCenter } from './support/page-probes';
import { clickInPopover, readPopover, useGlosa, waitForMarked, waitForPopover } from './support/suite';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function centerOf(page: GlosaPage, text: string): Promise<{ x: number; y: number }> {
  await waitForMarked(page, text);
  const center = await page.evaluate(termCenter, text);
  if (!center) throw new Error(`"${text}" is not highlighted on screen`);
  return center;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The box of the marked `text` on screen (all its lines). */
function termBox(text: string): Box | null {
  let found: Box | null = null;
  CSS.highlights.forEach((highlight, name) => {
    if (found || !name.startsWith('glosa-term')) return;
    highlight.forEach((range) => {
      if (found || (range as Range).toString() !== text) return;
      const { left, top, right, bottom } = (range as Range).getBoundingClientRect();
      found = { left, top, right, bottom };
    });
  });
  return found;
}

/** Opens the popover on `text` with a click: the term's box and the popover's. */
async function openOn(page: GlosaPage, text: string): Promise<{ term: Box; popover: Box }> {
  const center = await centerOf(page, text);
  await page.click(center.x, center.y);
  await waitForPopover(page, text);
  const term = await page.evaluate(termBox, text);
  const popover = (await readPopover(page)).rect;
  if (!term || !popover) throw new Error(`no box for "${text}" or its popover`);
  return { term, popover };
}

/** Waits until the open popover's top is `top` (±1 px): it follows its term. */
async function waitForPopoverTop(page: GlosaPage, top: number): Promise<void> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const rect = (await readPopover(page)).rect;
    if (rect && Math.abs(rect.top - top) <= 1) return;
    if (Date.now() > deadline) throw new Error(`the popover stayed at ${rect?.top}, not ${top}`);
    await sleep(50);
  }
}

/** Whether the popover is closed (nothing rendered in Glosa's layer). */
async function waitForClosed(page: GlosaPage): Promise<void> {
  const deadline = Date.now() + 10_000;
  while ((await readPopover(page)).open) {
    if (Date.now() > deadline) throw new Error('the popover did not close');
    await sleep(50);
  }
}

/** Starts recording, in the page, when each pointer move arrives and where. */
function recordMoves(): void {
  const moves: [number, number, number][] = [];
  (window as unknown as { glosaTestMoves: typeof moves }).glosaTestMoves = moves;
  document.addEventListener(
    'mousemove',
    (event) => moves.push([event.clientX, event.clientY, performance.now()]),
    {
      capture: true,
    },
  );
}

/** How long the page saw the pointer stay at `at` before it moved on, by the moves it recorded. */
function stayAt(at: { x: number; y: number }): number {
  const moves = (window as unknown as { glosaTestMoves: [number, number, number][] }).glosaTestMoves;
  const arrived = moves.findIndex(([x, y]) => Math.abs(x - at.x) < 2 && Math.abs(y - at.y) < 2);
  const left = moves.slice(arrived + 1).find(([x, y]) => Math.abs(x - at.x) >= 2 || Math.abs(y - at.y) >= 2);
  return arrived === -1 || !left ? Number.POSITIVE_INFINITY : left[2] - (moves[arrived]?.[2] ?? 0);
}

/**
 * Moves the pointer across `term` and away, as a reader passing by, until the page saw it stay there
 * for less than the hover delay (on a busy machine the driver's moves can arrive late); returns whether
 * the popover opened.
 */
async function passBy(page: GlosaPage, term: { x: number; y: number }): Promise<boolean> {
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.evaluate(recordMoves, null);
    await page.mouseMove(term.x, term.y);
    await sleep(120);
    await page.mouseMove(5, 5);
    await sleep(500);
    const stayed = await page.evaluate(stayAt, term);
    if (stayed < HOVER_OPEN_MS) return (await readPopover(page)).open;
    // The pointer stayed long enough to open it: a hover, not a pass-by. Let it close and try again.
    await waitForClosed(page);
  }
  throw new Error('the driver never moved the pointer past the term in under the hover delay');
}

describe.each(BROWSERS)('%s: popover', (browserName) => {
  const suite = useGlosa(browserName);

  test('opens on hover intent, not on a pointer passing by, and closes when the pointer leaves', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('static-article.html'));
    const term = await centerOf(page, 'neoliberalism');
    expect(await passBy(page, term)).toBe(false);

    await page.mouseMove(term.x, term.y);
    await waitForPopover(page, 'neoliberalism');
    const state = await readPopover(page);
    expect(state.text).toMatch(/market/i);
    expect(state.focusedInside).toBe(false); // hover never steals focus

    await page.mouseMove(5, 5);
    await waitForClosed(page);
    await page.close();
  });

  test('opens on click; related terms navigate inside the popover, with Back; More shows details', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('static-article.html'));
    const term = await centerOf(page, 'Gana Perú');
    await page.click(term.x, term.y);
    await waitForPopover(page, 'Gana Perú');
    expect(await clickInPopover(page, 'Ollanta Humala')).toBe(true);
    await waitForPopover(page, 'Ollanta Humala');
    expect(await clickInPopover(page, 'Back')).toBe(true);
    await waitForPopover(page, 'Gana Perú');

    const before = (await readPopover(page)).text.length;
    expect(await clickInPopover(page, 'More')).toBe(true);
    for (let tries = 0; (await readPopover(page)).text.length <= before && tries < 100; tries++)
      await sleep(50);
    expect((await readPopover(page)).text.length).toBeGreaterThan(before);
    const links =
      (await page.inGlosa(
        (root) =>
          [...root.querySelectorAll('a')].map((link) => ({
            href: link.href,
            target: link.target,
            rel: link.rel,
          })),
        null,
      )) ?? [];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.href).toMatch(/^https:\/\//);
      expect(link.target).toBe('_blank');
      expect(link.rel).toBe('noopener noreferrer');
    }
    await page.close();
  });

  test('the keyboard command walks the terms in reading order; Escape closes and returns focus', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('static-article.html'));
    await centerOf(page, 'Ollanta Humala');
    await page.evaluate(() => (document.querySelector('nav a') as HTMLElement).focus(), null);
    // Reading order: the headline's "Humala", then "pink tide", then the first paragraph.
    await suite.browser.sendToTabs('showNextTerm');
    await waitForPopover(page, 'Ollanta Humala');
    expect((await readPopover(page)).focusedInside).toBe(true);
    await suite.browser.sendToTabs('showNextTerm');
    await waitForPopover(page, 'pink tide');
    await suite.browser.sendToTabs('showNextTerm');
    await waitForPopover(page, 'Ollanta Humala');
    await suite.browser.sendToTabs('showNextTerm');
    await waitForPopover(page, 'Keiko Fujimori');

    await page.press('Escape');
    await waitForClosed(page);
    expect(await page.evaluate(() => document.activeElement?.textContent, null)).toBe('Home');
    await page.close();
  });

  test('sits beside its term: below it, above it near the window’s bottom, inside the window at its right edge, and follows it as the page or a box scrolls', async () => {
    const page = await suite.browser.newPage();
    await page.setViewport(900, 900);
    await page.goto(suite.server.url('popover-placement.html'));

    const first = await openOn(page, 'neoliberalism');
    expect(first.popover.top - first.term.bottom).toBeGreaterThanOrEqual(3);
    expect(first.popover.top - first.term.bottom).toBeLessThanOrEqual(10);
    expect(Math.abs(first.popover.left - first.term.left)).toBeLessThanOrEqual(2);
    await page.evaluate(() => window.scrollBy(0, 50), null);
    await waitForPopoverTop(page, first.popover.top - 50);
    await page.press('Escape');
    await waitForClosed(page);
    await page.evaluate(() => window.scrollTo(0, 0), null);

    const right = await openOn(page, '21st-century socialism');
    const width = await page.evaluate(() => document.documentElement.clientWidth, null);
    expect(right.popover.right).toBeLessThanOrEqual(width - 7);
    expect(right.popover.left).toBeLessThan(right.term.left);
    expect(right.popover.top).toBeGreaterThan(right.term.bottom);
    await page.press('Escape');
    await waitForClosed(page);

    const low = await openOn(page, 'Gana Perú');
    expect(low.term.top - low.popover.bottom).toBeGreaterThanOrEqual(3);
    expect(low.term.top - low.popover.bottom).toBeLessThanOrEqual(10);
    await page.press('Escape');
    await waitForClosed(page);

    const boxed = await openOn(page, 'Sendero Luminoso');
    expect(boxed.popover.top).toBeGreaterThan(boxed.term.bottom);
    await page.evaluate(() => {
      (document.getElementById('scroller') as HTMLElement).scrollTop = 30;
    }, null);
    await waitForPopoverTop(page, boxed.popover.top - 30);
    await page.close();
  });

  test('stays inside the viewport and on top of a maximal z-index overlay; page CSS does not leak in', async () => {
    const page = await suite.browser.newPage();
    await page.setViewport(900, 900);
    await page.goto(suite.server.url('overlay.html'));
    const term = await centerOf(page, 'neoliberalism');
    await page.click(term.x, term.y);
    await waitForPopover(page, 'neoliberalism');
    const state = await readPopover(page);
    expect(state.onTop).toBe(true);
    expect(state.rect?.left).toBeGreaterThanOrEqual(0);
    expect(state.rect?.top).toBeGreaterThanOrEqual(0);
    expect(state.rect?.right).toBeLessThanOrEqual(900);
    expect(state.rect?.bottom).toBeLessThanOrEqual(900);
    const style = await page.inGlosa((root) => {
      const summary = root.querySelector('.term-card__summary') as HTMLElement;
      const computed = getComputedStyle(summary);
      return { font: computed.fontFamily, color: computed.color, background: computed.backgroundColor };
    }, null);
    expect(style?.font).not.toMatch(/comic/i);
    expect(style?.color).not.toBe('rgb(255, 0, 0)');
    expect(style?.background).not.toBe('rgb(255, 255, 0)');
    await page.close();
  });

  test('works inside an open modal dialog: visible on top and clickable', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('overlay.html'));
    await page.evaluate(() => (document.getElementById('dialog') as HTMLDialogElement).showModal(), null);
    const term = await centerOf(page, 'Ollanta Humala');
    await page.click(term.x, term.y);
    await waitForPopover(page, 'Ollanta Humala');
    expect((await readPopover(page)).onTop).toBe(true);
    expect(await clickInPopover(page, 'More')).toBe(true);
    for (let tries = 0; tries < 100; tries++) {
      if (await page.inGlosa((root) => root.querySelector('.term-card__details') !== null, null)) break;
      await sleep(50);
    }
    expect(await page.inGlosa((root) => root.querySelector('.term-card__details') !== null, null)).toBe(true);
    await page.close();
  });
});

describe.each(BROWSERS)('%s: popover in a dark colour scheme', (browserName) => {
  const suite = useGlosa(browserName, { colorScheme: 'dark' });

  /** Opens the popover on a term of the static article; its computed background colour. */
  async function popoverBackground(): Promise<string> {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('static-article.html'));
    const term = await centerOf(page, 'Evo Morales');
    await page.click(term.x, term.y);
    await waitForPopover(page, 'Evo Morales');
    const background =
      (await page.inGlosa((root) => {
        const dialog = root.querySelector('[role="dialog"]');
        return dialog ? getComputedStyle(dialog).backgroundColor : '';
      }, null)) ?? '';
    await page.close();
    return background;
  }

  test('turns dark under prefers-color-scheme: dark', async () => {
    const background = await popoverBackground();
    expect(brightness(background)).toBeLessThan(200);
  });

  test('the reader’s light theme wins over the dark system, in the popover and the options page', async () => {
    await suite.browser.evaluateInExtension(writeSettings, { ...DEFAULT_SETTINGS, theme: 'light' });
    const background = await popoverBackground();
    expect(brightness(background)).toBeGreaterThan(600);
    const options = await suite.browser.openExtensionPage('options.html');
    await options.waitFor(() => document.documentElement.dataset.theme === 'light', null);
    const optionsBackground = await options.evaluate(
      () => getComputedStyle(document.body).backgroundColor,
      null,
    );
    expect(brightness(optionsBackground)).toBeGreaterThan(600);
    await options.close();
    await suite.browser.evaluateInExtension(writeSettings, DEFAULT_SETTINGS);
  });
});

/** Sum of the red, green and blue of a computed colour (0 black – 765 white). */
function brightness(color: string): number {
  const [red = 255, green = 255, blue = 255] = color.match(/\d+/g)?.map(Number) ?? [];
  return red + green + blue;
}
