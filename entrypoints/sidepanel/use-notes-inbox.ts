import { type Signal, useSignal, useSignalEffect } from '@preact/signals';
import { useEffect, useLayoutEffect } from 'preact/hooks';
import { EMPTY_DRAFT, type NoteDraft, type NoteTarget, receiveStartedNote } from '../../core/notes/draft';
import { loadDraft, saveDraft } from '../../data/draft-store';
import type { NotesDatabase } from '../../data/notes-db';
import {
  focusNoteItem,
  noteAnchorsItem,
  type PendingNote,
  pendingNoteItem,
  type TabAnchors,
} from '../../messaging/channels';

/** A note started from a page is taken into the editor if the panel sees it within this time. */
const PENDING_FRESH_MS = 10 * 60_000;
/** The draft is saved this long after the reader's last change. */
const DRAFT_SAVE_DELAY_MS = 200;

export interface NotesInbox {
  /** The note being typed: loaded once, saved shortly after each change, so it survives closing the panel. */
  draft: Signal<NoteDraft>;
  /** A passage started on a page while the draft was about another: the reader chooses. */
  offer: Signal<NoteTarget | null>;
  /** The note whose passage the reader clicked on a page. */
  focusId: Signal<string | null>;
  /** Per tab: the notes of its page whose passage is gone. */
  anchors: Signal<Record<string, TabAnchors>>;
}

/**
 * What reaches the panel from other worlds through the channels: notes started on a page (popover,
 * context menu, command) come in as the draft's target (or as an offer, when the reader is typing
 * another note), a clicked passage names the note to show, and each tab reports which of its notes it
 * could not find. `onNoteStarted` runs when a started note was taken into the editor.
 */
export function useNotesInbox(db: NotesDatabase, onNoteStarted: () => void): NotesInbox {
  const draft = useSignal<NoteDraft>(EMPTY_DRAFT);
  const draftLoaded = useSignal(false);
  const offer = useSignal<NoteTarget | null>(null);
  const focusId = useSignal<string | null>(null);
  const anchors = useSignal<Record<string, TabAnchors>>({});

  useEffect(() => {
    void loadDraft(db)
      .catch(() => null)
      .then((stored) => {
        const untouched = !draft.value.body && !draft.value.tags && !draft.value.target;
        if (stored && untouched) draft.value = stored;
        draftLoaded.value = true;
      });
  }, [db]);
  useSignalEffect(() => {
    const value = draft.value;
    if (!draftLoaded.value) return;
    const timer = setTimeout(() => void saveDraft(db, value).catch(() => {}), DRAFT_SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  });

  // Subscribed in the task that first shows the panel, not after its first paint: a note started the
  // moment the panel appears is not missed when another open panel takes it first and clears it.
  useLayoutEffect(() => {
    const take = (pending: PendingNote | null) => {
      if (!pending || Date.now() - pending.at > PENDING_FRESH_MS) return;
      const { at: _at, ...target } = pending;
      const received = receiveStartedNote(draft.value, target);
      draft.value = received.draft;
      offer.value = received.offer;
      void pendingNoteItem.setValue(null);
      if (!received.offer) onNoteStarted();
    };
    void pendingNoteItem.getValue().then(take);
    void noteAnchorsItem.getValue().then((value) => {
      anchors.value = value;
    });
    const unwatch = [
      pendingNoteItem.watch(take),
      focusNoteItem.watch((focus) => {
        if (focus) focusId.value = focus.noteId;
      }),
      noteAnchorsItem.watch((value) => {
        anchors.value = value ?? {};
      }),
    ];
    return () => {
      for (const stop of unwatch) stop();
    };
  }, []);

  return { draft, offer, focusId, anchors };
}
