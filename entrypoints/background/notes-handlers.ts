import { browser } from 'wxt/browser';
import { normalizePageUrl } from '../../core/page-url';
import { notesDb } from '../../data/notes-db';
import { notesForUrl } from '../../data/notes-store';
import { focusNoteItem, noteAnchorsItem, storePendingNote } from '../../messaging/channels';
import { messenger, type PageNote } from '../../messaging/protocol';
import { NoteAnchorReportSchema, NoteIdSchema, NoteStartSchema, validPayload } from '../../messaging/schemas';
import { openNotesPanel } from '../../platform/notes-panel';
import { forgetTab, fromExtensionPage, panelOpenAllowed, senderPage } from './senders';

/** Anchor reports are written one after another, so two tabs reporting at once do not lose either. */
let anchorWrites: Promise<void> = Promise.resolve();
function updateAnchors(
  change: (anchors: Record<string, { url: string; orphaned: string[] }>) => void,
): Promise<void> {
  anchorWrites = anchorWrites
    .then(async () => {
      const anchors = { ...(await noteAnchorsItem.getValue()) };
      change(anchors);
      await noteAnchorsItem.setValue(anchors);
    })
    .catch(() => {});
  return anchorWrites;
}

/**
 * Tells only the tabs showing `url` that its notes changed. Tab URLs are hidden without the "tabs"
 * permission, but every page's content script reports its address with its anchors (noteAnchorsItem):
 * no other tab hears which page has notes.
 */
async function refreshTabsShowing(url: string): Promise<void> {
  const anchors = await noteAnchorsItem.getValue();
  await Promise.all(
    Object.entries(anchors)
      .filter(([, shown]) => shown.url === url)
      .map(([tabId]) =>
        messenger
          .sendMessage('refreshNotes', undefined, { tabId: Number(tabId), frameId: 0 })
          .catch(() => {}),
      ),
  );
}

/** Answers the content script about notes: the database lives here, in the extension's origin. */
export function registerNotesHandlers(): void {
  messenger.onMessage('getPageNotes', async ({ sender }): Promise<PageNote[]> => {
    const page = senderPage(sender);
    if (page?.frameId !== 0) return [];
    const notes = await notesForUrl(notesDb(), page.url);
    return notes.flatMap((note) => (note.passage ? [{ id: note.id, passage: note.passage }] : []));
  });

  messenger.onMessage('reportNoteAnchors', async ({ sender, data }) => {
    const page = senderPage(sender);
    if (page?.frameId !== 0) return;
    const report = validPayload(NoteAnchorReportSchema, data);
    if (!report) return;
    const { orphaned } = report;
    await updateAnchors((anchors) => {
      anchors[String(page.tabId)] = { url: page.url, orphaned };
    });
  });

  // The content script sends these only for the reader's own click (isReaderGesture); a tab may ask
  // at most once a second, so a compromised page cannot flood the reader with panels or windows.
  messenger.onMessage('startNote', async ({ sender, data }) => {
    const start = validPayload(NoteStartSchema, data);
    const page = senderPage(sender);
    if (!start || !page || !panelOpenAllowed(page.tabId)) return;
    // Then at once, while the click that sent this still counts as a user action.
    const opened = openNotesPanel(page.windowId);
    // A frame's passage belongs to the frame's own address; its title is the top page's only in the top frame.
    const title = page.title || start.title || page.url;
    await storePendingNote(page.url, title, start);
    await opened;
  });

  messenger.onMessage('openNote', async ({ sender, data }) => {
    const noteId = validPayload(NoteIdSchema, data);
    const page = senderPage(sender);
    if (noteId === undefined || !page || page.frameId !== 0 || !panelOpenAllowed(page.tabId)) return;
    const opened = openNotesPanel(page.windowId);
    await focusNoteItem.setValue({ noteId, at: Date.now() });
    await opened;
  });

  // From Glosa's own pages only: a page's script must not make other tabs read their notes again.
  messenger.onMessage('notesChanged', async ({ sender, data }) => {
    if (!fromExtensionPage(sender)) return;
    const url = normalizePageUrl(data);
    if (url) await refreshTabsShowing(url);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    forgetTab(tabId);
    void updateAnchors((anchors) => {
      delete anchors[String(tabId)];
    });
  });
}
