import { browser } from 'wxt/browser';
import { messenger } from '../../messaging/protocol';
import { openNotesPanel } from '../../platform/notes-panel';
import { readerTabCandidates } from '../../platform/reader-tab';
import { startNoteFromSelection } from './start-note';

/** The keyboard commands of the manifest, registered once. */
export function registerCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'add-note') {
      // At once, while the key press still counts as a user action.
      void openNotesPanel(tab?.windowId);
    }
    void (async () => {
      const tabId = tab?.id ?? (await readerTabCandidates())[0];
      if (tabId === undefined) return;
      if (command === 'next-term')
        await messenger.sendMessage('showNextTerm', undefined, tabId).catch(() => false);
      if (command === 'add-note') await startNoteFromSelection(tab ?? { id: tabId }, 0);
    })();
  });
}
