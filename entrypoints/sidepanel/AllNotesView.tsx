import type { Signal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import type { NotesStrings } from '../../components/strings/notes';
import { type Grouping, groupNotes } from '../../core/notes/grouping';
import type { Note } from '../../core/notes/note-model';
import type { NotesPage } from '../../data/notes-store';

export interface AllNotesViewProps {
  text: NotesStrings;
  query: Signal<string>;
  grouping: Signal<Grouping>;
  found: NotesPage;
  termName(termId: string): string;
  renderNote(note: Note, showPage: boolean): ComponentChildren;
  onShowMore(): void;
}

/** "All notes": search as you type, grouped by page or by term, more on request. */
export function AllNotesView({
  text,
  query,
  grouping,
  found,
  termName,
  renderNote,
  onShowMore,
}: AllNotesViewProps) {
  return (
    <section role="tabpanel" id="panel-all" aria-labelledby="tab-all" class="notes-app__list">
      <div class="notes-app__search">
        <label>
          {text.searchNotes}
          <input
            type="search"
            value={query.value}
            onInput={(event) => {
              query.value = event.currentTarget.value;
            }}
          />
        </label>
        <label>
          {text.groupBy}
          <select
            value={grouping.value}
            onChange={(event) => {
              grouping.value = event.currentTarget.value as Grouping;
            }}
          >
            <option value="page">{text.groupByPage}</option>
            <option value="term">{text.groupByTerm}</option>
          </select>
        </label>
      </div>
      {found.total === 0 && (
        <p class="notes-app__empty">{query.value.trim() ? text.noMatches : text.noNotes}</p>
      )}
      {groupNotes(found.notes, grouping.value, termName, text.noTerm).map((group) => (
        <section key={group.key} class="notes-app__group" aria-label={group.title}>
          <h2>{group.title}</h2>
          {group.notes.map((note) => renderNote(note, grouping.value === 'term'))}
        </section>
      ))}
      {found.total > found.notes.length && (
        <button type="button" class="show-all" onClick={onShowMore}>
          {text.showMore(found.total - found.notes.length)}
        </button>
      )}
    </section>
  );
}
