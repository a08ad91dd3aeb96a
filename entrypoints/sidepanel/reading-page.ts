import { type ReadonlySignal, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { noteAnchorsItem } from '../../messaging/channels';
import { type DescribedPage, describeTab, readerTabCandidates } from '../../platform/reader-tab';

/** The page the reader is on: the active web page of the focused window. */
export type ReadingPage = DescribedPage;

async function findReadingPage(): Promise<ReadingPage | null> {
  for (const tabId of await readerTabCandidates()) {
    const page = await describeTab(tabId).catch(() => null);
    if (page) return page;
  }
  return null;
}

/** Follows tab switches, navigations and window focus, as a signal. */
export function trackReadingPage(): ReadonlySignal<ReadingPage | null> {
  const page = signal<ReadingPage | null>(null);
  let request = 0;
  const update = async () => {
    const mine = ++request;
    const found = await findReadingPage().catch(() => null);
    if (mine !== request) return;
    const current = page.value;
    if (found?.tabId !== current?.tabId || found?.url !== current?.url || found?.title !== current?.title) {
      page.value = found;
    }
  };
  browser.tabs.onActivated.addListener(() => void update());
  browser.tabs.onUpdated.addListener(() => void update());
  browser.tabs.onRemoved.addListener(() => void update());
  browser.windows.onFocusChanged.addListener(() => void update());
  // Each page's content script reports its notes once it has started: by then it can describe itself.
  noteAnchorsItem.watch(() => void update());
  void update();
  return page;
}
