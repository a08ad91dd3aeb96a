import { browser } from 'wxt/browser';
import { messagesFor } from '../../components/messages';
import { normalizePageUrl } from '../../core/page-url';
import { withDefaults } from '../../core/settings';
import { storePendingNote } from '../../data/notes-session';
import { settingsItem } from '../../data/settings-store';
import { messenger, type NoteStart } from '../../messaging/protocol';
import { openNotesPanel } from './notes-panel';

export const ADD_NOTE_MENU_ID = 'glosa-add-note';
export const ADD_NOTE_COMMAND = 'add-note';

interface TabLike {
  id?: number;
  url?: string;
  title?: string;
  windowId?: number;
}

/** Asks the page for its selected passage (with context), then hands it to the panel as a new note. */
async function startNoteFromSelection(
  tab: TabLike | undefined,
  frameId: number,
  selectionText?: string,
): Promise<void> {
  if (tab?.id === undefined) return;
  // activeTab shows the URL after a menu click or a command; the page itself can say it too.
  const described = tab.url
    ? undefined
    : await messenger
        .sendMessage('describePage', undefined, { tabId: tab.id, frameId: 0 })
        .catch(() => undefined);
  const url = normalizePageUrl(tab.url ?? described?.url);
  if (!url) return;
  let start: NoteStart | null = null;
  try {
    start = await messenger.sendMessage('readSelectionForNote', undefined, { tabId: tab.id, frameId });
  } catch {
    start = null; // no content script here (a page opened before install): keep the bare text below
  }
  if (!start && selectionText) {
    const exact = selectionText.trim();
    start = {
      passage: { quote: { exact, prefix: '', suffix: '' }, position: { start: 0, end: exact.length } },
      termIds: [],
      title: '',
    };
  }
  await storePendingNote(
    url,
    tab.title || start?.title || url,
    start ?? { passage: null, termIds: [], title: '' },
  );
}

/** The menu item's title in the reader's language (the browser's i18n cannot switch at run time). */
async function addNoteMenuTitle(): Promise<string> {
  const settings = withDefaults(await settingsItem.getValue());
  return messagesFor(settings.language, navigator.language).notes.addNoteWithSelection;
}

/** "Add note with selection" in the page's context menu, and the add-note keyboard command. */
export function registerNoteCommands(): void {
  browser.runtime.onInstalled.addListener(async () => {
    await browser.contextMenus.remove(ADD_NOTE_MENU_ID).catch(() => {});
    browser.contextMenus.create({
      id: ADD_NOTE_MENU_ID,
      title: await addNoteMenuTitle(),
      contexts: ['selection'],
    });
  });
  settingsItem.watch(() => {
    void addNoteMenuTitle().then((title) =>
      browser.contextMenus.update(ADD_NOTE_MENU_ID, { title }).catch(() => {}),
    );
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== ADD_NOTE_MENU_ID) return;
    void openNotesPanel(tab?.windowId);
    void startNoteFromSelection(tab, info.frameId ?? 0, info.selectionText);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== ADD_NOTE_COMMAND) return;
    void openNotesPanel(tab?.windowId);
    void (async () => {
      const active = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      await startNoteFromSelection(active, 0);
    })();
  });
}
