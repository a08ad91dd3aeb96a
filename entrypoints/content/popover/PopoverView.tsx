import type { PopoverStrings } from '../../../components/strings/popover';
import { TermCard } from '../../../components/TermCard';
import type { ExplanationLanguage } from '../../../core/glossary/explanation';
import type { EntryView } from '../../../messaging/protocol';
import { isReaderGesture } from '../interact/reader-gesture';

export const HEADING_ID = 'glosa-popover-term';

export interface PopoverViewProps {
  view: EntryView;
  language: ExplanationLanguage;
  /** The article's publication day, for "Since this article". */
  articleDate: string | undefined;
  canGoBack: boolean;
  strings: PopoverStrings;
  onBack(): void;
  onClose(): void;
  onOpenRelated(entryId: string): void;
  onAddNote?(): void;
  /** The entries a shared name may name here, when there are several: the shown one and the others. */
  choices?: readonly { entryId: string; term: string }[];
  onChoose?(entryId: string): void;
}

/** The popover's content: a dialog named by the term, with Back for related-term navigation. */
export function PopoverView({
  view,
  language,
  articleDate,
  canGoBack,
  strings,
  onBack,
  onClose,
  onOpenRelated,
  onAddNote,
  choices = [],
  onChoose,
}: PopoverViewProps) {
  const others = choices.filter((choice) => choice.entryId !== view.entry.id);
  return (
    <div class="panel" role="dialog" aria-labelledby={HEADING_ID} tabIndex={-1}>
      <div class="toolbar">
        {canGoBack ? (
          <button type="button" onClick={onBack}>
            ← {strings.back}
          </button>
        ) : (
          <span />
        )}
        <button type="button" aria-label={strings.close} title={strings.close} onClick={onClose}>
          ✕
        </button>
      </div>
      {others.length > 0 ? (
        <fieldset class="choices" aria-label={strings.choicesLabel}>
          <span class="choices-label">{strings.here}</span>
          <strong>{view.entry.term}</strong>
          <span class="choices-label">· {strings.or}</span>
          {others.map((choice) => (
            <button key={choice.entryId} type="button" onClick={() => onChoose?.(choice.entryId)}>
              {choice.term}
            </button>
          ))}
        </fieldset>
      ) : null}
      <TermCard
        key={view.entry.id}
        entry={view.entry}
        related={view.related}
        strings={strings.card}
        language={language}
        articleDate={articleDate}
        headingId={HEADING_ID}
        onOpenRelated={onOpenRelated}
        onAddNote={
          onAddNote
            ? (event) => {
                // Only the reader's own click starts a note (it opens the notes panel).
                if (isReaderGesture(event)) onAddNote();
              }
            : undefined
        }
      />
    </div>
  );
}
