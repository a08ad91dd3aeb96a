import { browser } from 'wxt/browser';
import { closestEntries, SELECTION_LIMIT } from '../../core/search/lookup';
import { pendingLookupItem } from '../../messaging/channels';
import { messenger } from '../../messaging/protocol';
import { readerGlossary } from './reader-glossary';

/** The popup's search, prefilled; a tab with it where a popup cannot be opened from here. */
async function openPopupSearch(query: string): Promise<void> {
  await pendingLookupItem.setValue(query);
  try {
    await browser.action.openPopup();
  } catch {
    await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
  }
}

/**
 * "Look up “selection” in Glosa": the popover for the entry the selection names on that page (the page
 * chooses among entries sharing the name), or the popup's search.
 */
export async function lookUpSelection(
  selection: string,
  tab: { id?: number } | undefined,
  frameId: number | undefined,
): Promise<void> {
  const query = selection.trim().slice(0, SELECTION_LIMIT);
  if (!query) return;
  const entries = closestEntries((await readerGlossary()).search, query);
  if (entries.length > 0 && tab?.id !== undefined) {
    const entryIds = entries.map((entry) => entry.id);
    const shown = await messenger
      .sendMessage('showEntryAtSelection', entryIds, { tabId: tab.id, frameId: frameId ?? 0 })
      .catch(() => false);
    if (shown) return;
  }
  await openPopupSearch(query);
}
