import { describe, expect, test } from 'vitest';
import { chooseFile, clickButton, fillField, listedOwnTerms } from './support/extension-page-probes';
import { BROWSERS, type GlosaPage } from './support/glosa-browser';
import { textRects } from './support/page-probes';
import {
  boxesCover,
  privateBoxes,
  readPopover,
  useGlosa,
  waitForMarked,
  waitForPopover,
} from './support/suite';

/**
 * A hostile page's own scripts (tests/e2e/pages/hostile-spy.html) try to learn what the reader does
 * with Glosa and to drive or silence it, on the production build: the closed shadow root is read here
 * only from the driver's side, as the page cannot. The reader still sees everything.
 */
const OWN_TERM = 'coalition';
const OWN_SUMMARY = 'My private gloss: a pact to share the cabinet.';
const PASSAGE = 'wrote a private note about this very sentence';
const NOTE_BODY = 'PRIVATE-BODY of the reader';

interface SpyLog {
  messages: string[];
  highlightNames: string[];
  highlightTexts: string[];
  hostReads: string[];
  hostStyles: (string | null)[];
  hostChildren: number[];
  openPopovers: string[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await sleep(100);
  }
}

function spyLog(page: GlosaPage): Promise<SpyLog> {
  return page.evaluate(() => (window as unknown as { spy: { log: SpyLog } }).spy.log, null);
}

async function clickText(page: GlosaPage, text: string): Promise<void> {
  const [rect] = await page.evaluate(textRects, text);
  if (!rect) throw new Error(`"${text}" is not on screen`);
  await page.click(rect.left + rect.width / 2, rect.top + rect.height / 2);
}

