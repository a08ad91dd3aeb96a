/**
 * One band around the viewport (`screens` screens above and below it): which watched elements are in
 * it, from an IntersectionObserver, and for elements it has not reported on yet (its first report
 * comes a frame or two after observe), from their boxes.
 */
class Band {
  private readonly inside = new Set<Element>();
  private readonly unreported = new Set<Element>();
  private readonly observer: IntersectionObserver;

  constructor(
    private readonly screens: number,
    onChange: () => void,
  ) {
    this.observer = new IntersectionObserver(
      (entries) => {
        let changed = false;
        for (const entry of entries) {
          this.unreported.delete(entry.target);
          const wasInside = this.inside.has(entry.target);
          if (entry.isIntersecting) this.inside.add(entry.target);
          else this.inside.delete(entry.target);
          changed ||= wasInside !== entry.isIntersecting;
        }
        if (changed) onChange();
      },
      { rootMargin: `${screens * 100}% 0px` },
    );
  }

  observe(element: Element): void {
    this.unreported.add(element);
    this.observer.observe(element);
  }

  unobserve(element: Element): void {
    this.observer.unobserve(element);
    this.inside.delete(element);
    this.unreported.delete(element);
  }

  /** Called from a frame callback, where layout is due anyway, so measuring the unreported is cheap. */
  elements(boxOf: (element: Element) => DOMRect): Element[] {
    const elements = [...this.inside];
    if (this.unreported.size === 0) return elements;
    const margin = this.screens * window.innerHeight;
    for (const element of this.unreported) {
      const box = boxOf(element);
      if (box.bottom >= -margin && box.top <= window.innerHeight + margin) elements.push(element);
    }
    return elements;
  }

  clear(): void {
    this.observer.disconnect();
    this.inside.clear();
    this.unreported.clear();
  }
}

/**
 * Which block elements are near the viewport. Each change to the registered highlights makes Chromium
 * repaint the whole page (tens of milliseconds on a 2 MB page), so on large pages only marks near what
 * the reader sees are registered, and the set follows scrolling in steps: what must be painted is
 * within two screens (`mustPaint`), and a repaint paints everything within six (`paintable`), so a
 * reader scrolls about four screens before the next repaint. Elements are watched as they get marks,
 * never the whole page at once.
 */
export class NearViewport {
  private readonly watched = new Set<Element>();
  private readonly must: Band;
  private readonly paint: Band;

  constructor(onChange: () => void) {
    this.must = new Band(2, onChange);
    this.paint = new Band(6, () => {});
  }

  watch(element: Element): void {
    if (this.watched.has(element)) return;
    this.watched.add(element);
    this.must.observe(element);
    this.paint.observe(element);
  }

  unwatch(element: Element): void {
    if (!this.watched.delete(element)) return;
    this.must.unobserve(element);
    this.paint.unobserve(element);
  }

  /**
   * Watched elements within two screens of the viewport (`mustPaint`: their marks must be painted) and
   * within six (`paintable`: what a repaint paints). An element the observers have not reported on yet is
   * measured once for both.
   */
  bands(): { mustPaint: Element[]; paintable: Element[] } {
    const boxes = new Map<Element, DOMRect>();
    const boxOf = (element: Element) => {
      let box = boxes.get(element);
      if (!box) {
        box = element.getBoundingClientRect();
        boxes.set(element, box);
      }
      return box;
    };
    return { mustPaint: this.must.elements(boxOf), paintable: this.paint.elements(boxOf) };
  }

  /** Stops watching everything (the page became small enough to paint whole, or Glosa stops). */
  clear(): void {
    this.must.clear();
    this.paint.clear();
    this.watched.clear();
  }
}
