import { type Signal, useSignal } from '@preact/signals';
import { importRefusalText, type NotesStrings } from '../../components/strings/notes';
import { storageFailureText } from '../../components/strings/storage';
import { MAX_BACKUP_BYTES } from '../../core/notes/backup';
import type { NoteDraft } from '../../core/notes/draft';
import { EMPTY_DRAFT } from '../../core/notes/draft';
import { buildExport, type ExportFormat } from '../../core/notes/export-file';
import { parseBackup } from '../../core/notes/import';
import { type Note, parseTags } from '../../core/notes/note-model';
import { storageFailureOf } from '../../core/storage-failure';
import type { NotesDatabase } from '../../data/notes-db';
import {
  addNote,
  deleteNote,
  exportableNotes,
  fillPendingWords,
  importNotes,
  restoreNote,
  updateNote,
} from '../../data/notes-store';
import { saveFile } from '../../platform/save-file';
import type { ReadingPage } from './reading-page';

/** A note being edited in place: its id and the text as the reader is changing it. */
export interface NoteEdit {
  id: string;
  body: string;
  tags: string;
}

export interface NoteActionsContext {
  db: NotesDatabase;
  text: NotesStrings;
  termName(termId: string): string;
  draft: Signal<NoteDraft>;
  /** Notes of `url` changed: its open tabs repaint their passages. */
  onNotesChanged?(url: string): void;
}

export interface NoteActions {
  busy: Signal<boolean>;
  /** What went wrong, for role="alert"; what went right, for role="status". */
  alertText: Signal<string>;
  statusText: Signal<string>;
  /** The note just deleted, offered back with Undo. */
  undo: Signal<Note | null>;
  editing: Signal<NoteEdit | null>;
  saveDraft(page: ReadingPage | null): Promise<void>;
  saveEdit(): Promise<void>;
  remove(note: Note): Promise<void>;
  undoDelete(): Promise<void>;
  exportNotes(format: ExportFormat): Promise<void>;
  importFile(file: File): Promise<void>;
}

/**
 * Everything the panel writes: save, edit, delete with undo, import, export. Each reports in the reader's
 * language what it did, or what failed (a full disk, a closed database) with the reader's text kept.
 */
export function useNoteActions({
  db,
  text,
  termName,
  draft,
  onNotesChanged,
}: NoteActionsContext): NoteActions {
  const busy = useSignal(false);
  const alertText = useSignal('');
  const statusText = useSignal('');
  const undo = useSignal<Note | null>(null);
  const editing = useSignal<NoteEdit | null>(null);

  const say = (status: string) => {
    alertText.value = '';
    statusText.value = status;
  };
  const fail = (message: string) => {
    statusText.value = '';
    alertText.value = message;
  };
  const reason = (error: unknown) => storageFailureText(storageFailureOf(error), text.storage);

  return {
    busy,
    alertText,
    statusText,
    undo,
    editing,

    async saveDraft(page) {
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
        fail(text.saveFailed(reason(error)));
      } finally {
        busy.value = false;
      }
    },

    async saveEdit() {
      const edit = editing.value;
      if (!edit) return;
      try {
        const note = await updateNote(db, edit.id, { body: edit.body.trim(), tags: parseTags(edit.tags) });
        editing.value = null;
        say(text.updated);
        if (note) onNotesChanged?.(note.url);
      } catch (error) {
        fail(text.updateFailed(reason(error)));
      }
    },

    async remove(note) {
      try {
        const removed = await deleteNote(db, note.id);
        undo.value = removed ?? null;
        say(text.deleted);
        onNotesChanged?.(note.url);
      } catch (error) {
        fail(text.deleteFailed(reason(error)));
      }
    },

    async undoDelete() {
      const note = undo.value;
      if (!note) return;
      try {
        await restoreNote(db, note);
        undo.value = null;
        say(text.restored);
        onNotesChanged?.(note.url);
      } catch (error) {
        fail(text.restoreFailed(reason(error)));
      }
    },

    async exportNotes(format) {
      try {
        const notes = await exportableNotes(db);
        saveFile(buildExport(format, notes, termName));
        say(text.exported(notes.length));
      } catch (error) {
        fail(text.exportFailed(reason(error)));
      }
    },

    async importFile(file) {
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
        fail(text.importFailed(reason(error)));
      }
    },
  };
}
