import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { popupState, writeSettings } from './support/extension-page-probes';
import { BROWSERS, type GlosaPage } from './support/glosa-browser';
import { buttonCenterIn, sinceIn } from './support/glosa-probes';
import { termCenter } from './support/page-probes';
import { clickInPopover, readPopover, useGlosa, waitForMarked, waitForPopover } from './support/suite';

/** Opens the popover on `text` with a click, as a reader does. */
async function explain(page: GlosaPage, text: string, name: string): Promise<void> {
  await waitForMarked(page, text);
  const center = await page.evaluate(termCenter, text);
  if (!center) throw new Error(`"${text}" is not highlighted on screen`);
  await page.click(center.x, center.y);
  await waitForPopover(page, name);
}

describe.each(BROWSERS)('%s: explanations that fit the page', (browserName) => {
  const suite = useGlosa(browserName);

  test('a dated English article: the events since its day, none from before, and all on request', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('since-dated.html'));
    await explain(page, 'Ollanta Humala', 'Ollanta Humala');
    const since = (await page.inGlosa(sinceIn, null)) ?? '';
    // The article's day comes from its JSON-LD datePublished, not its modified date or the header's date.
    expect(since).toMatch(/^Since this article \(14 April 2011\)/);
    expect(since).toContain('Wins the runoff against Keiko Fujimori');
    expect(since).toContain('Convicted of aggravated money laundering');
    expect(since).not.toContain('Loses the presidential runoff');
    expect(since).not.toContain('Locumba');
    expect(await clickInPopover(page, 'Show all')).toBe(true);
    for (let tries = 0; tries < 100; tries++) {
      if (((await page.inGlosa(sinceIn, null)) ?? '').includes('Kuczynski')) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await page.inGlosa(sinceIn, null)).toContain('Hands over the presidency to Pedro Pablo Kuczynski');
    await page.close();
  });

  test('at 200% zoom (a 640×400 viewport) the actions are on screen without scrolling the popover', async () => {
    const page = await suite.browser.newPage();
    await page.setViewport(640, 400);
    await page.goto(suite.server.url('since-dated.html'));
    await explain(page, 'Ollanta Humala', 'Ollanta Humala');
    const popover = await readPopover(page);
    const addNote = await page.inGlosa(buttonCenterIn, 'Add note');
    const more = await page.inGlosa(buttonCenterIn, 'More');
    for (const action of [addNote, more]) {
      expect(action).toBeTruthy();
      expect(action?.y).toBeLessThan(Math.min(popover.rect?.bottom ?? 0, 400));
      expect(action?.y).toBeGreaterThan(popover.rect?.top ?? 0);
    }
    expect(popover.rect?.right).toBeLessThanOrEqual(640);
    await page.close();
  });

  test('the popup finds entries by their Spanish text and lists them in the interface’s language', async () => {
    await suite.browser.evaluateInExtension(writeSettings, { ...DEFAULT_SETTINGS, language: 'es' });
    try {
      const popup = await suite.browser.openExtensionPage('popup.html');
      await popup.waitFor(() => document.activeElement?.getAttribute('type') === 'search', null);
      await popup.type('levantamiento de Locumba');
      await popup.waitFor(
        () =>
          [...document.querySelectorAll('[role="listbox"] [role="option"]')].some((option) =>
            /^Ollanta Humala.*Militar retirado/.test(option.textContent ?? ''),
          ),
        null,
      );
      const { options } = await popup.evaluate(popupState, null);
      expect(options.some((option) => option.includes('Former army officer'))).toBe(false);
      await popup.close();
    } finally {
      await suite.browser.evaluateInExtension(writeSettings, DEFAULT_SETTINGS);
    }
  });

  test('an undated page: no “Since this article”', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('since-undated.html'));
    await explain(page, 'Ollanta Humala', 'Ollanta Humala');
    expect((await readPopover(page)).text).toMatch(/Locumba/);
    expect(await page.inGlosa(sinceIn, null)).toBeNull();
    await page.close();
  });

  test('a Spanish article: the explanation in Spanish, “Desde este artículo”, the buttons in the interface’s language; English when the reader chooses it', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('since-es.html'));
    await explain(page, 'Ollanta Humala', 'Ollanta Humala');
    const { text } = await readPopover(page);
    expect(text).toContain('Persona');
    expect(text).toContain('Militar retirado que encabezó el levantamiento de Locumba');
    expect(text).toContain('More'); // the browser's interface language here is English
    expect(await page.inGlosa(sinceIn, null)).toMatch(
      /^Desde este artículo \(10 de enero de 2016\).*Entrega la presidencia a Pedro Pablo Kuczynski/,
    );
    await page.press('Escape');

    await suite.browser.evaluateInExtension(writeSettings, {
      ...DEFAULT_SETTINGS,
      explanationLanguage: 'en',
    });
    try {
      await explain(page, 'Ollanta Humala', 'Ollanta Humala');
      for (let tries = 0; tries < 100 && !(await readPopover(page)).text.includes('Person'); tries++)
        await new Promise((resolve) => setTimeout(resolve, 50));
      const english = await readPopover(page);
      expect(english.text).toContain('Former army officer who led the 2000 Locumba revolt');
      expect(await page.inGlosa(sinceIn, null)).toMatch(/^Since this article \(10 January 2016\)/);
    } finally {
      await suite.browser.evaluateInExtension(writeSettings, DEFAULT_SETTINGS);
    }
    await page.close();
  });
});
