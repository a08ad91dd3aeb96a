import { browser } from 'wxt/browser';
import { normalizePageUrl } from '../../core/page-url';

/** A message's sender as the browser reports it: never data in the message itself. */
export interface Sender {
  id?: string;
  tab?: { id?: number; url?: string; title?: string; windowId?: number };
  frameId?: number;
  url?: string;
}

/** The page a content script speaks for, its tab and frame. */
export interface SenderPage {
  url: string;
  tabId: number;
  frameId: number;
  windowId: number | undefined;
  /** The page's title when the browser reports it (activeTab), else empty. */
  title: string;
}

/**
 * The page a content script's message speaks for. A frame speaks for its own address (sender.url), never
 * for the page around it; the top frame for its tab's page (sender.tab.url, which Chrome leaves out
 * without the "tabs" permission, when sender.url of the top frame is the same address).
 */
export function senderPage(sender: Sender): SenderPage | undefined {
  const frameId = sender.frameId ?? 0;
  const tabId = sender.tab?.id;
  const url = normalizePageUrl(frameId === 0 ? (sender.tab?.url ?? sender.url) : sender.url);
  if (!url || tabId === undefined) return undefined;
  return {
    url,
    tabId,
    frameId,
    windowId: sender.tab?.windowId,
    title: frameId === 0 ? (sender.tab?.title ?? '') : '',
  };
}

/**
 * Whether the sender is one of Glosa's own pages (popup, side panel, options), not a content script:
 * messages that change what Glosa shows every page, or reach other tabs, are refused from a page.
 */
export function fromExtensionPage(sender: Sender): boolean {
  if (sender.id !== undefined && sender.id !== browser.runtime.id) return false;
  const origin = browser.runtime.getURL('/');
  return typeof sender.url === 'string' && sender.url.startsWith(origin);
}

/** A tab may open the notes panel at most this often: a compromised page cannot flood the reader. */
const PANEL_INTERVAL_MS = 1_000;
const lastPanelOpen = new Map<number, number>();

/** Whether a content script's request to open the notes panel is let through now (one per second a tab). */
export function panelOpenAllowed(tabId: number, now = Date.now()): boolean {
  const last = lastPanelOpen.get(tabId);
  if (last !== undefined && now - last < PANEL_INTERVAL_MS) return false;
  lastPanelOpen.set(tabId, now);
  return true;
}

/** Forgets a closed tab. */
export function forgetTab(tabId: number): void {
  lastPanelOpen.delete(tabId);
}
