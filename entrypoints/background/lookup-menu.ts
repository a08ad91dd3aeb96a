import { browser } from 'wxt/browser';
import { messagesFor } from '../../components/messages';
import { closestEntry, SELECTION_LIMIT } from '../../core/search/lookup';
import { withDefaults } from '../../core/settings';
import { pendingLookupItem } from '../../data/lookup-store';
import { settingsItem } from '../../data/settings-store';
import { messenger } from '../../messaging/protocol';
import { readerGlossary } from './reader-glossary';

const MENU_ID = 'glosa-look-up';

async function menuTitle(): Promise<string> {
  const settings = withDefaults(await settingsItem.getValue());
  return messagesFor(settings.language, navigator.language).lookUpSelection;
}

async function createMenu(): Promise<void> {
  await browser.contextMenus.remove(MENU_ID).catch(() => {});
  browser.contextMenus.create({ id: MENU_ID, title: await menuTitle(), contexts: ['selection'] }, () => {
    // A second start may race the first; the menu exists either way.
    void browser.runtime.lastError;
  });
}

/** The popup's search, prefilled; a tab with it where a popup cannot be opened from here. */
async function openPopupSearch(query: string): Promise<void> {
  await pendingLookupItem.setValue(query);
  try {
    await browser.action.openPopup();
  } catch {
    await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
  }
}

/** "Look up “selection” in Glosa": the popover for the best entry, or the popup's search. */
export function registerLookupMenu(): void {
  void createMenu();
  settingsItem.watch(() => {
    void menuTitle().then((title) => browser.contextMenus.update(MENU_ID, { title }).catch(() => {}));
  });
  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== MENU_ID) return;
    const query = (info.selectionText ?? '').trim().slice(0, SELECTION_LIMIT);
    if (!query) return;
    const entry = closestEntry((await readerGlossary()).search, query);
    if (entry && tab?.id !== undefined) {
      const shown = await messenger
        .sendMessage('showEntryAtSelection', entry.id, { tabId: tab.id, frameId: info.frameId ?? 0 })
        .catch(() => false);
      if (shown) return;
    }
    await openPopupSearch(query);
  });
}
