import { browser } from 'wxt/browser';
import { messenger, type PageStatus } from '../../messaging/protocol';

/**
 * The tab the reader is looking at: the active tab, or, when this page is itself open in a tab, the
 * tab used last before it. URLs are not needed (nor visible without the "tabs" permission): the page's
 * own content script reports its site.
 */
async function readerTabId(): Promise<number | undefined> {
  const self = await browser.tabs.getCurrent();
  if (!self) {
    const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    return active?.id;
  }
  const others = (await browser.tabs.query({})).filter((tab) => tab.id !== self.id);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id;
}

export interface CurrentPage {
  tabId: number;
  status: PageStatus;
}

/** What Glosa does on the reader's page, asked of its top frame; null where Glosa does not run. */
export async function currentPage(): Promise<CurrentPage | null> {
  const tabId = await readerTabId().catch(() => undefined);
  if (tabId === undefined) return null;
  const status = await messenger
    .sendMessage('getPageStatus', undefined, { tabId, frameId: 0 })
    .catch(() => null);
  return status ? { tabId, status } : null;
}
