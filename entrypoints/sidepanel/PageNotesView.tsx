import type { ComponentChildren } from 'preact';
import type { NotesStrings } from '../../components/strings/notes';
import type { PageTermCount } from '../../core/marks/page-terms';
import type { Note } from '../../core/notes/note-model';
import { PageTerms } from './PageTerms';
import type { ReadingPage } from './reading-page';

/** The list shows this many notes, then all on request: a panel opens fast on a page with many notes. */
const LIST_PAGE = 100;

export interface PageNotesViewProps {
  text: NotesStrings;
  page: ReadingPage | null;
  notes: readonly Note[];
  terms: readonly PageTermCount[] | null;
  showAll: boolean;
  termName(termId: string): string;
  renderNote(note: Note): ComponentChildren;
  onShowAll(): void;
  onShowTerm?(entryId: string): void;
}

/** "This page": the notes of the page in front of the reader, then the glossary terms marked on it. */
export function PageNotesView({
  text,
  page,
  notes,
  terms,
  showAll,
  termName,
  renderNote,
  onShowAll,
  onShowTerm,
}: PageNotesViewProps) {
  return (
    <section role="tabpanel" id="panel-page" aria-labelledby="tab-page" class="notes-app__list">
      <h2 class="notes-app__page-title">{page ? page.title : text.noPageOpen}</h2>
      {page && notes.length === 0 && <p class="notes-app__empty">{text.noNotesOnPage}</p>}
      {(showAll ? notes : notes.slice(0, LIST_PAGE)).map(renderNote)}
      {!showAll && notes.length > LIST_PAGE && (
        <button type="button" class="show-all" onClick={onShowAll}>
          {text.showAll(notes.length)}
        </button>
      )}
      {page && terms && <PageTerms text={text} terms={terms} termName={termName} onShowTerm={onShowTerm} />}
    </section>
  );
}
