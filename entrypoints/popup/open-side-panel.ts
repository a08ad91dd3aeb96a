import { browser } from 'wxt/browser';

/** Opens Glosa's notes: Chrome's side panel, Firefox's sidebar. Must run in a user gesture. */
export async function openSidePanel(windowId?: number): Promise<void> {
  const api = browser as unknown as {
    sidePanel?: { open(options: { windowId: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  if (api.sidebarAction) {
    await api.sidebarAction.open();
    return;
  }
  const id = windowId ?? (await browser.windows.getCurrent()).id;
  if (api.sidePanel && id !== undefined) await api.sidePanel.open({ windowId: id });
}
