import { browser } from 'wxt/browser';
import { normalizePageUrl } from '../core/page-url';
import { messenger } from '../messaging/protocol';
import { PageDescriptionSchema, validPayload } from '../messaging/schemas';

interface TabLike {
  id?: number;
  url?: string;
  lastAccessed?: number;
}

/** How many recently used tabs to consider when Glosa's own page is the active one. */
const RECENT_TABS = 5;

function isOwnPage(tab: TabLike): boolean {
  return tab.url?.startsWith(browser.runtime.getURL('/')) ?? false;
}

/**
 * The tabs that may be the page the reader is reading, best first: the active tab of the last focused
 * window; when that is one of Glosa's own pages (the popup or the notes panel opened as a tab or a window
 * of its own), the web pages used last before it. Tab URLs are hidden without the "tabs" permission
 * (only Glosa's own are visible), so which of them is a web page Glosa runs on is for their content
 * scripts to say. The one place that answers "which tab is the reader on".
 */
export async function readerTabCandidates(): Promise<number[]> {
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (active?.id !== undefined && !isOwnPage(active)) return [active.id];
  return ((await browser.tabs.query({})) as TabLike[])
    .filter((tab) => tab.id !== undefined && !isOwnPage(tab))
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))
    .slice(0, RECENT_TABS)
    .map((tab) => tab.id as number);
}

/** A tab's web page as its own content script describes it (address normalized); null where none answers. */
export interface DescribedPage {
  tabId: number;
  url: string;
  title: string;
}

/**
 * Tab URLs are hidden without the "tabs" permission (which would read as "your browsing history"), so the
 * page's content script says which page it is. Pages without Glosa (browser pages) say nothing.
 */
export async function describeTab(tabId: number): Promise<DescribedPage | null> {
  const reply = await messenger
    .sendMessage('describePage', undefined, { tabId, frameId: 0 })
    .catch(() => null);
  const described = validPayload(PageDescriptionSchema, reply);
  const url = normalizePageUrl(described?.url);
  return url ? { tabId, url, title: described?.title || url } : null;
}
