import { type ReadonlySignal, useComputed, useSignal, useSignalEffect } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { importRefusalText, type Messages } from '../../components/messages';
import { NoteCard } from '../../components/NoteCard';
import { NoteEditor } from '../../components/NoteEditor';
import { type ExportFormat, NotesExportImport } from '../../components/NotesExportImport';
import type { PageTermCount } from '../../core/marks/page-terms';
import { MAX_BACKUP_BYTES } from '../../core/notes/backup';
import { parseBackup } from '../../core/notes/import';
import { type Note, parseTags } from '../../core/notes/note-model';
import { prepareSearchWords } from '../../core/notes/search';
import type { NotesDatabase } from '../../data/notes-db';
import {
  focusNoteItem,
  type NoteDraft,
  noteAnchorsItem,
  noteDraftItem,
  pendingNoteItem,
  type TabAnchors,
} from '../../data/notes-session';
import {
  addNote,
  allNotes,
  deleteNote,
  fillPendingWords,
  importNotes,
  type NotesPage,
  notesForUrl,
  recencyRank,
  restoreNote,
  searchNotes,
  updateNote,
} from '../../data/notes-store';
import { useLiveSignal } from '../../hooks/live-signal';
import { buildExport, downloadFile } from './notes-files';
import type { ReadingPage } from './reading-page';

