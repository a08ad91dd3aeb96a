import type { Settings } from '../../core/settings';
import { needsReadingOrder, visibleTerms } from '../../core/visible-terms';
import { clearTerms, paintTerms } from './highlights';
import type { MarkRegistry, TermMark } from './mark-registry';
import { NearViewport } from './near-viewport';
import { blockContainerOf } from './text-blocks';

/** While a long scan runs, repaint at most this often: each repaint re-registers every range. */
const MID_SCAN_PAINT_MS = 250;
/** Above this many marks, only those near the viewport are registered (see NearViewport). */
const PAINT_EVERYWHERE_LIMIT = 1_500;

/**
 * Turns the registry's marks into what the reader sees: the reader's settings applied, painted with
 * the CSS Custom Highlight API at most once a frame, seldom during a scan, near the viewport on huge pages.
 */
export class TermPainter {
  /** Marks the settings show (painted or not yet, when far from the viewport); these respond to the reader. */
  visible = new Set<TermMark>();
  private framePending = false;
  private lastPaint = Number.NEGATIVE_INFINITY;
  private readonly near = new NearViewport(() => this.schedule());

  constructor(
    private readonly registry: MarkRegistry,
    private readonly settings: () => Settings,
  ) {}

  /** From the scanner: paint now when it settled, or when the last paint is old enough. */
  marksChanged(settled: boolean): void {
    if (settled || performance.now() - this.lastPaint >= MID_SCAN_PAINT_MS) this.schedule();
  }

  schedule(): void {
    if (this.framePending) return;
    this.framePending = true;
    requestAnimationFrame(() => this.paint());
  }

  clear(): void {
    this.visible = new Set();
    clearTerms();
  }

  dispose(): void {
    this.near.dispose();
    this.clear();
  }

  private paint(): void {
    this.framePending = false;
    this.lastPaint = performance.now();
    const settings = this.settings();
    const marks = needsReadingOrder(settings) ? this.registry.inReadingOrder() : this.registry.all();
    const shown = visibleTerms(marks, settings);
    this.visible = new Set(shown);
    const painted =
      shown.length > PAINT_EVERYWHERE_LIMIT
        ? shown.filter((mark) => {
            const container = mark.nodes[0] && blockContainerOf(mark.nodes[0]);
            return container ? this.near.isNear(container) : false;
          })
        : shown;
    paintTerms(
      painted.map((mark) => mark.range),
      settings.highlightStyle,
    );
  }
}
