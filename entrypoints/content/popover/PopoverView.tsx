import type { PopoverStrings } from '../../../components/strings/popover';
import { TermCard } from '../../../components/TermCard';
import type { EntryView } from '../../../messaging/protocol';
import { isReaderGesture } from '../interact/reader-gesture';

export const HEADING_ID = 'glosa-popover-term';

export interface PopoverViewProps {
  view: EntryView;
  canGoBack: boolean;
  strings: PopoverStrings;
  onBack(): void;
  onClose(): void;
  onOpenRelated(entryId: string): void;
  onAddNote?(): void;
}

/** The popover's content: a dialog named by the term, with Back for related-term navigation. */
export function PopoverView({
  view,
  canGoBack,
  strings,
  onBack,
  onClose,
  onOpenRelated,
  onAddNote,
}: PopoverViewProps) {
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
      <TermCard
        key={view.entry.id}
        entry={view.entry}
        related={view.related}
        strings={strings.card}
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
