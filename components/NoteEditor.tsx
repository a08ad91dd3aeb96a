import { useState } from 'preact/hooks';
import type { NotesStrings } from './strings/notes';

/** Unique per document even with two Preact roots in it (useId is per root). */
let editorsCreated = 0;

export interface NoteEditorProps {
  text: NotesStrings;
  /** The textbox's accessible name: "Note" for a new note, "Edit note" when editing one. */
  label: string;
  submitLabel: string;
  body: string;
  tags: string;
  /** The passage the note is about, shown above the textbox. */
  quote?: string;
  busy?: boolean;
  autoFocus?: boolean;
  onBodyInput(body: string): void;
  onTagsInput(tags: string): void;
  onSubmit(): void;
  onCancel?(): void;
}

/** The note form: passage (if any), text, tags. Ctrl/Cmd+Enter saves; Escape cancels an edit. */
export function NoteEditor(props: NoteEditorProps) {
  const [id] = useState(() => `note-editor-${++editorsCreated}`);
  const submit = (event: Event) => {
    event.preventDefault();
    if (!props.busy) props.onSubmit();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit(event);
    else if (event.key === 'Escape' && props.onCancel) {
      event.preventDefault();
      props.onCancel();
    }
  };
  return (
    <form class="note-editor" onSubmit={submit} onKeyDown={onKeyDown}>
      {props.quote && <blockquote class="note-quote">{props.quote}</blockquote>}
      <label for={`${id}-body`}>{props.label}</label>
      <textarea
        id={`${id}-body`}
        rows={4}
        value={props.body}
        // biome-ignore lint/a11y/noAutofocus: the editor opens because the reader asked to write
        autoFocus={props.autoFocus}
        onInput={(event) => props.onBodyInput(event.currentTarget.value)}
      />
      <label for={`${id}-tags`}>{props.text.tags}</label>
      <input
        id={`${id}-tags`}
        type="text"
        placeholder={props.text.tagsPlaceholder}
        value={props.tags}
        onInput={(event) => props.onTagsInput(event.currentTarget.value)}
      />
      <div class="note-editor__actions">
        <button type="submit" disabled={props.busy}>
          {props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            {props.text.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
