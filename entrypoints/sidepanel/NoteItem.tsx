import { NoteCard } from '../../components/NoteCard';
import { NoteEditor } from '../../components/NoteEditor';
import type { NotesStrings } from '../../components/strings/notes';
import type { Note } from '../../core/notes/note-model';
import type { NoteActions } from './use-note-actions';

export interface NoteItemProps {
  note: Note;
  text: NotesStrings;
  actions: NoteActions;
  termName(termId: string): string;
  showPage: boolean;
  orphaned: boolean;
  highlighted: boolean;
  onShowPassage?(): void;
}

/** One note of a list: its card, or the card's editor while the reader edits it in place. */
export function NoteItem({
  note,
  text,
  actions,
  termName,
  showPage,
  orphaned,
  highlighted,
  onShowPassage,
}: NoteItemProps) {
  const edit = actions.editing.value;
  if (edit?.id === note.id) {
    return (
      <article class="note-card note-card--editing" aria-label={text.editingNote} data-note-id={note.id}>
        <NoteEditor
          text={text}
          label={text.editNoteLabel}
          submitLabel={text.saveChanges}
          quote={note.passage?.quote.exact}
          body={edit.body}
          tags={edit.tags}
          autoFocus
          onBodyInput={(body) => {
            actions.editing.value = { ...edit, body };
          }}
          onTagsInput={(tags) => {
            actions.editing.value = { ...edit, tags };
          }}
          onSubmit={() => void actions.saveEdit()}
          onCancel={() => {
            actions.editing.value = null;
          }}
        />
      </article>
    );
  }
  return (
    <NoteCard
      note={note}
      text={text}
      termName={termName}
      showPage={showPage}
      orphaned={orphaned}
      highlighted={highlighted}
      onEdit={() => {
        actions.editing.value = { id: note.id, body: note.body, tags: note.tags.join(', ') };
      }}
      onDelete={() => void actions.remove(note)}
      onShowPassage={onShowPassage}
    />
  );
}
