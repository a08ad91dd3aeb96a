import { markForBench, measureForBench } from '../bench-marks';

/** While the reader scrolls, look again at most this often (and once more when scrolling stops). */
const SCROLL_CHECK_MS = 100;
/**
 * Measuring blocks never measured yet, per check or idle slice: each measure costs a few microseconds
 * (~35 ms for the 8,000 blocks of a 2 MB page), and only those near the reader are needed at once.
 */
const MEASURE_SLICE_MS = 4;
/** Marks within this many screens of the viewport must be painted; a repaint paints within PAINT_SCREENS. */
export const MUST_PAINT_SCREENS = 2;
export const PAINT_SCREENS = 6;
/** Idle slices for the rest wait at most this long on a page that is never idle. */
const IDLE_TIMEOUT_MS = 200;

/**
 * Where a block element lies, in page coordinates (its viewport box plus the window's scroll), and the
 * page's height when it was measured. A block that takes no room (display: none) lies nowhere.
 */
interface Extent {
  top: number;
  bottom: number;
  pageHeight: number;
}

/**
 * Whether a block measured at another page height may now lie between `from` and `to`: it moved by no
 * more than the page's height changed.
 */
function mayHaveComeNear(extent: Extent, pageHeight: number, from: number, to: number): boolean {
  if (extent.pageHeight === pageHeight) return false;
  const moved = Math.abs(pageHeight - extent.pageHeight);
  return extent.bottom >= from - moved && extent.top <= to + moved;
}

/**
 * Which watched block elements are near the viewport. Each change to the registered highlights costs
 * the browser a repaint that grows with the marks registered (~25 ms for 3,000 marks on a 2 MB page, a
 * page-wide restyle on top with the underline style), so on large pages only marks near what the reader
 * sees are registered, and the set follows scrolling in steps: what must be painted is within two
 * screens (`mustPaint`), and a repaint paints everything within six (`paintable`), so a reader scrolls
 * about four screens before the next repaint.
 *
 * Each block is measured once and kept in page coordinates, so a check while scrolling is arithmetic.
 * A check measures new blocks for a few milliseconds, in the order they were watched (the order the
 * page is read: what the reader sees first, then from the top), and idle slices measure the rest and
 * check again. When the page's height changes (content added, an image loaded), no block moved by more
 * than the change, so only blocks that close to the bands are measured again; a new width or viewport,
 * or an inner scroller holding blocks moving up or down, measures everything again.
 * IntersectionObservers watching every block did this before, but Chromium recomputes every observed
 * intersection each frame: with the ~8,000 blocks of a 2 MB page that was ~25 ms per scrolling frame
 * and ~45 ms in the frame after new content (traces).
 */
export class NearViewport {
  private readonly watched = new Set<Element>();
  private readonly extents = new Map<Element, Extent>();
  /** Watched blocks without an extent yet, in the order they were watched. */
  private readonly unmeasured = new Set<Element>();
  private idleMeasure: number | undefined;
  /** Page width and viewport the kept extents were measured with. */
  private measuredFor = '';
  private innerScrollerMoved = false;
  private listening = false;
  private lastCheck = Number.NEGATIVE_INFINITY;
  private trailingCheck: ReturnType<typeof setTimeout> | undefined;
  /** A page changing height (content shown, added or loaded) may bring blocks near without a scroll. */
  private pageResized: ResizeObserver | undefined;
  /**
   * Watched blocks that take no room (hidden): an observer tells when one is shown near the reader,
   * which the page's height need not show (a panel that scrolls inside a fixed page). Observing costs
   * nothing per frame while they stay hidden.
   */
  private readonly hidden = new Set<Element>();
  private readonly shownSinceHidden = new Set<Element>();
  private hiddenShown: IntersectionObserver | undefined;
  /** Inner scrollers seen to scroll, and whether they hold a watched block (as of that many watched). */
  private readonly scrollers = new WeakMap<Element, { top: number; holdsBlocks: boolean; watched: number }>();
  /**
   * The last check's paintable blocks, measured again at every check: a fixed or sticky block (a site's
   * header) moves with the viewport, not with the page, and the few blocks near the reader are where
   * stale extents would show.
   */
  private lastPaintable = new Set<Element>();

  constructor(private readonly onMoved: () => void) {}

  watch(element: Element): void {
    if (this.watched.has(element)) return;
    this.watched.add(element);
    this.unmeasured.add(element);
    if (!this.listening) {
      this.listening = true;
      // Capturing sees inner scrollers too (scroll events do not bubble).
      window.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
      window.addEventListener('resize', this.onScroll, { passive: true });
      this.pageResized = new ResizeObserver(() => this.onMoved());
      this.pageResized.observe(document.documentElement);
    }
  }

  unwatch(element: Element): void {
    this.watched.delete(element);
    this.extents.delete(element);
    this.unmeasured.delete(element);
    this.shownSinceHidden.delete(element);
    if (this.hidden.delete(element)) this.hiddenShown?.unobserve(element);
  }

