import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { writeSettings } from './support/extension-page-probes';
import { BROWSERS, type GlosaPage } from './support/glosa-browser';
import { clickPopoverButton, popoverState, termCenter } from './support/page-probes';
import { useGlosa, waitForMarked } from './support/suite';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function centerOf(page: GlosaPage, text: string): Promise<{ x: number; y: number }> {
  await waitForMarked(page, text);
  const center = await page.evaluate(termCenter, text);
  if (!center) throw new Error(`"${text}" is not highlighted on screen`);
  return center;
}

async function waitForPopover(page: GlosaPage, name: string): Promise<void> {
  await page.waitFor((wanted) => {
    const host = document.querySelector('glosa-popover');
    const dialog = host?.shadowRoot?.querySelector('[role="dialog"]');
    const labelId = dialog?.getAttribute('aria-labelledby');
    return Boolean(labelId && host?.shadowRoot?.getElementById(labelId)?.textContent === wanted);
  }, name);
}

describe.each(BROWSERS)('%s: popover', (browserName) => {
  const suite = useGlosa(browserName);

  test('opens on hover intent, not on a pointer passing by, and closes when the pointer leaves', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('static-article.html'));
    const term = await centerOf(page, 'neoliberalism');
    await page.mouseMove(term.x, term.y);
    await sleep(120);
    await page.mouseMove(5, 5);
    await sleep(500);
    expect((await page.evaluate(popoverState, null)).open).toBe(false);

    await page.mouseMove(term.x, term.y);
    await waitForPopover(page, 'neoliberalism');
    const state = await page.evaluate(popoverState, null);
    expect(state.text).toMatch(/market/i);
    expect(state.focusedInside).toBe(false); // hover never steals focus

    await page.mouseMove(5, 5);
    await page.waitFor(() => !document.querySelector('glosa-popover')?.matches(':popover-open'), null);
    await page.close();
  });

  test('opens on click; related terms navigate inside the popover, with Back; More shows details', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('static-article.html'));
    const term = await centerOf(page, 'Gana Perú');
    await page.click(term.x, term.y);
    await waitForPopover(page, 'Gana Perú');
    expect(await page.evaluate(clickPopoverButton, 'Ollanta Humala')).toBe(true);
    await waitForPopover(page, 'Ollanta Humala');
    expect(await page.evaluate(clickPopoverButton, 'Back')).toBe(true);
    await waitForPopover(page, 'Gana Perú');

    const before = (await page.evaluate(popoverState, null)).text.length;
    expect(await page.evaluate(clickPopoverButton, 'More')).toBe(true);
    await page.waitFor((length) => {
      const dialog = document.querySelector('glosa-popover')?.shadowRoot?.querySelector('[role="dialog"]');
      return (dialog?.textContent?.length ?? 0) > length;
    }, before);
    const links = await page.evaluate(() => {
      const shadow = document.querySelector('glosa-popover')?.shadowRoot;
      return [...(shadow?.querySelectorAll('a') ?? [])].map((link) => ({
        href: link.href,
        target: link.target,
        rel: link.rel,
      }));
    }, null);
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
    expect((await page.evaluate(popoverState, null)).focusedInside).toBe(true);
    await suite.browser.sendToTabs('showNextTerm');
    await waitForPopover(page, 'pink tide');
    await suite.browser.sendToTabs('showNextTerm');
    await waitForPopover(page, 'Ollanta Humala');
    await suite.browser.sendToTabs('showNextTerm');
    await waitForPopover(page, 'Keiko Fujimori');

    await page.press('Escape');
    await page.waitFor(() => !document.querySelector('glosa-popover')?.matches(':popover-open'), null);
    expect(await page.evaluate(() => document.activeElement?.textContent, null)).toBe('Home');
    await page.close();
  });

  test('stays inside the viewport and on top of a maximal z-index overlay; page CSS does not leak in', async () => {
    const page = await suite.browser.newPage();
    await page.setViewport(900, 900);
    await page.goto(suite.server.url('overlay.html'));
    const term = await centerOf(page, 'neoliberalism');
    await page.click(term.x, term.y);
    await waitForPopover(page, 'neoliberalism');
    const state = await page.evaluate(popoverState, null);
    expect(state.onTop).toBe(true);
    expect(state.rect?.left).toBeGreaterThanOrEqual(0);
    expect(state.rect?.top).toBeGreaterThanOrEqual(0);
    expect(state.rect?.right).toBeLessThanOrEqual(900);
    expect(state.rect?.bottom).toBeLessThanOrEqual(900);
    const style = await page.evaluate(() => {
      const shadow = document.querySelector('glosa-popover')?.shadowRoot;
      const summary = shadow?.querySelector('.term-card__summary') as HTMLElement;
      const computed = getComputedStyle(summary);
      return { font: computed.fontFamily, color: computed.color, background: computed.backgroundColor };
    }, null);
    expect(style.font).not.toMatch(/comic/i);
    expect(style.color).not.toBe('rgb(255, 0, 0)');
    expect(style.background).not.toBe('rgb(255, 255, 0)');
    await page.close();
  });

  test('works inside an open modal dialog: visible on top and clickable', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('overlay.html'));
    await page.evaluate(() => (document.getElementById('dialog') as HTMLDialogElement).showModal(), null);
    const term = await centerOf(page, 'Ollanta Humala');
    await page.click(term.x, term.y);
    await waitForPopover(page, 'Ollanta Humala');
    expect((await page.evaluate(popoverState, null)).onTop).toBe(true);
    expect(await page.evaluate(clickPopoverButton, 'More')).toBe(true);
    await page.waitFor(() => {
      const shadow = document.querySelector('glosa-popover')?.shadowRoot;
      return shadow?.querySelector('.term-card__details') !== null;
    }, null);
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
    const background = await page.evaluate(() => {
      const dialog = document.querySelector('glosa-popover')?.shadowRoot?.querySelector('[role="dialog"]');
      return dialog ? getComputedStyle(dialog).backgroundColor : '';
    }, null);
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
