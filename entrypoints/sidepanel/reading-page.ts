import { type ReadonlySignal, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { normalizePageUrl } from '../../core/page-url';
import { noteAnchorsItem } from '../../data/notes-session';
import { messenger } from '../../messaging/protocol';

/** The page the reader is on: the active web page of the focused window. */
export interface ReadingPage {
  tabId: number;
  url: string;
  title: string;
}

interface TabLike {
  id?: number;
  url?: string;
  lastAccessed?: number;
}

const OWN_PAGES = browser.runtime.getURL('/');

function isOwnPage(tab: TabLike): boolean {
  return tab.url?.startsWith(OWN_PAGES) ?? false;
}

/**
 * Tab URLs are hidden without the "tabs" permission (which would read as "your browsing history"), so
 * the page's content script says which page it is. Pages without Glosa (browser pages) say nothing.
 */
async function describeTab(tabId: number | undefined): Promise<ReadingPage | null> {
  if (tabId === undefined) return null;
  try {
    const page = await messenger.sendMessage('describePage', undefined, { tabId, frameId: 0 });
    const url = normalizePageUrl(page?.url);
    return url ? { tabId, url, title: page.title || url } : null;
  } catch {
    return null;
  }
}

/**
 * The active tab of the focused window; when that is Glosa's own page (the panel opened as a tab or a
 * window of its own), the web page the reader was on last.
 */
async function findReadingPage(): Promise<ReadingPage | null> {
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (active && !isOwnPage(active)) return describeTab(active.id);
  const recent = ((await browser.tabs.query({})) as TabLike[])
    .filter((tab) => !isOwnPage(tab))
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))
    .slice(0, 5);
  for (const tab of recent) {
    const page = await describeTab(tab.id);
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
