import type { NotePassage } from './note-model';

/** What a note is about when it was started from a page: the page, the passage, the terms. */
export interface NoteTarget {
  url: string;
  title: string;
  passage: NotePassage | null;
  termIds: string[];
}

/** The note being typed in the panel: kept across closing and reopening the panel. */
export interface NoteDraft {
  body: string;
  tags: string;
  /** The page and passage the draft is about, when it was started from a page. */
  target: NoteTarget | null;
}

export const EMPTY_DRAFT: NoteDraft = { body: '', tags: '', target: null };

function sameTarget(a: NoteTarget | null, b: NoteTarget | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A note started on a page arrives while the reader may be typing another. An empty draft takes it; a
 * draft with words in it never changes what it is about silently: the new target is offered instead,
 * and the reader chooses (DraftSection).
 */
export function receiveStartedNote(
  draft: NoteDraft,
  incoming: NoteTarget,
): { draft: NoteDraft; offer: NoteTarget | null } {
  const typed = draft.body.trim() !== '' || draft.tags.trim() !== '';
  if (!typed || sameTarget(draft.target, incoming))
    return { draft: { ...draft, target: incoming }, offer: null };
  return { draft, offer: incoming };
}
