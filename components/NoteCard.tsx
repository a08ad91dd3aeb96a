import type { Note } from '../core/notes/note-model';
import type { NotesStrings } from './strings/notes';

export interface NoteCardProps {
  note: Note;
  text: NotesStrings;
  termName(termId: string): string;
  /** The passage was looked for on the open page and is gone. */
  orphaned?: boolean;
  /** Show which page the note is on (lists that mix pages). */
  showPage?: boolean;
  highlighted?: boolean;
  onEdit(): void;
  onDelete(): void;
  onShowPassage?(): void;
}

function formatTime(time: number, locale: string): string {
  return new Date(time).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

/** One saved note. Every piece of note and page text is rendered as text, never as HTML. */
export function NoteCard({
  note,
  text,
  termName,
  orphaned,
  showPage,
  highlighted,
  onEdit,
  onDelete,
  onShowPassage,
}: NoteCardProps) {
  const label =
    note.body.split('\n')[0]?.slice(0, 80) || note.passage?.quote.exact.slice(0, 80) || text.untitledNote;
  return (
    <article
      class={`note-card${highlighted ? ' note-card--focus' : ''}`}
      aria-label={label}
      tabIndex={-1}
      data-note-id={note.id}
    >
      {showPage && (
        <p class="note-card__page">
          <a href={note.url} target="_blank" rel="noopener noreferrer">
            {note.title || note.url}
          </a>
        </p>
      )}
      {note.passage && (
        <blockquote class="note-quote">
          {onShowPassage && !orphaned ? (
            <button type="button" class="note-quote__jump" onClick={onShowPassage} title={text.showOnPage}>
              {note.passage.quote.exact}
            </button>
          ) : (
            note.passage.quote.exact
          )}
        </blockquote>
      )}
      {orphaned && <p class="note-card__orphan">{text.notFoundOnPage}</p>}
      {note.body && <p class="note-card__body">{note.body}</p>}
      {(note.tags.length > 0 || note.termIds.length > 0) && (
        <ul class="note-card__chips" aria-label={text.tagsAndTerms}>
          {note.tags.map((tag) => (
            <li key={`tag-${tag}`} class="chip chip--tag">
              #{tag}
            </li>
          ))}
          {note.termIds.map((termId) => (
            <li key={`term-${termId}`} class="chip chip--term">
              {termName(termId)}
            </li>
          ))}
        </ul>
      )}
      <footer class="note-card__footer">
        <time dateTime={new Date(note.updatedAt).toISOString()}>
          {formatTime(note.updatedAt, text.locale)}
        </time>
        <span class="note-card__actions">
          <button type="button" onClick={onEdit}>
            {text.edit}
          </button>
          <button type="button" onClick={onDelete}>
            {text.delete}
          </button>
        </span>
      </footer>
    </article>
  );
}
