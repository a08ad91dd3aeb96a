/**
 * Small pieces of note state shared between background and side panel through extension storage, so
 * a panel that opens later (or twice) sees them, and watches them live.
 */
import { storage } from 'wxt/utils/storage';
import type { NotePassage } from '../core/notes/note-model';

/** A note the reader started from a page (popover "Add note", context menu, command). */
export interface PendingNote {
  url: string;
  title: string;
  passage: NotePassage | null;
  termIds: string[];
  at: number;
}

/** The note being typed in the panel: kept across closing and reopening the panel. */
export interface NoteDraft {
  body: string;
  tags: string;
  /** The page and passage the draft is about, when it was started from a page. */
  target: Omit<PendingNote, 'at'> | null;
}

export interface TabAnchors {
  url: string;
  orphaned: string[];
}

export const pendingNoteItem = storage.defineItem<PendingNote | null>('session:notePending', {
  fallback: null,
});
export const focusNoteItem = storage.defineItem<{ noteId: string; at: number } | null>('session:noteFocus', {
  fallback: null,
});
/** Per tab id: the notes of its page that the content script could not find. */
export const noteAnchorsItem = storage.defineItem<Record<string, TabAnchors>>('session:noteAnchors', {
  fallback: {},
});
export const noteDraftItem = storage.defineItem<NoteDraft | null>('local:noteDraft', { fallback: null });

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
