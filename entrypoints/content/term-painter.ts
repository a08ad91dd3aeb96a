import type { HighlightStyle, Settings } from '../../core/settings';
import { visibleTerms } from '../../core/visible-terms';
import { clearTerms, paintTerms } from './highlights';
import type { MarkRegistry, TermMark } from './mark-registry';
import { NearViewport } from './near-viewport';

/** While a long scan runs, repaint at most this often: each repaint makes the browser repaint the page. */
const MID_SCAN_PAINT_MS = 250;
/** Above this many marks, only those near the viewport are registered (see NearViewport). */
export const PAINT_EVERYWHERE_LIMIT = 500;

/**
 * Turns the registry's marks into what the reader sees: the reader's settings applied, painted with
 * the CSS Custom Highlight API at most once a frame, seldom during a scan, only near the viewport on
 * large pages, and not at all when the marks to paint did not change.
 */
export class TermPainter {
  private painted = new Set<TermMark>();
  private paintedStyle: HighlightStyle | undefined;
  /** With first-occurrence-only: the marks shown (the first of each entry), as of the last paint. */
  private firstOnly: Set<TermMark> | undefined;
  private hiddenFor: { source: readonly string[]; set: Set<string> } = { source: [], set: new Set() };
  private framePending = false;
  private lastPaint = Number.NEGATIVE_INFINITY;
  private nearOnly = false;
  private readonly near = new NearViewport(() => this.schedule());

  constructor(
    private readonly registry: MarkRegistry,
    private readonly settings: () => Settings,
  ) {}

  /** Whether the reader's settings show `mark` (painted now, or once it comes near the viewport). */
  isShown(mark: TermMark): boolean {
    if (this.firstOnly) return this.firstOnly.has(mark);
    return !this.hiddenCategories().has(mark.category);
  }

  /** How many marks the settings show on the page. */
  shownCount(): number {
    if (this.firstOnly) return this.firstOnly.size;
    let count = 0;
    for (const mark of this.registry.all()) if (this.isShown(mark)) count++;
    return count;
  }

  /**
   * From the scanner: paint now when it settled, or when the last paint is old enough. Painting near
   * the viewport, a scan in progress does not repaint: it reads from the top, so what the reader sees
   * is read first, and scrolling meanwhile repaints (NearViewport). Every repaint of a large page costs
   * the browser tens of milliseconds of rendering.
   */
  marksChanged(settled: boolean): void {
    this.followContainers();
    const due = !this.nearOnly && performance.now() - this.lastPaint >= MID_SCAN_PAINT_MS;
    if (settled || due) this.schedule();
  }

  schedule(): void {
    if (this.framePending) return;
    this.framePending = true;
    requestAnimationFrame(() => this.paint());
  }

  clear(): void {
    this.painted = new Set();
    this.paintedStyle = undefined;
    this.firstOnly = undefined;
    clearTerms();
  }

  dispose(): void {
    this.near.clear();
    this.clear();
  }

  private hiddenCategories(): Set<string> {
    const source = this.settings().hiddenCategories;
    if (this.hiddenFor.source !== source) this.hiddenFor = { source, set: new Set(source) };
    return this.hiddenFor.set;
  }

  /** Watches the block elements that got marks, once the page is large enough to paint near the viewport. */
  private followContainers(): void {
    const touched = this.registry.takeTouchedContainers();
    const nearOnly = this.registry.size > PAINT_EVERYWHERE_LIMIT;
    if (nearOnly !== this.nearOnly) {
      this.nearOnly = nearOnly;
      if (nearOnly) for (const container of this.registry.containers()) this.near.watch(container);
      else this.near.clear();
      return;
    }
    if (!nearOnly) return;
    for (const container of touched) {
      if (this.registry.hasMarksIn(container)) this.near.watch(container);
      else this.near.unwatch(container);
    }
  }

  /** The marks to register: all of them, or those in blocks near the viewport. */
  private candidates(): Iterable<TermMark> {
    if (!this.nearOnly) return this.registry.all();
    const candidates: TermMark[] = [];
    for (const container of this.near.nearElements()) candidates.push(...this.registry.marksIn(container));
    return candidates;
  }

  private paint(): void {
    this.framePending = false;
    this.lastPaint = performance.now();
    this.followContainers();
    const settings = this.settings();
    this.firstOnly = settings.firstOccurrenceOnly
      ? new Set(visibleTerms(this.registry.inReadingOrder(), settings))
      : undefined;
    const next = new Set<TermMark>();
    for (const mark of this.candidates()) {
      if (this.isShown(mark) && this.registry.has(mark)) next.add(mark);
    }
    const unchanged =
      this.paintedStyle === settings.highlightStyle &&
      next.size === this.painted.size &&
      [...next].every((mark) => this.painted.has(mark));
    if (unchanged) return;
    this.painted = next;
    this.paintedStyle = settings.highlightStyle;
    paintTerms(
      [...next].map((mark) => mark.range),
      settings.highlightStyle,
    );
  }
}
