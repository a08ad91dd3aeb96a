import type { Signal } from '@preact/signals';
import type { Ref } from 'preact';
import { NoteEditor } from '../../components/NoteEditor';
import type { NotesStrings } from '../../components/strings/notes';
import type { NoteDraft, NoteTarget } from '../../core/notes/draft';
import type { ReadingPage } from './reading-page';

export interface DraftSectionProps {
  text: NotesStrings;
  draft: Signal<NoteDraft>;
  /** A passage started on a page while the reader was typing this note: theirs to take or leave. */
  offer: Signal<NoteTarget | null>;
  page: ReadingPage | null;
  busy: boolean;
  termName(termId: string): string;
  onSave(): void;
  sectionRef?: Ref<HTMLElement>;
}

/** The new note: what it is about (page, passage, terms), removable, then the editor. */
export function DraftSection({
  text,
  draft,
  offer,
  page,
  busy,
  termName,
  onSave,
  sectionRef,
}: DraftSectionProps) {
  const target = draft.value.target;
  const offered = offer.value;
  const targetElsewhere = Boolean(target?.url) && target?.url !== page?.url;
  return (
    <section class="notes-app__editor" aria-label={text.newNote} ref={sectionRef}>
      {offered && (
        <p class="notes-app__offer" role="status">
          {text.passageArrived(offered.title || offered.url || text.untitledNote)}{' '}
          <button
            type="button"
            onClick={() => {
              draft.value = { ...draft.value, target: offered };
              offer.value = null;
            }}
          >
            {text.useNewPassage}
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              offer.value = null;
            }}
          >
            {text.keepCurrentPassage}
          </button>
        </p>
      )}
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
        text={text}
        label={text.noteLabel}
        submitLabel={text.saveNote}
        quote={target?.passage?.quote.exact}
        body={draft.value.body}
        tags={draft.value.tags}
        busy={busy}
        onBodyInput={(body) => {
          draft.value = { ...draft.value, body };
        }}
        onTagsInput={(tags) => {
          draft.value = { ...draft.value, tags };
        }}
        onSubmit={onSave}
      />
    </section>
  );
}
