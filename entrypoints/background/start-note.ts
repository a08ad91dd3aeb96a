import { normalizePageUrl } from '../../core/page-url';
import { storePendingNote } from '../../messaging/channels';
import { messenger, type NoteStart } from '../../messaging/protocol';

interface TabLike {
  id?: number;
  url?: string;
  title?: string;
}

/** Asks the page for its selected passage (with context), then hands it to the panel as a new note. */
export async function startNoteFromSelection(
  tab: TabLike | undefined,
  frameId: number,
  selectionText?: string,
): Promise<void> {
  if (tab?.id === undefined) return;
  // activeTab shows the URL after a menu click or a command; the page itself can say it too.
  const described = tab.url
    ? undefined
    : await messenger
        .sendMessage('describePage', undefined, { tabId: tab.id, frameId: 0 })
        .catch(() => undefined);
  const url = normalizePageUrl(tab.url ?? described?.url);
  if (!url) return;
  let start: NoteStart | null = null;
  try {
    start = await messenger.sendMessage('readSelectionForNote', undefined, { tabId: tab.id, frameId });
  } catch {
    start = null; // no content script here (a page opened before install): keep the bare text below
  }
  if (!start && selectionText) {
    const exact = selectionText.trim();
    start = {
      passage: { quote: { exact, prefix: '', suffix: '' }, position: { start: 0, end: exact.length } },
      termIds: [],
      title: '',
    };
  }
  await storePendingNote(
    url,
    tab.title || start?.title || url,
    start ?? { passage: null, termIds: [], title: '' },
  );
}
