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

/** Delivers a message as the browser would, from a tab at `url`; returns the handler's answer. */
async function fromPage(url: string, type: string, data: unknown): Promise<unknown> {
  const sender = { tab: { id: 7, url, title: 'A page', windowId: 1 }, frameId: 0, url };
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
    registerNotesHandlers();
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
});
