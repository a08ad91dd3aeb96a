import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type StaticServer, serveFolder } from '../../tooling/harness/static-server';
import { chooseFile } from './support/extension-page-probes';
import { TEST_PAGES } from './support/fixtures';
import { BROWSERS, type GlosaBrowser, type GlosaPage, launchGlosa } from './support/glosa-browser';
import { textRects } from './support/page-probes';
import {
  alertText,
  articleTexts,
  captureDownloads,
  capturedDownloads,
  clickButton,
  downloadsStarted,
  draftTargetText,
  fillField,
  pageTermButtons,
  searchWordStored,
} from './support/panel-probes';
import { boxesCover, clickInPopover, privateBoxes, waitForPopover } from './support/suite';

const ARTICLE = 'notes-article.html';
const SELECTED = 'Keiko Fujimori ran on her father’s record';

/**
 * Whether Glosa paints exactly `passage` as a note's passage: boxes in its closed layer over each line of
 * that text and no other (read from the driver's side; the page cannot see them), and nothing of it in
 * CSS.highlights, which the page can read.
 */
async function notePainted(page: GlosaPage, passage: string): Promise<boolean> {
  const rects = await page.evaluate(textRects, passage);
  const boxes = (await privateBoxes(page)).filter((box) => box.style === 'note');
  const inRegistry = await page.evaluate(() => CSS.highlights.has('glosa-note'), null);
  return !inRegistry && boxes.length === rects.length && boxesCover(boxes, rects, 'note');
}

