import { normalizePageUrl } from '../../core/page-url';
import { storePendingNote } from '../../messaging/channels';
import { messenger, type NoteStart } from '../../messaging/protocol';
import { NoteStartSchema, PageDescriptionSchema, validPayload } from '../../messaging/schemas';

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
  // Replies come from a page's content script: each is checked before use.
  const described = tab.url
    ? undefined
    : validPayload(
        PageDescriptionSchema,
        await messenger
          .sendMessage('describePage', undefined, { tabId: tab.id, frameId: 0 })
          .catch(() => null),
      );
  const url = normalizePageUrl(tab.url ?? described?.url);
  if (!url) return;
  // No content script here (a page opened before install) answers nothing: the bare text below is kept.
  let start: NoteStart | null =
    validPayload(
      NoteStartSchema,
      await messenger
        .sendMessage('readSelectionForNote', undefined, { tabId: tab.id, frameId })
        .catch(() => null),
    ) ?? null;
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
