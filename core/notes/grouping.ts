import type { Note } from './note-model';

export type Grouping = 'page' | 'term';

export interface NoteGroup {
  key: string;
  title: string;
  notes: Note[];
}

/**
 * "All notes" grouped by page (titled by the page's title) or by term (a note about two terms is in
 * both groups; notes about none in one group titled `noTerm`). Groups keep the notes' order and come
 * in the order of their first note.
 */
export function groupNotes(
  notes: readonly Note[],
  grouping: Grouping,
  termName: (id: string) => string,
  noTerm: string,
): NoteGroup[] {
  const groups = new Map<string, NoteGroup>();
  const add = (key: string, title: string, note: Note) => {
    const group = groups.get(key);
    if (group) group.notes.push(note);
    else groups.set(key, { key, title, notes: [note] });
  };
  for (const note of notes) {
    if (grouping === 'page') add(note.url, note.title || note.url, note);
    else if (note.termIds.length === 0) add('', noTerm, note);
    else for (const termId of note.termIds) add(termId, termName(termId), note);
  }
  return [...groups.values()];
}
