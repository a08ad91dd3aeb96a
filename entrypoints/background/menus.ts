import { browser } from 'wxt/browser';
import { uiLanguage } from '../../components/strings/language';
import { MENU_STRINGS, type MenuStrings } from '../../components/strings/menus';
import { withDefaults } from '../../core/settings';
import { settingsItem } from '../../data/settings-store';
import { openNotesPanel } from '../../platform/notes-panel';
import { lookUpSelection } from './look-up';
import { startNoteFromSelection } from './start-note';

/** Glosa's items in the page's context menu, each with its title in the reader's language. */
const MENU_ITEMS: Record<string, keyof MenuStrings> = {
  'glosa-look-up': 'lookUpSelection',
  'glosa-add-note': 'addNoteWithSelection',
};

async function menuStrings(): Promise<MenuStrings> {
  const settings = withDefaults(await settingsItem.getValue());
  return MENU_STRINGS[uiLanguage(settings.language, navigator.language)];
}

/** Made anew at every start (a service worker restarts often): removing first keeps one of each. */
async function createMenus(): Promise<void> {
  const strings = await menuStrings();
  await browser.contextMenus.removeAll();
  for (const [id, title] of Object.entries(MENU_ITEMS)) {
    browser.contextMenus.create({ id, title: strings[title], contexts: ['selection'] }, () => {
      // A second start may race the first; the item exists either way.
      void browser.runtime.lastError;
    });
  }
}

/** The context menu, registered once: its items, their titles following the language, its clicks. */
export function registerMenus(): void {
  void createMenus();
  settingsItem.watch(() => {
    void menuStrings().then((strings) => {
      for (const [id, title] of Object.entries(MENU_ITEMS))
        browser.contextMenus.update(id, { title: strings[title] }).catch(() => {});
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'glosa-look-up')
      void lookUpSelection(info.selectionText ?? '', tab, info.frameId);
    if (info.menuItemId === 'glosa-add-note') {
      // At once, while the click still counts as a user action.
      void openNotesPanel(tab?.windowId);
      void startNoteFromSelection(tab, info.frameId ?? 0, info.selectionText);
    }
  });
}
