import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { notesDb } from '../../data/notes-db';
import { addNote } from '../../data/notes-store';
import { pendingNoteItem } from '../../messaging/channels';

/**
 * A page's content script can be compromised. Whatever it sends, the background answers for the page
 * the browser says sent the message (sender.tab.url), never for an address in the message.
 */
const READER_PAGE = 'https://news.example/peru-runoff';
const OTHER_SITE = 'https://bank.example/private';
const passage = { quote: { exact: 'Gana Perú', prefix: '', suffix: '' }, position: { start: 0, end: 9 } };

/** Delivers a message as the browser would; returns the handler's answer. */
async function deliver(sender: object, type: string, data: unknown): Promise<unknown> {
  // The messaging library answers through sendResponse, as in a real browser.
  const answer = new Promise<{ res?: unknown }>((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(
      { id: 1, type, data, timestamp: Date.now() },
      sender as never,
      ((response: { res?: unknown }) => resolve(response)) as never,
    );
  });
  return (await answer).res;
}

/** From the content script of tab 7's top frame, showing `url`. */
function fromPage(url: string, type: string, data: unknown, tabId = 7): Promise<unknown> {
  return deliver({ tab: { id: tabId, url, title: 'A page', windowId: 1 }, frameId: 0, url }, type, data);
}

/** From the content script of a frame at `frameUrl` inside tab 7's page at `pageUrl`. */
function fromFrame(pageUrl: string, frameUrl: string, type: string, data: unknown): Promise<unknown> {
  const tab = { id: 7, url: pageUrl, title: 'A page', windowId: 1 };
  return deliver({ tab, frameId: 3, url: frameUrl }, type, data);
}

/** From one of Glosa's own pages (the side panel). */
function fromPanel(type: string, data: unknown): Promise<unknown> {
  return deliver(
    { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') },
    type,
    data,
  );
}

describe('forged messages from a page', () => {
  beforeEach(async () => {
    // Menus and shortcuts are not what this tests; the fake browser does not implement them.
    const noop = () => {};
    vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(noop as never);
    vi.spyOn(fakeBrowser.contextMenus, 'update').mockImplementation((() => Promise.resolve()) as never);
    vi.spyOn(fakeBrowser.contextMenus, 'remove').mockImplementation((() => Promise.resolve()) as never);
    vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(noop);
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(noop);
    // The shared setup resets the fake browser before each test, listeners included: load the
    // background's handlers afresh (a messenger registers each message once per module instance).
    vi.resetModules();
    const { registerNotesHandlers } = await import('../../entrypoints/background/notes-handlers');
    const { registerGlossaryHandlers } = await import('../../entrypoints/background/glossary-handlers');
    registerNotesHandlers();
    registerGlossaryHandlers();
    vi.spyOn(fakeBrowser.windows, 'create').mockImplementation((async () => ({})) as never);
    await notesDb().notes.clear();
    await addNote(notesDb(), {
      url: READER_PAGE,
      title: 'Runoff',
      passage,
      termIds: [],
      body: 'mine',
      tags: [],
    });
    await addNote(notesDb(), {
      url: OTHER_SITE,
      title: 'Bank',
      passage,
      termIds: [],
      body: 'secret',
      tags: [],
    });
  });

  test('asking for notes with another site’s address in the message returns only the sender page’s notes', async () => {
    const notes = (await fromPage(READER_PAGE, 'getPageNotes', { url: OTHER_SITE })) as { id: string }[];
    const stored = await notesDb().notes.where('url').equals(READER_PAGE).toArray();
    expect(notes.map((note) => note.id)).toEqual(stored.map((note) => note.id));
  });

  test('a page that names another site in a new note still files it under the sender page', async () => {
    await fromPage(READER_PAGE, 'startNote', {
      passage,
      termIds: ['gana-peru'],
      title: 'x',
      url: OTHER_SITE,
    });
    // The extra field makes the payload invalid: nothing is stored at all.
    expect(await pendingNoteItem.getValue()).toBeNull();
    await fromPage(READER_PAGE, 'startNote', { passage, termIds: ['gana-peru'], title: 'x' });
    expect((await pendingNoteItem.getValue())?.url).toBe(READER_PAGE);
  });

  test('a malformed anchor report changes nothing and throws nothing', async () => {
    await expect(
      fromPage(READER_PAGE, 'reportNoteAnchors', { orphaned: 'everything' }),
    ).resolves.toBeUndefined();
  });

  test('a frame’s note is filed under the frame’s own address, never its parent page’s', async () => {
    await fromFrame(READER_PAGE, 'https://ads.example/frame', 'startNote', {
      passage,
      termIds: [],
      title: 'x',
    });
    expect((await pendingNoteItem.getValue())?.url).toBe('https://ads.example/frame');
  });

  test('a tab may start at most one note a second: a page cannot flood the reader with panels', async () => {
    await fromPage(READER_PAGE, 'startNote', { passage, termIds: [], title: 'first' });
    await fromPage(READER_PAGE, 'startNote', { passage, termIds: [], title: 'second' });
    expect((await pendingNoteItem.getValue())?.title).toBe('A page');
    const first = await pendingNoteItem.getValue();
    await fromPage(READER_PAGE, 'openNote', '0b7c3e1e-2f4a-4c1d-9a51-7d2f0c9e1a22');
    expect(await pendingNoteItem.getValue()).toEqual(first);
  });

  test('messages meant for Glosa’s own pages are refused from a page', async () => {
    const sent = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      // The messaging library waits for the tab's answer through the callback: answer nothing.
      .mockImplementation(((...args: unknown[]) => (args.at(-1) as () => void)()) as never);
    await fromPage(READER_PAGE, 'reportNoteAnchors', { anchored: [], orphaned: [] });
    await fromPage(OTHER_SITE, 'reportNoteAnchors', { anchored: [], orphaned: [] }, 8);
    // A page asks other tabs to read their notes again, and for the reader's glossary: nothing.
    await fromPage(OTHER_SITE, 'notesChanged', READER_PAGE);
    expect(sent).not.toHaveBeenCalled();
    expect(
      await fromPage(READER_PAGE, 'searchGlossary', { query: 'fujimori', language: 'en', onPage: [] }),
    ).toEqual([]);
    expect(await fromPage(READER_PAGE, 'getTermNames', undefined)).toEqual({});
    // The side panel may: and only the tab showing that page hears it, not the others.
    await fromPanel('notesChanged', READER_PAGE);
    expect(sent.mock.calls.map(([tabId]) => tabId)).toEqual([7]);
    expect(
      (
        (await fromPanel('searchGlossary', { query: 'fujimori', language: 'en', onPage: [] })) as {
          id: string;
        }[]
      ).length,
    ).toBeGreaterThan(0);
  });
});
