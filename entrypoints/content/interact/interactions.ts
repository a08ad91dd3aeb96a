import type { PopoverHost } from '../popover/popover-host';
import type { MarkRegistry, TermMark } from '../scan/mark-registry';
import { caretAt, pointIsOnRange } from './hit-test';
import { isReaderGesture } from './reader-gesture';

/** How long the pointer rests on a term before it opens, and how long it may leave before closing. */
export const HOVER_OPEN_MS = 300;
export const HOVER_CLOSE_MS = 300;
/** How long a "next term" step waits for the previous one to open its popover. */
const STEP_WAIT_MS = 1_000;

export interface InteractionOptions {
  registry: MarkRegistry;
  popover: PopoverHost;
  /** The marks currently painted (settings may hide some); only those respond. */
  isVisible(mark: TermMark): boolean;
}

/**
 * Opens the popover on hover intent, on click or tap, and from the keyboard command; Escape closes.
 * Highlights receive no events, so every pointer position is hit-tested against the marks. Only the
 * reader's own input counts: events a page's script dispatches are ignored.
 */
export class Interactions {
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private hovered: TermMark | undefined;
  /** The mark the open popover explains, and whether the reader asked for it (click, keyboard). */
  private shown: { mark: TermMark; pinned: boolean } | undefined;
  /** The last "next term" step (keyboard or side panel), which the next one waits for. */
  private stepping: Promise<boolean> = Promise.resolve(false);
  private framePending = false;
  private lastPointer = { x: 0, y: 0, target: null as EventTarget | null };
  private readonly controller = new AbortController();

  constructor(private readonly options: InteractionOptions) {
    const listen = { capture: true, passive: true, signal: this.controller.signal };
    document.addEventListener('pointermove', this.onPointerMove, listen);
    document.addEventListener('click', this.onClick, listen);
    document.addEventListener('keydown', this.onKeyDown, { capture: true, signal: this.controller.signal });
  }

  dispose(): void {
    this.controller.abort();
    this.cancelTimers();
  }

  /** The mark under a viewport point, if any. */
  markAt(x: number, y: number): TermMark | undefined {
    const caret = caretAt(document, x, y);
    if (!caret) return undefined;
    for (const mark of this.options.registry.marksOn(caret.node)) {
      if (!this.options.isVisible(mark)) continue;
      let inside = false;
      try {
        inside = mark.range.comparePoint(caret.node, caret.offset) === 0;
      } catch {
        inside = false;
      }
      if (inside && pointIsOnRange(mark.range, x, y)) return mark;
    }
    return undefined;
  }

  /** Keyboard command: the next visible mark after the one shown (reading order), scrolled into view. */
  showNext(): Promise<boolean> {
    return this.afterPreviousStep(() => this.showNextAmong(this.visibleMarks(), { focus: true }));
  }

  /**
   * Side panel's "Terms on this page": the next visible mark of one entry, scrolled into view. Focus
   * stays in the panel, where the reader clicked; the popover stays open until dismissed.
   */
  showNextOf(entryId: string): Promise<boolean> {
    return this.afterPreviousStep(() =>
      this.showNextAmong(
        this.visibleMarks().filter((mark) => mark.entryId === entryId),
        { focus: false },
      ),
    );
  }

  /**
   * Runs a 'next term' step once the previous one has opened its popover: two quick clicks must go on
   * from the term the first one showed, not both from the one shown before them. A step that never
   * ends (an entry that never loads) holds the next one for a second at most.
   */
  private afterPreviousStep(step: () => Promise<boolean>): Promise<boolean> {
    const previous = Promise.race([
      this.stepping,
      new Promise((resolve) => setTimeout(resolve, STEP_WAIT_MS)),
    ]);
    const result = previous.then(step, step);
    this.stepping = result.catch(() => false);
    return result;
  }

  private visibleMarks(): TermMark[] {
    return this.options.registry.inReadingOrder().filter((mark) => this.options.isVisible(mark));
  }

  /** After the mark shown now, or the first when the shown one is not among `marks`; wraps around. */
  private async showNextAmong(marks: readonly TermMark[], { focus }: { focus: boolean }): Promise<boolean> {
    if (marks.length === 0) return false;
    const current = this.shown ? marks.indexOf(this.shown.mark) : -1;
    const next = marks[(current + 1) % marks.length];
    if (!next) return false;
    next.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    return this.show(next, { pinned: true, focus });
  }

  private async show(
    mark: TermMark,
    { pinned, focus }: { pinned: boolean; focus: boolean },
  ): Promise<boolean> {
    this.cancelTimers();
    const opened = await this.options.popover.open(mark.range, mark.entryId, {
      focus,
      alternatives: mark.alternatives,
    });
    if (opened) {
      this.shown = { mark, pinned };
      // Opened by hover while its entry loaded (a busy page): the pointer may have left meanwhile, with no
      // move since to close it. Where it is now decides.
      if (!pinned) this.onPointerSettled();
    }
    return opened;
  }

  private close(restoreFocus: boolean): void {
    this.cancelTimers();
    this.shown = undefined;
    this.options.popover.close({ restoreFocus });
  }

  private cancelTimers(): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    this.openTimer = undefined;
    this.closeTimer = undefined;
  }

  private readonly onPointerMove = (event: PointerEvent): void => {
    if (!isReaderGesture(event)) return;
    this.lastPointer = { x: event.clientX, y: event.clientY, target: event.target };
    if (this.framePending) return;
    this.framePending = true;
    requestAnimationFrame(() => {
      this.framePending = false;
      this.onPointerSettled();
    });
  };

  private onPointerSettled(): void {
    // The popover may have closed itself (its own Close button): the term it showed is no longer shown.
    if (this.shown && !this.options.popover.isOpen) this.shown = undefined;
    const { x, y, target } = this.lastPointer;
    const overPopover = this.options.popover.contains(target);
    const mark = overPopover ? undefined : this.markAt(x, y);
    if (mark !== this.hovered) {
      this.hovered = mark;
      clearTimeout(this.openTimer);
      this.openTimer = undefined;
      if (mark && mark !== this.shown?.mark) {
        this.openTimer = setTimeout(
          () => void this.show(mark, { pinned: false, focus: false }),
          HOVER_OPEN_MS,
        );
      }
    }
    // A popover opened by hover closes once the pointer has left both the term and the popover.
    const shown = this.shown;
    if (shown && !shown.pinned) {
      const stillThere = overPopover || mark === shown.mark;
      if (stillThere) {
        clearTimeout(this.closeTimer);
        this.closeTimer = undefined;
      } else if (!this.closeTimer) {
        this.closeTimer = setTimeout(() => this.close(false), HOVER_CLOSE_MS);
      }
    }
  }

  private readonly onClick = (event: MouseEvent): void => {
    if (!isReaderGesture(event) || this.options.popover.contains(event.target)) return;
    const mark = this.markAt(event.clientX, event.clientY);
    if (mark) {
      void this.show(mark, { pinned: true, focus: false });
    } else if (this.shown) {
      this.close(false);
    }
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (!isReaderGesture(event) || event.key !== 'Escape' || !this.options.popover.isOpen) return;
    event.stopPropagation();
    this.close(true);
  };
}