describe.each(BROWSERS)(
  '%s: a hostile page learns nothing of what the reader writes or chooses',
  (browserName) => {
    const suite = useGlosa(browserName);

    test('own terms, notes and opened explanations stay the reader’s; the page can neither drive nor silence Glosa', async () => {
      const url = suite.server.url('hostile-spy.html');
      // The reader's own term, and a note on a passage of this page, written in Glosa's own pages.
      const options = await suite.browser.openExtensionPage('options.html');
      await options.waitFor(() => document.querySelector('.term-form') !== null, null);
      expect(await options.evaluate(fillField, { label: 'Term', value: OWN_TERM })).toBe(true);
      expect(await options.evaluate(fillField, { label: 'Summary', value: OWN_SUMMARY })).toBe(true);
      expect(await options.evaluate(clickButton, 'Add term')).toBe(true);
      await options.waitFor(() => document.querySelector('[role="status"]')?.textContent === 'Saved.', null);
      expect(await options.evaluate(listedOwnTerms, null)).toContain(OWN_TERM);
      // Closed the moment it says "Saved.": the change is recorded where the background and pages see it.
      await options.close();
      const panel = await suite.browser.openExtensionPage('sidepanel.html');
      await panel.waitFor(() => document.querySelector('input[type="file"]') !== null, null);
      const now = new Date().toISOString();
      const backup = {
        format: 'glosa-notes-backup',
        version: 1,
        exportedAt: now,
        notes: [
          {
            id: '4f1e2d3c-5b6a-4789-9abc-def012345678',
            url,
            title: 'Spy page',
            passage: {
              quote: { exact: PASSAGE, prefix: 'The reader ', suffix: ' on fragile majorities.' },
              position: { start: 150, end: 150 + PASSAGE.length },
            },
            termIds: [],
            body: NOTE_BODY,
            tags: [],
            createdAt: Date.now(),
            updatedAt: Date.now(),
          },
        ],
      };
      expect(await panel.evaluate(chooseFile, { name: 'backup.json', content: JSON.stringify(backup) })).toBe(
        true,
      );
      await panel.waitFor(
        () => document.querySelector('[role="status"]')?.textContent?.includes('Imported 1'),
        null,
      );
      await panel.close();

      const page = await suite.browser.newPage();
      await page.goto(url);
      await waitForMarked(page, 'Gana Perú');

      // The reader sees the own term and the note's passage, painted in Glosa's closed layer. Where the
      // text lies is read again at each look: marks come with the page's first frame, and its layout
      // may still move (a scroll bar appearing) after that.
      const covered = async (text: string, kind: 'term' | 'note') =>
        boxesCover(await privateBoxes(page), await page.evaluate(textRects, text), kind);
      await until(() => covered(OWN_TERM, 'term'), 'own term painted');
      await until(() => covered(PASSAGE, 'note'), 'passage painted');

      // The reader opens the own term's explanation, then a public term's.
      await clickText(page, OWN_TERM);
      await waitForPopover(page, OWN_TERM);
      expect((await readPopover(page)).text).toContain(OWN_SUMMARY);
      await page.press('Escape');
      await until(async () => !(await readPopover(page)).open, 'popover closed');
      await clickText(page, 'Gana Perú');
      await waitForPopover(page, 'Gana Perú');
      const beforeTampering = await spyLog(page);

      // The page plays the reader: a dispatched Escape closes nothing; dispatched hover, click and
      // shortcut keys open nothing.
      await page.evaluate(() => (window as unknown as { spy: { escape(): void } }).spy.escape(), null);
      await sleep(300);
      expect((await readPopover(page)).name).toBe('Gana Perú');
      await page.press('Escape');
      await until(async () => !(await readPopover(page)).open, 'popover closed');
      expect(
        await page.evaluate(
          (text) => (window as unknown as { spy: { drive(t: string): boolean } }).spy.drive(text),
          'Fuerza Popular',
        ),
      ).toBe(true);
      await sleep(1_000);
      expect((await readPopover(page)).open).toBe(false);

      // The page restyles Glosa's element: its styles come back, its own attribute goes.
      expect(
        await page.evaluate(() => (window as unknown as { spy: { tamper(): boolean } }).spy.tamper(), null),
      ).toBe(true);
      await sleep(300);
      expect(
        await page.evaluate(() => {
          const host = document.querySelector('glosa-popover');
          return host ? [getComputedStyle(host).display, host.getAttributeNames().join(',')] : null;
        }, null),
      ).toEqual(['block', 'style']);

      // The page replays the signal that stopped WXT content scripts: Glosa keeps reading new content.
      const extensionId = await suite.browser.evaluateInExtension(() => {
        const scope = globalThis as unknown as {
          browser?: { runtime: { id: string } };
          chrome: { runtime: { id: string } };
        };
        return (scope.browser ?? scope.chrome).runtime.id;
      }, null);
      await page.evaluate(
        (id) => (window as unknown as { spy: { silence(id: string): void } }).spy.silence(id),
        extensionId,
      );
      await sleep(1_500);
      await page.evaluate(
        (text) => (window as unknown as { spy: { addParagraph(t: string): void } }).spy.addParagraph(text),
        'Later, Sendero Luminoso was named again.',
      );
      await waitForMarked(page, 'Sendero Luminoso');
      await until(() => covered(OWN_TERM, 'term'), 'own term still painted');

      // What the page could learn: only that the bundled glossary's public terms are marked.
      const log = await spyLog(page);
      const heard = log.messages.filter((message) => message.includes(extensionId) || /wxt/i.test(message));
      expect(heard.filter((message) => !message.includes('"messageId":"spy"'))).toEqual([]);
      expect(log.highlightNames.length).toBeGreaterThan(0);
      expect(log.highlightNames.every((name) => name.startsWith('glosa-term'))).toBe(true);
      expect(log.highlightTexts).toContain('Gana Perú');
      expect(log.highlightTexts).not.toContain(OWN_TERM);
      expect(log.highlightTexts.some((text) => text.includes('private note'))).toBe(false);
      expect(log.hostReads).toEqual(
        expect.arrayContaining(['shadowRoot:null', 'attachShadow:refused', 'text:']),
      );
      expect(log.hostReads.filter((read) => read.startsWith('text:') && read !== 'text:')).toEqual([]);
      expect(new Set(beforeTampering.hostStyles).size).toBe(1);
      expect(log.hostChildren.every((count) => count === 0)).toBe(true);
      expect(log.openPopovers).toEqual([]);
      const everything = JSON.stringify(log);
      for (const secret of [OWN_SUMMARY, NOTE_BODY, PASSAGE]) expect(everything).not.toContain(secret);
      await page.close();
    });
  },
);
