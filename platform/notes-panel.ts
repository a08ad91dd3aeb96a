import { browser } from 'wxt/browser';

interface ChromeSidePanel {
  open(options: { windowId: number }): Promise<void>;
}
interface FirefoxSidebarAction {
  open(): Promise<void>;
}
interface RuntimeContexts {
  getContexts?(filter: { documentUrls?: string[] }): Promise<unknown[]>;
}

const PANEL_PATH = '/sidepanel.html';

function panelApis(): { sidePanel?: ChromeSidePanel; sidebarAction?: FirefoxSidebarAction } {
  return browser as unknown as { sidePanel?: ChromeSidePanel; sidebarAction?: FirefoxSidebarAction };
}

/** Whether a notes panel is open anywhere (side panel, sidebar, or the page opened as a tab/window). */
async function panelIsOpen(): Promise<boolean> {
  const url = browser.runtime.getURL(PANEL_PATH);
  const runtime = browser.runtime as unknown as RuntimeContexts;
  if (typeof runtime.getContexts === 'function') {
    return (await runtime.getContexts({ documentUrls: [url] })).length > 0;
  }
  const extension = browser.extension as unknown as { getViews?(): Window[] } | undefined;
  return (extension?.getViews?.() ?? []).some((view) => view.location.pathname === PANEL_PATH);
}

/**
 * Opens the notes panel: Chrome's side panel, Firefox's sidebar. Browsers allow it only while handling
 * a user action, so callers call this before any await in their handler. Chrome counts a reader's click
 * in a content script whose message arrives here; Firefox does not (a message is not a user action
 * there): then, unless a panel is open already, the panel opens in a small window of its own, so the
 * reader is never left without it. Callers reach here only from a reader's gesture (see the content
 * script's trusted-event checks and the background's per-tab limit).
 */
export function openNotesPanel(windowId: number | undefined): Promise<void> {
  const { sidePanel, sidebarAction } = panelApis();
  let opening: Promise<void>;
  try {
    if (sidebarAction) opening = sidebarAction.open();
    else if (sidePanel && windowId !== undefined) opening = sidePanel.open({ windowId });
    else if (sidePanel)
      opening = browser.windows.getCurrent().then((window) => sidePanel.open({ windowId: window.id ?? -1 }));
    else opening = Promise.reject(new Error('no side panel API'));
  } catch (error) {
    opening = Promise.reject(error);
  }
  return opening.catch(async () => {
    if (await panelIsOpen()) return;
    await browser.windows.create({
      url: browser.runtime.getURL(PANEL_PATH),
      type: 'popup',
      width: 420,
      height: 720,
    });
  });
}
