import { visibleTerms } from '../../../core/marks/visible-terms';
import type { HighlightStyle, Settings } from '../../../core/settings';
import { markForBench, measureForBench } from '../bench-marks';
import type { PrivateMarks } from '../host/private-marks';
import type { MarkRegistry, TermMark } from '../scan/mark-registry';
import type { NameResolver } from '../scan/name-resolver';
import type { ScanProgress } from '../scan/page-scanner';
import { clearTerms, paintTerms } from './highlights';
import { marksNear } from './marks-near';
import { MUST_PAINT_SCREENS, NearViewport, PAINT_SCREENS } from './near-viewport';

/** While a long scan runs, repaint at most this often: each repaint costs the browser a rendering update. */
const MID_SCAN_PAINT_MS = 250;
/** Above this many marks, only those near the viewport are registered (see NearViewport). */
export const PAINT_EVERYWHERE_LIMIT = 500;

/**
 * Turns the registry's marks into what the reader sees: the reader's settings applied, painted with
 * the CSS Custom Highlight API at most once a frame, seldom during a scan, only near the viewport on
 * large pages, and not at all when nothing was added near the reader and nothing painted went stale.
 */
export class TermPainter {
  private painted = new Set<TermMark>();
  private paintedStyle: HighlightStyle | undefined;
  /** With first-occurrence-only: the marks shown (the first of each entry), as of the last paint. */
  private firstOnly: Set<TermMark> | undefined;
  private hiddenFor: { source: readonly string[]; set: Set<string> } = { source: [], set: new Set() };
  private framePending = false;
  private lastPaint = Number.NEGATIVE_INFINITY;
  private disposed = false;
  private nearOnly = false;
  private readonly near = new NearViewport(() => this.schedule());

  constructor(
    private readonly registry: MarkRegistry,
    private readonly settings: () => Settings,
    /** Where marks of the reader's own forms are painted, out of the page's reach. */
    private readonly privateMarks?: Pick<PrivateMarks, 'set'>,
    /** False once the extension is gone: an orphaned copy must not paint over its successor's marks. */
    private readonly canPaint: () => boolean = () => true,
    /** Decides what short forms name on this page (scan/name-resolver.ts) before marks are shown. */
    private readonly resolver?: Pick<NameResolver, 'update' | 'invalidate'>,
  ) {}

  /** Whether the reader's settings show `mark` (painted now, or once it comes near the viewport). */
  isShown(mark: TermMark): boolean {
    this.resolver?.update();
    if (!mark.names) return false;
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
   * From the scanner: paint what the reader sees ('visible': the top of a page just loaded, painted in
   * its first frame) and the settled page at once, and during a scan at most every MID_SCAN_PAINT_MS:
   * each repaint is a rendering update of the whole page.
   */
  marksChanged(progress: ScanProgress): void {
    this.resolver?.invalidate(progress === 'partial');
    this.followContainers();
    if (progress !== 'partial' || performance.now() - this.lastPaint >= MID_SCAN_PAINT_MS) this.schedule();
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
    this.privateMarks?.set('terms', 'term', []);
  }

  dispose(): void {
    this.disposed = true;
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

  /**
   * Shown marks in `containers` within `screens` screens of the viewport (a block with thousands of
   * marks reaches far beyond), or in the whole page when it is small enough to paint whole.
   */
  private shownIn(containers: Iterable<Element>, screens: number): Set<TermMark> {
    const shown = new Set<TermMark>();
    if (!this.nearOnly) {
      for (const mark of this.registry.all()) if (this.isShown(mark)) shown.add(mark);
      return shown;
    }
    for (const container of containers) {
      for (const mark of marksNear(this.registry.marksIn(container), screens))
        if (this.isShown(mark)) shown.add(mark);
    }
    return shown;
  }

  private paint(): void {
    const start = performance.now();
    this.repaint();
    measureForBench('paint', start);
  }

  private repaint(): void {
    this.framePending = false;
    if (this.disposed || !this.canPaint()) return;
    this.lastPaint = performance.now();
    this.resolver?.update();
    this.followContainers();
    const settings = this.settings();
    this.firstOnly = settings.firstOccurrenceOnly
      ? new Set(
          visibleTerms(
            this.registry.inReadingOrder().filter((mark) => mark.names),
            settings,
          ),
        )
      : undefined;
    // Marks painted earlier that are now far away may stay until the next repaint: they cost nothing
    // seen, and every repaint costs the browser a rendering update. Stale or hidden ones go now.
    const bands = this.nearOnly ? this.near.bands() : { mustPaint: [], paintable: [] };
    const unchanged =
      this.paintedStyle === settings.highlightStyle &&
      [...this.shownIn(bands.mustPaint, MUST_PAINT_SCREENS)].every((mark) => this.painted.has(mark)) &&
      [...this.painted].every((mark) => this.registry.has(mark) && this.isShown(mark));
    if (unchanged) return;
    const next = this.shownIn(bands.paintable, PAINT_SCREENS);
    this.painted = next;
    this.paintedStyle = settings.highlightStyle;
    const publicRanges: Range[] = [];
    const privateRanges: Range[] = [];
    for (const mark of next) (mark.isPrivate ? privateRanges : publicRanges).push(mark.range);
    paintTerms(publicRanges, settings.highlightStyle);
    if (next.size > 0) markForBench('glosa:painted');
    this.privateMarks?.set(
      'terms',
      settings.highlightStyle === 'underline' ? 'term-underline' : 'term',
      privateRanges,
    );
  }
}
