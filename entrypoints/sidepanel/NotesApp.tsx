import { type ReadonlySignal, useComputed, useSignal, useSignalEffect } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { NotesExportImport } from '../../components/NotesExportImport';
import type { NotesStrings } from '../../components/strings/notes';
import type { PageTermCount } from '../../core/marks/page-terms';
import type { Grouping } from '../../core/notes/grouping';
import type { Note } from '../../core/notes/note-model';
import type { NotesDatabase } from '../../data/notes-db';
import { fillPendingWords, notesForUrl } from '../../data/notes-store';
import { useLiveSignal } from '../../hooks/live-signal';
import { AllNotesView } from './AllNotesView';
import { DraftSection } from './DraftSection';
import { NoteItem } from './NoteItem';
import { PageNotesView } from './PageNotesView';
import type { ReadingPage } from './reading-page';
import { useAllNotes } from './use-all-notes';
import { useNoteActions } from './use-note-actions';
import { useNotesInbox } from './use-notes-inbox';
import { usePageTerms } from './use-page-terms';
import { type View, ViewTabs } from './ViewTabs';

export interface NotesAppProps {
  db: NotesDatabase;
  readingPage: ReadonlySignal<ReadingPage | null>;
  /** The panel's words, in the reader's language. */
  text: NotesStrings;
  termName(termId: string): string;
  /** Notes of `url` changed: its open tabs repaint their passages. */
  onNotesChanged?(url: string): void;
  /** Scrolls the reading page to a note's passage. */
  onShowPassage?(page: ReadingPage, noteId: string): void;
  /** The glossary terms marked on the reading page, with counts, in reading order. */
  loadPageTerms?(page: ReadingPage): Promise<PageTermCount[]>;
  /** Scrolls the reading page to the next occurrence of a term and explains it there. */
  onShowTerm?(page: ReadingPage, entryId: string): void;
}

/** "All notes" shows this many notes, then more on request: a panel opens fast with 10,000 notes. */
const LIST_PAGE = 100;

/** The side panel: write a note on the page at hand, see its notes, find any note again. */
export function NotesApp(props: NotesAppProps) {
  const { db, readingPage, text, termName, onShowPassage, onShowTerm } = props;
  const view = useSignal<View>('page');
  const query = useSignal('');
  const grouping = useSignal<Grouping>('page');
  const showAllOfPage = useSignal(false);
  const shown = useSignal(LIST_PAGE);
  const editorBox = useRef<HTMLElement>(null);

  const inbox = useNotesInbox(db, () => {
    view.value = 'page';
    requestAnimationFrame(() => editorBox.current?.querySelector('textarea')?.focus());
  });
  const actions = useNoteActions({ ...props, draft: inbox.draft });
  const page = readingPage.value;
  const pageUrl = page?.url ?? '';
  const pageNotes = useLiveSignal(
    () => (pageUrl ? notesForUrl(db, pageUrl) : Promise.resolve([])),
    [db, pageUrl],
    [],
  );
  const pageTerms = usePageTerms(page, props.loadPageTerms);
  const found = useAllNotes(db, view.value === 'all', query.value, shown.value);
  const orphaned = useComputed(() => {
    const reading = readingPage.value;
    const entry = reading ? inbox.anchors.value[String(reading.tabId)] : undefined;
    return new Set(entry && entry.url === reading?.url ? entry.orphaned : []);
  });

  // An import leaves its notes' search words to be written after it; a run cut short by closing the panel
  // goes on here. Until they are written, search reads the notes instead of the index (slower, same answer),
  // so a failure (a full disk) is retried at the next opening rather than shown.
  useEffect(() => {
    fillPendingWords(db).catch(() => undefined);
  }, [db]);

  // A note opened from its passage: shown where it is, scrolled to and focused.
  useSignalEffect(() => {
    const id = inbox.focusId.value;
    if (!id) return;
    const onPage = pageNotes.value.some((note) => note.id === id);
    if (!onPage && view.peek() === 'page') {
      view.value = 'all';
      query.value = '';
    }
    requestAnimationFrame(() => {
      const card = document.querySelector<HTMLElement>(`[data-note-id="${CSS.escape(id)}"]`);
      card?.scrollIntoView({ block: 'center' });
      card?.focus();
    });
  });

  const renderNote = (note: Note, showPage: boolean) => (
    <NoteItem
      key={note.id}
      note={note}
      text={text}
      actions={actions}
      termName={termName}
      showPage={showPage}
      orphaned={note.url === page?.url && orphaned.value.has(note.id)}
      highlighted={inbox.focusId.value === note.id}
      onShowPassage={
        page && note.url === page.url && onShowPassage ? () => onShowPassage(page, note.id) : undefined
      }
    />
  );

  return (
    <main class="notes-app">
      <header class="notes-app__header">
        <h1>{text.title}</h1>
        <NotesExportImport
          text={text}
          onExport={(format) => void actions.exportNotes(format)}
          onImport={(file) => void actions.importFile(file)}
        />
      </header>
      <div role="alert" class="notes-app__alert">
        {actions.alertText.value}
      </div>
      <div role="status" class="notes-app__status">
        {actions.statusText.value}
        {actions.undo.value && (
          <button type="button" onClick={() => void actions.undoDelete()}>
            {text.undo}
          </button>
        )}
      </div>

      <DraftSection
        text={text}
        draft={inbox.draft}
        offer={inbox.offer}
        page={page}
        busy={actions.busy.value}
        termName={termName}
        onSave={() => void actions.saveDraft(readingPage.value)}
        sectionRef={editorBox}
      />

      <ViewTabs text={text} view={view} />

      {view.value === 'page' ? (
        <PageNotesView
          text={text}
          page={page}
          notes={pageNotes.value}
          terms={pageTerms.value}
          showAll={showAllOfPage.value}
          termName={termName}
          renderNote={(note) => renderNote(note, false)}
          onShowAll={() => {
            showAllOfPage.value = true;
          }}
          onShowTerm={page && onShowTerm ? (entryId) => onShowTerm(page, entryId) : undefined}
        />
      ) : (
        <AllNotesView
          text={text}
          query={query}
          grouping={grouping}
          found={found.value}
          termName={termName}
          renderNote={renderNote}
          onShowMore={() => {
            shown.value += LIST_PAGE;
          }}
        />
      )}
    </main>
  );
}