  /**
   * Watched elements within two screens of the viewport (`mustPaint`: their marks must be painted) and
   * within six (`paintable`: what a repaint paints), among the blocks measured so far. Called from a
   * frame callback, where layout is due anyway, so measuring there is cheap.
   */
  bands(): { mustPaint: Element[]; paintable: Element[] } {
    const root = document.documentElement;
    const layout = `${root.scrollWidth}:${window.innerWidth}x${window.innerHeight}`;
    if (layout !== this.measuredFor || this.innerScrollerMoved) {
      this.extents.clear();
      for (const element of this.watched) this.unmeasured.add(element);
      this.measuredFor = layout;
      this.innerScrollerMoved = false;
    }
    const pageHeight = root.scrollHeight;
    const screen = window.innerHeight;
    const top = window.scrollY;
    const bottom = top + screen;
    this.measureNew(top, pageHeight);
    const mustPaint: Element[] = [];
    const paintable: Element[] = [];
    for (const element of this.watched) {
      let extent = this.extents.get(element);
      if (!extent) continue; // measured in an idle slice, then checked again
      if (
        this.shownSinceHidden.has(element) ||
        this.lastPaintable.has(element) ||
        mayHaveComeNear(extent, pageHeight, top - PAINT_SCREENS * screen, bottom + PAINT_SCREENS * screen)
      ) {
        extent = this.measure(element, top, pageHeight);
      }
      if (extent.bottom < top - PAINT_SCREENS * screen || extent.top > bottom + PAINT_SCREENS * screen)
        continue;
      paintable.push(element);
      if (
        extent.bottom >= top - MUST_PAINT_SCREENS * screen &&
        extent.top <= bottom + MUST_PAINT_SCREENS * screen
      )
        mustPaint.push(element);
    }
    this.lastPaintable = new Set(paintable);
    if (this.unmeasured.size > 0) this.measureLater();
    return { mustPaint, paintable };
  }

  /** Measures blocks never measured, in the order they were watched, for MEASURE_SLICE_MS at most. */
  private measureNew(scrolled: number, pageHeight: number): void {
    const deadline = performance.now() + MEASURE_SLICE_MS;
    for (const element of this.unmeasured) {
      this.measure(element, scrolled, pageHeight);
      if (performance.now() >= deadline) return;
    }
  }

  /** Measures the remaining new blocks in idle slices, then asks for a check (they may be near). */
  private measureLater(): void {
    if (this.idleMeasure !== undefined) return;
    const slice = () => {
      const start = performance.now();
      this.measureNew(window.scrollY, document.documentElement.scrollHeight);
      measureForBench('measure', start);
      if (this.unmeasured.size > 0) {
        this.idleMeasure = requestIdleCallback(slice, { timeout: IDLE_TIMEOUT_MS });
        return;
      }
      this.idleMeasure = undefined;
      markForBench('glosa:blocks-measured');
      this.onMoved();
    };
    this.idleMeasure = requestIdleCallback(slice, { timeout: IDLE_TIMEOUT_MS });
  }

  /** Stops watching everything (the page became small enough to paint whole, or Glosa stops). */
  clear(): void {
    this.watched.clear();
    this.extents.clear();
    this.unmeasured.clear();
    if (this.idleMeasure !== undefined) cancelIdleCallback(this.idleMeasure);
    this.idleMeasure = undefined;
    this.hidden.clear();
    this.shownSinceHidden.clear();
    this.hiddenShown?.disconnect();
    this.lastPaintable = new Set();
    clearTimeout(this.trailingCheck);
    this.trailingCheck = undefined;
    if (this.listening) {
      this.listening = false;
      window.removeEventListener('scroll', this.onScroll, { capture: true });
      window.removeEventListener('resize', this.onScroll);
      this.pageResized?.disconnect();
    }
  }

  private measure(element: Element, scrolled: number, pageHeight: number): Extent {
    this.unmeasured.delete(element);
    const box = element.getBoundingClientRect();
    const takesNoRoom = box.width === 0 && box.height === 0;
    this.shownSinceHidden.delete(element);
    if (takesNoRoom && !this.hidden.has(element)) {
      this.hidden.add(element);
      this.hiddenShown ??= new IntersectionObserver(
        (entries) => {
          const shown = entries.filter((entry) => entry.isIntersecting);
          for (const entry of shown) this.shownSinceHidden.add(entry.target);
          if (shown.length > 0) this.onMoved();
        },
        { rootMargin: '200% 0px' },
      );
      this.hiddenShown.observe(element);
    } else if (!takesNoRoom && this.hidden.delete(element)) {
      this.hiddenShown?.unobserve(element);
    }
    const extent = takesNoRoom
      ? { top: Number.POSITIVE_INFINITY, bottom: Number.NEGATIVE_INFINITY, pageHeight }
      : { top: box.top + scrolled, bottom: box.bottom + scrolled, pageHeight };
    this.extents.set(element, extent);
    return extent;
  }

  /**
   * Whether an inner scroller that just scrolled moved watched blocks up or down: a carousel or a wide
   * table scrolling sideways, or a scrolling box without marks, moves nothing the bands depend on.
   */
  private innerScrollerMovedBlocks(scroller: Element): boolean {
    const top = scroller.scrollTop;
    let seen = this.scrollers.get(scroller);
    if (!seen || seen.watched !== this.watched.size) {
      let holdsBlocks = false;
      for (const element of this.watched) {
        if (scroller.contains(element)) {
          holdsBlocks = true;
          break;
        }
      }
      seen = { top: seen?.top ?? Number.NaN, holdsBlocks, watched: this.watched.size };
    }
    const moved = seen.holdsBlocks && top !== seen.top;
    this.scrollers.set(scroller, { ...seen, top });
    return moved;
  }

  /** At most one check per SCROLL_CHECK_MS while scrolling, and one after the last scroll event. */
  private readonly onScroll = (event: Event): void => {
    const target = event.target;
    if (target instanceof Element && target !== document.documentElement && target !== document.body) {
      if (!this.innerScrollerMovedBlocks(target)) return;
      this.innerScrollerMoved = true;
    }
    const now = performance.now();
    if (now - this.lastCheck >= SCROLL_CHECK_MS) {
      this.lastCheck = now;
      this.onMoved();
    }
    clearTimeout(this.trailingCheck);
    this.trailingCheck = setTimeout(() => {
      this.lastCheck = performance.now();
      this.onMoved();
    }, SCROLL_CHECK_MS);
  };
}
