/**
 * The named channels between worlds that are not messages: small items in extension storage that one
 * world writes and others watch, so a page that opens later (or twice) sees the latest value, and
 * watches it live. Together with protocol.ts and term-index-item.ts (the term index content scripts
 * read at page load), the map of everything that crosses between worlds.
 */
import { storage } from 'wxt/utils/storage';
import type { NotePassage } from '../core/notes/note-model';
import { OWN_TERMS_CHANGED_KEY } from './term-index-item';

/** A note the reader started from a page (popover "Add note", context menu, command). */
export interface PendingNote {
  url: string;
  title: string;
  passage: NotePassage | null;
  termIds: string[];
  at: number;
}

export interface TabAnchors {
  url: string;
  orphaned: string[];
}

/** background → side panel: a note started on a page, for the panel's editor. */
export const pendingNoteItem = storage.defineItem<PendingNote | null>('session:notePending', {
  fallback: null,
});
/** background → side panel: the note whose passage the reader clicked, to show and focus. */
export const focusNoteItem = storage.defineItem<{ noteId: string; at: number } | null>('session:noteFocus', {
  fallback: null,
});
/** background → side panel: per tab id, the notes of its page that the content script could not find. */
export const noteAnchorsItem = storage.defineItem<Record<string, TabAnchors>>('session:noteAnchors', {
  fallback: {},
});
/** background → popup: a query the context menu hands over when nothing on the page was close enough. */
export const pendingLookupItem = storage.defineItem<string | null>('session:pendingLookup', {
  fallback: null,
});
/** background → extension pages: the reader's glossary was rebuilt (own terms changed); names may differ. */
export const glossaryVersionItem = storage.defineItem<number>('session:glossaryVersion', { fallback: 0 });

/** options → background: the reader's own terms changed (see OWN_TERMS_CHANGED_KEY). */
export const ownTermsChangedItem = storage.defineItem<number>(`local:${OWN_TERMS_CHANGED_KEY}`, {
  fallback: 0,
});

/**
 * Records that the reader's own terms changed, in one storage write (nothing to await before it, so a
 * page closing at once still sends it). Sub-millisecond time: two changes in a millisecond are two.
 */
export function recordOwnTermsChanged(): Promise<void> {
  return ownTermsChangedItem.setValue(performance.timeOrigin + performance.now());
}

/** Records a note started on a page; the side panel takes it into its editor. */
export async function storePendingNote(
  url: string,
  title: string,
  start: { passage: NotePassage | null; termIds: string[] },
): Promise<void> {
  await pendingNoteItem.setValue({
    url,
    title,
    passage: start.passage,
    termIds: start.termIds,
    at: Date.now(),
  });
}