async function waitForNotePainted(page: GlosaPage, passage: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await notePainted(page, passage))) {
    if (Date.now() > deadline) throw new Error(`the passage "${passage}" is not painted`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function openArticle(
  browser: GlosaBrowser,
  server: StaticServer,
  hash = '',
  file = ARTICLE,
): Promise<GlosaPage> {
  const page = await browser.newPage();
  await page.goto(`${server.url(file)}${hash}`);
  await page.waitFor(() => CSS.highlights.has('glosa-term'), null);
  return page;
}

async function openPanel(browser: GlosaBrowser): Promise<GlosaPage> {
  const panel = await browser.openExtensionPage('sidepanel.html');
  await panel.waitFor(
    () => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Save note'),
    null,
  );
  return panel;
}

/** Waits until the panel shows the page at hand (its heading): before that, a note has no page to go to. */
async function waitForReadingPage(panel: GlosaPage, title: string): Promise<void> {
  await panel.waitFor((expected) => document.querySelector('h2')?.textContent === expected, title);
}

async function waitForArticles(panel: GlosaPage, count: number, containing = ''): Promise<void> {
  await panel.waitFor(
    ({ count, containing }) => {
      const texts = [...document.querySelectorAll('article')].map((article) => article.textContent ?? '');
      return texts.length === count && texts.every((text) => text.includes(containing));
    },
    { count, containing },
  );
}

async function showTab(panel: GlosaPage, name: 'This page' | 'All notes'): Promise<void> {
  await panel.evaluate(
    (label) =>
      [...document.querySelectorAll<HTMLElement>('[role="tab"]')]
        .find((tab) => tab.textContent === label)
        ?.click(),
    name,
  );
}

async function saveNote(panel: GlosaPage, body: string, tags = ''): Promise<void> {
  expect(await panel.evaluate(fillField, { label: 'Note', value: body })).toBe(true);
  if (tags) await panel.evaluate(fillField, { label: 'Tags', value: tags });
  expect(await panel.evaluate(clickButton, { name: 'Save note' })).toBe(true);
  await panel.waitFor(
    () => document.querySelector('[role="status"]')?.textContent?.includes('Note saved.'),
    null,
  );
}

describe.each(BROWSERS)('%s: notes in the side panel', (browserName) => {
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

  test('write with tags, edit, delete and undo, search; HTML in a note is shown as text', async () => {
    const article = await openArticle(browser, server);
    const panel = await openPanel(browser);
    await waitForReadingPage(panel, 'Notes test: the 2011 runoff');

    const html = '<b>Bold</b> claim & <img src=x onerror="document.title=1">';
    await saveNote(panel, html, 'peru, Runoff');
    await waitForArticles(panel, 1, html);
    const [card] = await panel.evaluate(articleTexts, null);
    expect(card).toContain('#peru');
    expect(card).toContain('#runoff');
    expect(await panel.evaluate(() => document.querySelectorAll('article b, article img').length, null)).toBe(
      0,
    );

    expect(await panel.evaluate(clickButton, { name: 'Edit', inArticle: 'claim' })).toBe(true);
    await panel.evaluate(fillField, { label: 'Edit note', value: 'A sharper claim' });
    expect(await panel.evaluate(clickButton, { name: 'Save changes' })).toBe(true);
    await waitForArticles(panel, 1, 'A sharper claim');

    expect(await panel.evaluate(clickButton, { name: 'Delete', inArticle: 'sharper' })).toBe(true);
    await waitForArticles(panel, 0);
    expect(await panel.evaluate(clickButton, { name: 'Undo' })).toBe(true);
    await waitForArticles(panel, 1, 'A sharper claim');

    await showTab(panel, 'All notes');
    await waitForArticles(panel, 1, 'A sharper claim');
    await panel.evaluate(fillField, { label: 'Search notes', value: 'sharp' });
    await waitForArticles(panel, 1, 'A sharper claim');
    await panel.evaluate(fillField, { label: 'Search notes', value: 'runo' }); // a tag, half typed
    await waitForArticles(panel, 1, 'A sharper claim');
    await panel.evaluate(fillField, { label: 'Search notes', value: 'chavez' });
    await waitForArticles(panel, 0);
    await panel.evaluate(fillField, { label: 'Search notes', value: '' });
    await showTab(panel, 'This page');

    // Closing and reopening the panel keeps every note.
    await panel.close();
    const reopened = await openPanel(browser);
    await waitForArticles(reopened, 1, 'A sharper claim');
    await reopened.close();
    await article.close();
  });

  test('a note made from a selection is painted on the page, again after reload; clicking it opens the note', async () => {
    const article = await openArticle(browser, server);
    const panel = await openPanel(browser);
    await article.evaluate((wanted) => {
      const paragraph = document.getElementById('keiko');
      const text = paragraph?.firstChild as Text;
      const start = text.data.indexOf('Keiko');
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + wanted.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    }, SELECTED);
    // "Add note" in the popover takes the reader's selection as the passage.
    await browser.sendToTabs('showNextTerm');
    await waitForPopover(article, 'Keiko Fujimori');
    const addedAt = Date.now();
    expect(await clickInPopover(article, 'Add note')).toBe(true);
    await panel.waitFor(
      (wanted) => document.querySelector('.note-editor blockquote')?.textContent === wanted,
      SELECTED,
    );

    await saveNote(panel, 'Her campaign leaned on this.');
    await waitForNotePainted(article, SELECTED);

    await article.goto(server.url(ARTICLE));
    await waitForNotePainted(article, SELECTED);

    const [rect] = await article.evaluate(textRects, SELECTED);
    if (!rect) throw new Error('passage not on screen');
    // The background lets a tab open the panel once a second (a compromised page cannot flood the reader),
    // and "Add note" was this tab's last opening: a reader takes longer than that to write a note, this
    // test 1.3–1.7 s here, close enough that on CI the click came too soon and was rightly refused.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, addedAt + 1_100 - Date.now())));
    await article.click(rect.left + 30, rect.top + rect.height / 2);
    await panel.waitFor(
      () => document.querySelector('.note-card--focus')?.textContent?.includes('Her campaign'),
      null,
    );
    await panel.close();
    await article.close();
  });

  test('a lightly edited page still anchors the passage; a removed one is "Not found on this page"', async () => {
    const edited = await openArticle(browser, server, '#edited');
    await waitForNotePainted(edited, 'Keiko Fujimori ran on her fathers record');
    await edited.close();

    const removed = await openArticle(browser, server, '#removed');
    const panel = await openPanel(browser);
    await panel.waitFor(
      () =>
        [...document.querySelectorAll('article')].some((a) =>
          a.textContent?.includes('Not found on this page'),
        ),
      null,
    );
    const cards = await panel.evaluate(articleTexts, null);
    expect(cards.filter((text) => text.includes('Not found on this page'))).toHaveLength(1);
    expect(cards.find((text) => text.includes('Not found'))).toContain('Her campaign');
    expect((await privateBoxes(removed)).filter((box) => box.style === 'note')).toEqual([]);
    await panel.close();
    await removed.close();
  });

  test('"This page" follows tab switches', async () => {
    const article = await openArticle(browser, server);
    const panel = await openPanel(browser);
    const other = await browser.newPage();
    await other.goto(server.url('static-article.html'));
    await other.bringToFront();
    await waitForReadingPage(panel, 'A static article');
    await article.bringToFront();
    await waitForReadingPage(panel, 'Notes test: the 2011 runoff');
    await waitForArticles(panel, 2);
    await other.close();
    await panel.close();
    await article.close();
  });

  test('"This page" lists the marked terms with counts; a click shows the term’s next occurrence', async () => {
    const article = await openArticle(browser, server, '', 'page-terms.html');
    const panel = await openPanel(browser);
    await waitForReadingPage(panel, 'Terms test: three mentions');
    await panel.waitFor(
      () =>
        [...document.querySelectorAll('h3')]
          .find((heading) => heading.textContent === 'Terms on this page')
          ?.closest('section')
          ?.querySelector('button')?.textContent === 'Ollanta Humala · 3',
      null,
    );
    expect(await panel.evaluate(pageTermButtons, null)).toEqual([
      'Ollanta Humala · 3',
      'Keiko Fujimori · 1',
      'Gana Perú · 1',
    ]);

    /** Runs in the page: the paragraph is on screen. */
    const paragraphOnScreen = (id: string) => {
      const box = document.getElementById(id)?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.bottom <= innerHeight;
    };
    for (const paragraph of ['first', 'second', 'third', 'first']) {
      expect(await panel.evaluate(clickButton, { name: 'Ollanta Humala · 3' })).toBe(true);
      await article.waitFor(paragraphOnScreen, paragraph);
      await waitForPopover(article, 'Ollanta Humala');
    }
    await panel.close();
    await article.close();
  });

  test('export files contain the notes; a bad import changes nothing; a backup imports', async () => {
    const panel = await openPanel(browser);
    await panel.evaluate(captureDownloads, null);
    for (const format of ['Markdown', 'JSON backup', 'Web Annotation (JSON-LD)']) {
      expect(await panel.evaluate(clickButton, { name: 'Export' })).toBe(true);
      expect(await panel.evaluate(clickButton, { name: format })).toBe(true);
    }
    await panel.waitFor(downloadsStarted, 3);
    const files = await panel.evaluate(capturedDownloads, null);
    expect(files.map((file) => file.name.replace(/\d{4}-\d\d-\d\d/, 'DATE'))).toEqual([
      'glosa-notes-DATE.md',
      'glosa-notes-backup-DATE.json',
      'glosa-notes-DATE.jsonld',
    ]);
    const [markdown, backupText, annotations] = files.map((file) => file.text);
    expect(markdown).toContain('## Notes test: the 2011 runoff');
    expect(markdown).toContain(`> ${SELECTED}`);
    expect(markdown).toContain('Her campaign leaned on this.');
    const backup = JSON.parse(backupText ?? '') as { notes: { body: string }[] };
    expect(backup.notes.map((note) => note.body).sort()).toEqual([
      'A sharper claim',
      'Her campaign leaned on this.',
    ]);
    expect(JSON.parse(annotations ?? '')).toMatchObject({ type: 'AnnotationCollection', total: 2 });

    await showTab(panel, 'All notes');
    await waitForArticles(panel, 2);
    const truncated = (backupText ?? '').slice(0, 200);
    expect(await panel.evaluate(chooseFile, { name: 'backup.json', content: truncated })).toBe(true);
    await panel.waitFor(
      () => /Nothing was imported/.test(document.querySelector('[role="alert"]')?.textContent ?? ''),
      null,
    );
    expect(await panel.evaluate(alertText, null)).toMatch(/not valid JSON/);
    await waitForArticles(panel, 2);

    const restored = JSON.parse(backupText ?? '') as { notes: { id: string; body: string }[] };
    const extra = {
      ...restored.notes[0],
      id: '0b6d8c43-7d4a-4c51-9a34-5b3ef1f1a001',
      body: 'Imported from a backup',
    };
    const good = JSON.stringify({ ...restored, notes: [...restored.notes, extra] });
    expect(await panel.evaluate(chooseFile, { name: 'backup.json', content: good })).toBe(true);
    await panel.waitFor(
      () => document.querySelector('[role="status"]')?.textContent?.includes('Imported 1 new note'),
      null,
    );
    await waitForArticles(panel, 3);
    // Found by its words at once; the words index catches up after the import.
    await panel.evaluate(fillField, { label: 'Search notes', value: 'imported backu' });
    await waitForArticles(panel, 1, 'Imported from a backup');
    await panel.waitFor(searchWordStored, { id: extra.id, word: 'imported' });
    await panel.close();
  });

  test('the popup’s "Add note about this term" starts a note tied to that term in the panel', async () => {
    const article = await openArticle(browser, server);
    const popup = await browser.openExtensionPage('popup.html');
    await popup.waitFor(() => document.activeElement?.getAttribute('type') === 'search', null);
    // The popup knows the reader's page (it says how many terms are marked there): the note goes to it.
    await popup.waitFor(
      () => /terms marked/.test(document.querySelector('.page-status')?.textContent ?? ''),
      null,
    );
    await popup.type('gana peru');
    await popup.waitFor(() => document.querySelector('[role="option"]') !== null, null);
    await popup.press('Enter');
    await popup.waitFor(() => document.querySelector('h2')?.textContent === 'Gana Perú', null);
    // The panel is open before the click: in Chromium the click may also open the real side panel, and
    // of two panels loading, the first takes the note; a panel already open takes it as it is stored.
    const panel = await openPanel(browser);
    const clicked = await popup.evaluate(() => {
      const button = [...document.querySelectorAll('button')].find(
        (candidate) => candidate.textContent === 'Add note about this term',
      );
      button?.click();
      return Boolean(button);
    }, null);
    expect(clicked).toBe(true);

    // The panel names the note's page by its title until it has learnt which page the reader is on.
    await panel.waitFor(
      () =>
        /^On this page · About Gana Perú/.test(
          document.querySelector('.notes-app__target')?.textContent ?? '',
        ),
      null,
    );
    expect(await panel.evaluate(draftTargetText, null)).toMatch(/^On this page · About Gana Perú/);
    await saveNote(panel, 'Humala’s alliance, renamed for 2011.');
    await panel.waitFor(
      () =>
        [...document.querySelectorAll('article')].some(
          (card) =>
            card.textContent?.includes('renamed for 2011') &&
            [...card.querySelectorAll('.chip--term')].some((chip) => chip.textContent === 'Gana Perú'),
        ),
      null,
    );
    await popup.close().catch(() => {}); // the popup may have closed itself once the panel opened
    await panel.close();
    await article.close();
  });
});

describe.each(BROWSERS)('%s: notes survive a browser restart', (browserName) => {
  let server: StaticServer;
  let profileDir: string;
  beforeAll(async () => {
    server = await serveFolder(TEST_PAGES);
    profileDir = await mkdtemp(join(tmpdir(), `glosa-notes-profile-${browserName}-`));
  });
  afterAll(async () => {
    await server?.close();
    await rm(profileDir, { recursive: true, force: true });
  });

  test('every note is there after closing and reopening the browser with the same profile', async () => {
    const first = await launchGlosa(browserName, { profileDir });
    try {
      const article = await openArticle(first, server);
      const panel = await openPanel(first);
      // On a busy machine the panel may not know the page yet: saving then asks for a page first.
      await waitForReadingPage(panel, 'Notes test: the 2011 runoff');
      await saveNote(panel, 'Written before the restart', 'restart');
      await saveNote(panel, 'A second note, also kept');
      await waitForArticles(panel, 2);
      await article.close();
    } finally {
      await first.close();
    }
    const second = await launchGlosa(browserName, { profileDir });
    try {
      const panel = await openPanel(second);
      await showTab(panel, 'All notes');
      await waitForArticles(panel, 2);
      const texts = (await panel.evaluate(articleTexts, null)).join('\n');
      expect(texts).toContain('Written before the restart');
      expect(texts).toContain('#restart');
      expect(texts).toContain('A second note, also kept');
    } finally {
      await second.close();
    }
  });
});