export interface NotesAppProps {
  db: NotesDatabase;
  readingPage: ReadonlySignal<ReadingPage | null>;
  /** The UI strings, in the reader's language. */
  messages: Messages;
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

type View = 'page' | 'all';
type Grouping = 'page' | 'term';

const EMPTY_DRAFT: NoteDraft = { body: '', tags: '', target: null };
/** A note started from a page is taken into the editor if the panel sees it within this time. */
const PENDING_FRESH_MS = 10 * 60_000;
/** Lists show this many notes, then more on request: a panel opens fast with 10,000 notes. */
const LIST_PAGE = 100;
const NO_NOTES: NotesPage = { notes: [], total: 0 };
/**
 * The page's marks change as it loads more (infinite scroll, late content) and as settings change,
 * and a page cannot message the panel; so the panel asks again this often while it is visible.
 */
const PAGE_TERMS_REFRESH_MS = 2_000;

function describeError(error: unknown, text: Messages['notes']): string {
  const name = (error as { name?: string } | null)?.name ?? '';
  if (name === 'QuotaExceededError' || /quota/i.test(String(error))) return text.noStorageSpace;
  if (name === 'DatabaseClosedError' || /closed/i.test(String(error))) return text.databaseClosed;
  return (error as Error | null)?.message || text.unknownError;
}

function groupNotes(
  notes: readonly Note[],
  grouping: Grouping,
  termName: (id: string) => string,
  noTerm: string,
) {
  const groups = new Map<string, { title: string; notes: Note[] }>();
  const add = (key: string, title: string, note: Note) => {
    const group = groups.get(key);
    if (group) group.notes.push(note);
    else groups.set(key, { title, notes: [note] });
  };
  for (const note of notes) {
    if (grouping === 'page') add(note.url, note.title || note.url, note);
    else if (note.termIds.length === 0) add('', noTerm, note);
    else for (const termId of note.termIds) add(termId, termName(termId), note);
  }
  return [...groups.entries()].map(([key, group]) => ({ key, ...group }));
}

/** The side panel: write a note on the page at hand, see its notes, find any note again. */
export function NotesApp({
  db,
  readingPage,
  messages,
  termName,
  onNotesChanged,
  onShowPassage,
  loadPageTerms,
  onShowTerm,
}: NotesAppProps) {
  const text = messages.notes;
  const view = useSignal<View>('page');
  const draft = useSignal<NoteDraft>(EMPTY_DRAFT);
  const draftLoaded = useSignal(false);
  const busy = useSignal(false);
  const alertText = useSignal('');
  const statusText = useSignal('');
  const undo = useSignal<Note | null>(null);
  const editing = useSignal<{ id: string; body: string; tags: string } | null>(null);
  const query = useSignal('');
  const grouping = useSignal<Grouping>('page');
  const focusId = useSignal<string | null>(null);
  const anchors = useSignal<Record<string, TabAnchors>>({});
  const showAll = useSignal(false);
  /** How many of all notes (or of the matches) the list shows: more on request. */
  const shown = useSignal(LIST_PAGE);
  const editorBox = useRef<HTMLDivElement>(null);
  /** Terms marked on the reading page; null until the page has answered. */
  const pageTerms = useSignal<PageTermCount[] | null>(null);

  const pageUrl = readingPage.value?.url ?? '';
  const pageTabId = readingPage.value?.tabId;
  const pageNotes = useLiveSignal(
    () => (pageUrl ? notesForUrl(db, pageUrl) : Promise.resolve([])),
    [db, pageUrl],
    [],
  );
  // "All notes" is where the reader searches: every note is read once (and again after a change), so
  // each keystroke is answered in memory; reading the words index per keystroke takes a real browser
  // hundreds of milliseconds at 10,000 notes (bench/notes-browser.ts).
  const loaded = useLiveSignal<Note[] | undefined>(
    () => (view.value === 'all' ? allNotes(db) : Promise.resolve(undefined)),
    [db, view.value],
    undefined,
  );
  // Until then: recency order from the index alone, so a search loads only the notes it shows.
  const rank = useLiveSignal<Map<string, number> | undefined>(
    () => (view.value === 'all' && !loaded.value ? recencyRank(db) : Promise.resolve(undefined)),
    [db, view.value, loaded.value === undefined],
    undefined,
  );
  const searched = useLiveSignal<NotesPage>(
    () =>
      view.value === 'all'
        ? searchNotes(db, query.value, shown.value, rank.value, loaded.value)
        : Promise.resolve(NO_NOTES),
    [db, view.value, query.value, shown.value, rank.value, loaded.value],
    NO_NOTES,
  );
  const orphaned = useComputed(() => {
    const page = readingPage.value;
    const entry = page ? anchors.value[String(page.tabId)] : undefined;
    return new Set(entry && entry.url === page?.url ? entry.orphaned : []);
  });

  // An import leaves its notes' search words to be written after it; a run cut short by closing the panel
  // goes on here. Until they are written, search reads the notes instead of the index (slower, same answer),
  // so a failure (a full disk) is retried at the next opening rather than shown.
  useEffect(() => {
    fillPendingWords(db).catch(() => undefined);
  }, [db]);
  // The notes of an import, read before their words are written, get them worked out between frames.
  const loadedNotes = loaded.value;
  useEffect(() => {
    if (!loadedNotes) return;
    let stopped = false;
    void prepareSearchWords(
      loadedNotes,
      () => new Promise((resolve) => setTimeout(resolve, 0)),
      () => stopped,
    );
    return () => {
      stopped = true;
    };
  }, [loadedNotes]);

  useEffect(() => {
    pageTerms.value = null;
    const page = readingPage.peek();
    if (!page || !loadPageTerms) return;
    let stopped = false;
    const refresh = async () => {
      if (document.visibilityState === 'hidden') return;
      const terms = await loadPageTerms(page).catch(() => null);
      if (stopped || !terms) return;
      if (JSON.stringify(terms) !== JSON.stringify(pageTerms.peek())) pageTerms.value = terms;
    };
    void refresh();
    const timer = setInterval(() => void refresh(), PAGE_TERMS_REFRESH_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [pageTabId, pageUrl, loadPageTerms]);

  // The draft survives closing the panel: loaded once, then saved shortly after each change.
  useEffect(() => {
    void noteDraftItem.getValue().then((stored) => {
      if (stored && !draft.value.body && !draft.value.tags && !draft.value.target) draft.value = stored;
      draftLoaded.value = true;
    });
  }, []);
  useSignalEffect(() => {
    const value = draft.value;
    if (!draftLoaded.value) return;
    const timer = setTimeout(() => void noteDraftItem.setValue(value).catch(() => {}), 200);
    return () => clearTimeout(timer);
  });

  // Notes started on a page (popover, context menu, command) come in as the draft's passage.
  useEffect(() => {
    const take = (pending: Awaited<ReturnType<typeof pendingNoteItem.getValue>>) => {
      if (!pending || Date.now() - pending.at > PENDING_FRESH_MS) return;
      const { at: _at, ...target } = pending;
      draft.value = { ...draft.value, target };
      view.value = 'page';
      void pendingNoteItem.setValue(null);
      requestAnimationFrame(() => editorBox.current?.querySelector('textarea')?.focus());
    };
    void pendingNoteItem.getValue().then(take);
    const unwatchPending = pendingNoteItem.watch(take);
    const showFocus = (focus: { noteId: string; at: number } | null) => {
      if (focus) focusId.value = focus.noteId;
    };
    const unwatchFocus = focusNoteItem.watch(showFocus);
    void noteAnchorsItem.getValue().then((value) => {
      anchors.value = value;
    });
    const unwatchAnchors = noteAnchorsItem.watch((value) => {
      anchors.value = value ?? {};
    });
    return () => {
      unwatchPending();
      unwatchFocus();
      unwatchAnchors();
    };
  }, []);

  // A note opened from its passage: shown where it is, scrolled to and focused.
  useSignalEffect(() => {
    const id = focusId.value;
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

  const say = (status: string) => {
    alertText.value = '';
    statusText.value = status;
  };
  const fail = (message: string) => {
    statusText.value = '';
    alertText.value = message;
  };

  const save = async () => {
    const page = readingPage.value;
    const { body, tags, target } = draft.value;
    // A note started from the popup may have no page of its own (url ''): it goes to the page at hand.
    const url = target?.url || page?.url;
    if (!url) return fail(text.openPageFirst);
    if (!body.trim() && !target?.passage) return fail(text.writeFirst);
    busy.value = true;
    try {
      await addNote(db, {
        url,
        title: (target?.url ? target.title : page?.title) || url,
        passage: target?.passage ?? undefined,
        termIds: target?.termIds ?? [],
        body: body.trim(),
        tags: parseTags(tags),
      });
      draft.value = EMPTY_DRAFT;
      say(text.saved);
      onNotesChanged?.(url);
    } catch (error) {
      fail(text.saveFailed(describeError(error, text)));
    } finally {
      busy.value = false;
    }
  };

  const saveEdit = async () => {
    const edit = editing.value;
    if (!edit) return;
    try {
      const note = await updateNote(db, edit.id, { body: edit.body.trim(), tags: parseTags(edit.tags) });
      editing.value = null;
      say(text.updated);
      if (note) onNotesChanged?.(note.url);
    } catch (error) {
      fail(text.updateFailed(describeError(error, text)));
    }
  };

  const remove = async (note: Note) => {
    try {
      const removed = await deleteNote(db, note.id);
      undo.value = removed ?? null;
      say(text.deleted);
      onNotesChanged?.(note.url);
    } catch (error) {
      fail(text.deleteFailed(describeError(error, text)));
    }
  };

  const undoDelete = async () => {
    const note = undo.value;
    if (!note) return;
    try {
      await restoreNote(db, note);
      undo.value = null;
      say(text.restored);
      onNotesChanged?.(note.url);
    } catch (error) {
      fail(text.restoreFailed(describeError(error, text)));
    }
  };

  const exportNotes = async (format: ExportFormat) => {
    try {
      const notes = await db.notes.orderBy('updatedAt').toArray();
      downloadFile(buildExport(format, notes, termName));
      say(text.exported(notes.length));
    } catch (error) {
      fail(text.exportFailed(describeError(error, text)));
    }
  };

  const importFile = async (file: File) => {
    // An oversized file is refused by its size alone, before its text is read.
    let fileText = '';
    if (file.size <= MAX_BACKUP_BYTES) {
      try {
        fileText = await file.text();
      } catch {
        return fail(text.unreadableFile);
      }
    }
    const parsed = parseBackup(fileText, file.size);
    if (!parsed.ok) return fail(importRefusalText(parsed.refusal, text));
    try {
      const summary = await importNotes(db, parsed.notes);
      say(text.imported(summary.added, summary.updated, summary.unchanged));
      for (const url of new Set(parsed.notes.map((note) => note.url))) onNotesChanged?.(url);
      fillPendingWords(db).catch(() => undefined);
    } catch (error) {
      fail(text.importFailed(describeError(error, text)));
    }
  };

  const renderCard = (note: Note, showPage: boolean) => {
    const edit = editing.value;
    if (edit?.id === note.id) {
      return (
        <article
          key={note.id}
          class="note-card note-card--editing"
          aria-label={text.editingNote}
          data-note-id={note.id}
        >
          <NoteEditor
            messages={messages}
            label={text.editNoteLabel}
            submitLabel={text.saveChanges}
            quote={note.passage?.quote.exact}
            body={edit.body}
            tags={edit.tags}
            autoFocus
            onBodyInput={(body) => {
              editing.value = { ...edit, body };
            }}
            onTagsInput={(tags) => {
              editing.value = { ...edit, tags };
            }}
            onSubmit={() => void saveEdit()}
            onCancel={() => {
              editing.value = null;
            }}
          />
        </article>
      );
    }
    const page = readingPage.value;
    return (
      <NoteCard
        key={note.id}
        note={note}
        messages={messages}
        termName={termName}
        showPage={showPage}
        orphaned={note.url === page?.url && orphaned.value.has(note.id)}
        highlighted={focusId.value === note.id}
        onEdit={() => {
          editing.value = { id: note.id, body: note.body, tags: note.tags.join(', ') };
        }}
        onDelete={() => void remove(note)}
        onShowPassage={
          page && note.url === page.url && onShowPassage ? () => onShowPassage(page, note.id) : undefined
        }
      />
    );
  };

  const limit = <T,>(items: readonly T[]) => (showAll.value ? items : items.slice(0, LIST_PAGE));
  const moreButton = (total: number) =>
    !showAll.value && total > LIST_PAGE ? (
      <button
        type="button"
        class="show-all"
        onClick={() => {
          showAll.value = true;
        }}
      >
        {text.showAll(total)}
      </button>
    ) : null;

  const page = readingPage.value;
  const target = draft.value.target;
  const targetElsewhere = Boolean(target?.url) && target?.url !== page?.url;
  const tab = (id: View, label: string) => (
    <button
      type="button"
      role="tab"
      id={`tab-${id}`}
      aria-selected={view.value === id}
      aria-controls={`panel-${id}`}
      tabIndex={view.value === id ? 0 : -1}
      onClick={() => {
        view.value = id;
      }}
      onKeyDown={(event) => {
        if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
          const next: View = id === 'page' ? 'all' : 'page';
          view.value = next;
          document.getElementById(`tab-${next}`)?.focus();
        }
      }}
    >
      {label}
    </button>
  );

  return (
    <main class="notes-app">
      <header class="notes-app__header">
        <h1>{text.title}</h1>
        <NotesExportImport
          messages={messages}
          onExport={(format) => void exportNotes(format)}
          onImport={(file) => void importFile(file)}
        />
      </header>
      <div role="alert" class="notes-app__alert">
        {alertText.value}
      </div>
      <div role="status" class="notes-app__status">
        {statusText.value}
        {undo.value && (
          <button type="button" onClick={() => void undoDelete()}>
            {text.undo}
          </button>
        )}
      </div>

      <section class="notes-app__editor" aria-label={text.newNote} ref={editorBox}>
        {target && (
          <p class="notes-app__target">
            {[
              target.url ? (targetElsewhere ? text.onPage(target.title) : text.onThisPage) : '',
              target.passage ? text.passageBelow : '',
              target.termIds.length > 0 ? text.about(target.termIds.map(termName).join(', ')) : '',
            ]
              .filter(Boolean)
              .join(' · ')}{' '}
            <button
              type="button"
              onClick={() => {
                draft.value = { ...draft.value, target: null };
              }}
            >
              {target.passage ? text.removePassage : text.removeTerms}
            </button>
          </p>
        )}
        <NoteEditor
          messages={messages}
          label={text.noteLabel}
          submitLabel={text.saveNote}
          quote={target?.passage?.quote.exact}
          body={draft.value.body}
          tags={draft.value.tags}
          busy={busy.value}
          onBodyInput={(body) => {
            draft.value = { ...draft.value, body };
          }}
          onTagsInput={(tags) => {
            draft.value = { ...draft.value, tags };
          }}
          onSubmit={() => void save()}
        />
      </section>

      <div role="tablist" aria-label={text.whichNotes} class="notes-app__tabs">
        {tab('page', text.thisPage)}
        {tab('all', text.allNotes)}
      </div>

      {view.value === 'page' ? (
        <section role="tabpanel" id="panel-page" aria-labelledby="tab-page" class="notes-app__list">
          <h2 class="notes-app__page-title">{page ? page.title : text.noPageOpen}</h2>
          {page && pageNotes.value.length === 0 && <p class="notes-app__empty">{text.noNotesOnPage}</p>}
          {limit(pageNotes.value).map((note) => renderCard(note, false))}
          {moreButton(pageNotes.value.length)}
          {page && pageTerms.value && (
            <section class="page-terms" aria-labelledby="page-terms-heading">
              <h3 id="page-terms-heading">{text.termsOnPage}</h3>
              {pageTerms.value.length === 0 ? (
                <p class="notes-app__empty">{text.noTermsOnPage}</p>
              ) : (
                <ul class="page-terms__list">
                  {pageTerms.value.map(({ entryId, count }) => {
                    const name = termName(entryId);
                    return (
                      <li key={entryId}>
                        <button
                          type="button"
                          title={text.showTermOnPage(name)}
                          disabled={!onShowTerm}
                          onClick={() => onShowTerm?.(page, entryId)}
                        >
                          {name} · {count}
                        </button>
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>
          )}
        </section>
      ) : (
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
          {searched.value.total === 0 && (
            <p class="notes-app__empty">{query.value.trim() ? text.noMatches : text.noNotes}</p>
          )}
          {groupNotes(searched.value.notes, grouping.value, termName, text.noTerm).map((group) => (
            <section key={group.key} class="notes-app__group" aria-label={group.title}>
              <h2>{group.title}</h2>
              {group.notes.map((note) => renderCard(note, grouping.value === 'term'))}
            </section>
          ))}
          {searched.value.total > searched.value.notes.length && (
            <button
              type="button"
              class="show-all"
              onClick={() => {
                shown.value += LIST_PAGE;
              }}
            >
              {text.showMore(searched.value.total - searched.value.notes.length)}
            </button>
          )}
        </section>
      )}
    </main>
  );
}
