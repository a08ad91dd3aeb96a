import { browser } from 'wxt/browser';
import { normalizePageUrl } from '../../core/page-url';
import { notesDb } from '../../data/notes-db';
import { notesForUrl } from '../../data/notes-store';
import { focusNoteItem, noteAnchorsItem, storePendingNote } from '../../messaging/channels';
import { messenger, type PageNote } from '../../messaging/protocol';
import { NoteAnchorReportSchema, NoteIdSchema, NoteStartSchema, validPayload } from '../../messaging/schemas';
import { openNotesPanel } from '../../platform/notes-panel';

interface Sender {
  tab?: { id?: number; url?: string; title?: string; windowId?: number };
  frameId?: number;
  url?: string;
}

/**
 * The page a message speaks for, as the browser reports the sender — never message data. Without the
 * "tabs" permission Chrome leaves out sender.tab.url; sender.url of the top frame is the same address.
 */
function senderPage(sender: Sender): { url: string; tabId: number } | undefined {
  const url = normalizePageUrl(sender.tab?.url ?? ((sender.frameId ?? 0) === 0 ? sender.url : undefined));
  const tabId = sender.tab?.id;
  if (!url || tabId === undefined) return undefined;
  return { url, tabId };
}

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
 * Tells the pages showing `url` that its notes changed. Tab URLs are hidden without the "tabs"
 * permission, so every tab hears it and each page compares the URL with its own.
 */
async function refreshTabsShowing(url: string): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : messenger.sendMessage('refreshNotes', url, { tabId: tab.id, frameId: 0 }).catch(() => {}),
    ),
  );
}

/** Answers the content script about notes: the database lives here, in the extension's origin. */
export function registerNotesHandlers(): void {
  messenger.onMessage('getPageNotes', async ({ sender }): Promise<PageNote[]> => {
    const page = senderPage(sender);
    if (!page || (sender.frameId ?? 0) !== 0) return [];
    const notes = await notesForUrl(notesDb(), page.url);
    return notes.flatMap((note) => (note.passage ? [{ id: note.id, passage: note.passage }] : []));
  });

  messenger.onMessage('reportNoteAnchors', async ({ sender, data }) => {
    const page = senderPage(sender);
    if (!page || (sender.frameId ?? 0) !== 0) return;
    const report = validPayload(NoteAnchorReportSchema, data);
    if (!report) return;
    const { orphaned } = report;
    await updateAnchors((anchors) => {
      anchors[String(page.tabId)] = { url: page.url, orphaned };
    });
  });

  messenger.onMessage('startNote', async ({ sender, data }) => {
    const start = validPayload(NoteStartSchema, data);
    if (!start) return;
    // Then at once, while the click that sent this still counts as a user action.
    const opened = openNotesPanel(sender.tab?.windowId);
    const page = senderPage(sender);
    if (page) await storePendingNote(page.url, sender.tab?.title || start.title || page.url, start);
    await opened;
  });

  messenger.onMessage('openNote', async ({ sender, data }) => {
    const noteId = validPayload(NoteIdSchema, data);
    if (noteId === undefined) return;
    const opened = openNotesPanel(sender.tab?.windowId);
    await focusNoteItem.setValue({ noteId, at: Date.now() });
    await opened;
  });

  messenger.onMessage('notesChanged', async ({ data }) => {
    const url = normalizePageUrl(data);
    if (url) await refreshTabsShowing(url);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void updateAnchors((anchors) => {
      delete anchors[String(tabId)];
    });
  });
}
