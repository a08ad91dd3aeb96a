import { gatherMentions, MentionGatherer } from '../../../core/names/page-mentions';
import type { NameFacts } from '../../../core/names/read-mention';
import { decideMention } from '../../../core/names/resolve';
import { measureForBench } from '../bench-marks';
import type { MarkRegistry, TermMark } from './mark-registry';
import { SLICE_MS, yieldToMain } from './yield-to-main';

/** Up to this many marks, names are decided at once; more (a long page) in slices that yield. */
const DECIDE_AT_ONCE = 2_000;
/** Marks handled between two looks at the slice's deadline. */
const MARKS_PER_CHECK = 256;

/**
 * The page-wide second pass of name resolution (core/names/resolve.ts) over the marks the scanner
 * made, in reading order: which entries the page introduces, whether it is about the glossary's world,
 * and, for each mention that is not a name by itself, the entry it names here. Run again only after the
 * marks changed, before they are painted, counted or hit. On a long page it runs in slices that yield;
 * meanwhile marks keep their last decision (new ones have none: not shown yet), and `onDecided` asks
 * for a repaint at the end.
 */
export class NameResolver {
  private dirty = true;
  /** Whether a long page's pass is due now (see invalidate). */
  private due = true;
  private deciding = false;
  /** A long page's last pass: its marks in reading order, gathered, and the gatherer's facts then. */
  private gathered:
    | { gatherer: MentionGatherer; marks: readonly TermMark[]; factsVersion: number }
    | undefined;

  constructor(
    private readonly registry: MarkRegistry,
    private readonly categoryOf: () => Readonly<Record<string, string>>,
    private readonly names: () => NameFacts,
    private readonly onDecided: () => void = () => {},
  ) {}

  /**
   * The marks changed: decide again next time. `whileReading`: in the middle of a scan. A long page's
   * pass goes over every mark, and a scan goes down the page, far below the reader, with the top already
   * decided: its pass waits for the scan's end, where it is run once for all (full names need none).
   */
  invalidate(whileReading = false): void {
    this.dirty = true;
    if (!whileReading) this.due = true;
  }

  /** Decides every mention the page's context decides, if the marks changed since (in slices when many). */
  update(): void {
    if (!this.dirty || this.deciding) return;
    if (this.registry.size > DECIDE_AT_ONCE) {
      if (!this.due) return;
      this.dirty = false;
      this.due = false;
      this.deciding = true;
      void this.decideInSlices().finally(() => {
        this.deciding = false;
        this.onDecided();
      });
      return;
    }
    this.dirty = false;
    // Most pages have only full names: no need to put the marks in reading order.
    let undecided = false;
    for (const mark of this.registry.all()) if (mark.needsDecision) undecided = true;
    if (!undecided) return;
    const marks = this.registry.inReadingOrder();
    const page = gatherMentions(
      marks.map((mark) => mark.reading),
      this.names(),
      marks.map((mark) => mark.container),
    );
    marks.forEach((mark, index) => {
      if (mark.needsDecision) this.decide(mark, decideMention(page, index));
    });
  }

  private decide(mark: TermMark, decision: ReturnType<typeof decideMention>): void {
    mark.decide(
      decision.entryId ? { ...decision, category: this.categoryOf()[decision.entryId] ?? 'concept' } : null,
    );
  }

  private async decideInSlices(): Promise<void> {
    // Many marks to put in reading order (a page just read): not in the task that asked (a repaint).
    if (this.registry.changedSinceOrdered > DECIDE_AT_ONCE) await yieldToMain();
    let sliceStart = performance.now();
    let atOnce = false;
    const due = (step: number) =>
      !atOnce && step % MARKS_PER_CHECK === 0 && performance.now() - sliceStart >= SLICE_MS;
    const pause = async () => {
      measureForBench('names', sliceStart);
      await yieldToMain();
      sliceStart = performance.now();
    };
    const marks = this.registry.inReadingOrder();
    // A page that only grew at its end (an infinite scroll, a live blog): the marks gathered last time
    // are gathered on from, and decided again only if the new ones changed what the page says as a whole.
    const last = this.gathered;
    const grown = last !== undefined && startsWith(marks, last.marks);
    const gatherer = grown ? last.gatherer : new MentionGatherer(this.names());
    const from = grown ? last.marks.length : 0;
    // A few new marks at the end are decided in this task, before the page's next frame shows them.
    atOnce = grown && marks.length - from <= DECIDE_AT_ONCE;
    for (let index = from; index < marks.length; index++) {
      const mark = marks[index] as TermMark;
      gatherer.add(mark.reading, mark.container);
      if (due(index + 1)) await pause();
    }
    const page = gatherer.finish();
    const decideFrom = grown && gatherer.factsVersion === last.factsVersion ? from : 0;
    // Every mark decided again: in slices, however few were new.
    if (decideFrom === 0) atOnce = false;
    this.gathered = { gatherer, marks, factsVersion: gatherer.factsVersion };
    for (let index = decideFrom; index < marks.length; index++) {
      const mark = marks[index] as TermMark;
      if (mark.needsDecision) this.decide(mark, decideMention(page, index));
      if (due(index + 1)) await pause();
    }
    measureForBench('names', sliceStart);
  }
}

/** Whether `list` begins with every item of `start`, in order (the same objects). */
function startsWith<T>(list: readonly T[], start: readonly T[]): boolean {
  if (list.length < start.length) return false;
  for (let index = 0; index < start.length; index++) if (list[index] !== start[index]) return false;
  return true;
}
