import { liveQuery, type Subscription } from 'dexie';
import type { Note } from '../core/notes/note-model';
import { prepareSearchWords } from '../core/notes/search';
import type { NotesDatabase } from './notes-db';
import { allNotes, type NotesPage, recencyRank, searchNotes } from './notes-store';

/**
 * The side panel's "All notes" search. Every note is read once, and again after any change (a Dexie live
 * query, so a write in another panel counts too), and each keystroke is answered in memory: reading the
 * words index per keystroke takes a real browser hundreds of milliseconds at 10,000 notes
 * (tooling/bench/notes-browser.ts). Until the notes are read, a search goes through the words index,
 * ordered by a recency rank read from the updatedAt index alone, loading only the notes it shows. The
 * notes of an import, read before their search words are written, get them worked out between frames.
 */
export class AllNotesSearch {
  private loaded: Note[] | undefined;
  private rank: Map<string, number> | undefined;
  private readonly subscriptions: Subscription[] = [];
  private stopPreparing = false;

  /** `onChange`: the notes changed (or were read); searches should run again. */
  constructor(
    private readonly db: NotesDatabase,
    private readonly onChange: () => void,
  ) {
    this.subscriptions.push(
      liveQuery(() => allNotes(db)).subscribe({
        next: (notes) => this.take(notes),
        error: () => {},
      }),
      liveQuery(() => (this.loaded ? Promise.resolve(undefined) : recencyRank(db))).subscribe({
        next: (rank) => {
          if (this.loaded || !rank) return;
          this.rank = rank;
          this.onChange();
        },
        error: () => {},
      }),
    );
  }

  /** One page of notes, most recently changed first: every note, or those matching `query`. */
  search(query: string, limit: number): Promise<NotesPage> {
    return searchNotes(this.db, query, limit, this.rank, this.loaded);
  }

  dispose(): void {
    this.stopPreparing = true;
    for (const subscription of this.subscriptions) subscription.unsubscribe();
  }

  private take(notes: Note[]): void {
    this.loaded = notes;
    this.onChange();
    void prepareSearchWords(
      notes,
      () => new Promise((resolve) => setTimeout(resolve, 0)),
      () => this.stopPreparing || this.loaded !== notes,
    );
  }
}
