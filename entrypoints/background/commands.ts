import { browser } from 'wxt/browser';
import { messenger } from '../../messaging/protocol';

/** Keyboard commands from the manifest. */
export function registerCommands(): void {
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'next-term') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    await messenger.sendMessage('showNextTerm', undefined, tab.id).catch(() => false);
  });
}
