import type { GlosaHost } from './glosa-host';

/** How a private range is painted (the classes of private-marks.css). */
export type PrivateStyle = 'term' | 'term-underline' | 'note';

/** Who set a group of ranges: own-term marks and note passages are replaced independently. */
type Source = 'terms' | 'notes';

/** Boxes this far outside the viewport are painted too, so a short scroll shows no gap before the next frame. */
const MARGIN_PX = 200;

/**
 * Paints what is private to the reader (own-term marks, note passages) as boxes in Glosa's closed
 * shadow root instead of in CSS.highlights, which the page's scripts can enumerate. The boxes follow
 * the text: painted again at the next frame after any scroll (of the page or of any inner scroller),
 * resize or change of the page's size, and whenever the ranges change. A box whose text is covered by
 * something of the page's (a sticky header) is left out, as a highlight would be hidden there.
 */
export class PrivateMarks {
  private readonly groups = new Map<Source, { style: PrivateStyle; ranges: readonly Range[] }>();
  private framePending = false;
  private listening = false;
  private readonly controller = new AbortController();
  private readonly resizeObserver: ResizeObserver | undefined;
  private disposed = false;

  constructor(
    private readonly host: GlosaHost,
    private readonly doc: Document,
  ) {
    this.resizeObserver =
      typeof ResizeObserver === 'function' ? new ResizeObserver(() => this.schedule()) : undefined;
  }

  /** Replaces the ranges of one source (sorted or not) and repaints at the next frame. */
  set(source: Source, style: PrivateStyle, ranges: readonly Range[]): void {
    if (ranges.length === 0) this.groups.delete(source);
    else this.groups.set(source, { style, ranges });
    this.follow(this.groups.size > 0);
    this.schedule();
  }

  /** How many boxes are painted now (tests read the layer itself from the driver's side). */
  get paintedBoxes(): number {
    return this.host.markLayer.childElementCount;
  }

  dispose(): void {
    this.disposed = true;
    this.groups.clear();
    this.follow(false);
    this.controller.abort();
    this.host.markLayer.replaceChildren();
  }

  /** Listens to what moves the text only while there is something to paint. */
  private follow(on: boolean): void {
    if (on === this.listening || this.disposed) return;
    this.listening = on;
    if (on) {
      const options = { capture: true, passive: true, signal: this.controller.signal };
      this.doc.addEventListener('scroll', this.onMove, options);
      this.doc.defaultView?.addEventListener('resize', this.onMove, options);
      this.resizeObserver?.observe(this.doc.documentElement);
      if (this.doc.body) this.resizeObserver?.observe(this.doc.body);
    } else {
      this.doc.removeEventListener('scroll', this.onMove, { capture: true });
      this.doc.defaultView?.removeEventListener('resize', this.onMove, { capture: true });
      this.resizeObserver?.disconnect();
    }
  }

  private readonly onMove = (): void => this.schedule();

  private schedule(): void {
    if (this.framePending || this.disposed) return;
    this.framePending = true;
    requestAnimationFrame(() => {
      this.framePending = false;
      this.paint();
    });
  }

  private paint(): void {
    if (this.disposed) return;
    const view = this.doc.defaultView;
    const width = view?.innerWidth ?? 0;
    const height = view?.innerHeight ?? 0;
    const boxes: HTMLElement[] = [];
    for (const { style, ranges } of this.groups.values()) {
      for (const range of ranges) {
        if (!range.startContainer.isConnected) continue;
        for (const rect of range.getClientRects()) {
          if (rect.width === 0 || rect.height === 0) continue;
          if (rect.bottom < -MARGIN_PX || rect.top > height + MARGIN_PX) continue;
          if (rect.right < 0 || rect.left > width) continue;
          if (coveredByPage(this.doc, range, rect, height)) continue;
          boxes.push(this.box(style, rect));
        }
      }
    }
    this.host.attach();
    this.host.markLayer.replaceChildren(...boxes);
  }

  private box(style: PrivateStyle, rect: DOMRect): HTMLElement {
    const box = this.doc.createElement('span');
    box.className = style;
    box.style.left = `${rect.left}px`;
    box.style.top = `${rect.top}px`;
    box.style.width = `${rect.width}px`;
    box.style.height = `${rect.height}px`;
    return box;
  }
}

/**
 * Whether the page shows something else than the range's text at the box's centre (a fixed header
 * scrolled over it). Boxes outside the viewport cannot be checked and are kept.
 */
function coveredByPage(doc: Document, range: Range, rect: DOMRect, viewportHeight: number): boolean {
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  if (y < 0 || y > viewportHeight) return false;
  const root = range.startContainer.getRootNode() as Document | ShadowRoot;
  const found = (typeof root.elementFromPoint === 'function' ? root : doc).elementFromPoint(x, y);
  if (!found) return false;
  const common = range.commonAncestorContainer;
  const text = common.nodeType === Node.ELEMENT_NODE ? (common as Element) : common.parentElement;
  if (!text) return false;
  return !(text.contains(found) || found.contains(text));
}
