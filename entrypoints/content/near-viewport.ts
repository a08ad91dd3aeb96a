/** How far beyond the viewport, above and below, counts as near: two screens. */
const MARGIN_SCREENS = 2;

/**
 * Which block elements are within a couple of screens of the viewport. Each change to the registered
 * highlights makes Chromium repaint the page, at a cost growing with the ranges registered, so on
 * large pages only marks near what the reader sees are registered, and the set follows scrolling.
 * Elements are watched as they get marks, a few at a time, never the whole page at once.
 */
export class NearViewport {
  private readonly near = new Set<Element>();
  /** Watched, and not yet reported on by the observer (its first report comes a frame or two later). */
  private readonly unreported = new Set<Element>();
  private readonly watched = new Set<Element>();
  private readonly observer: IntersectionObserver;

  constructor(onChange: () => void) {
    this.observer = new IntersectionObserver(
      (entries) => {
        let changed = false;
        for (const entry of entries) {
          this.unreported.delete(entry.target);
          const wasNear = this.near.has(entry.target);
          if (entry.isIntersecting) this.near.add(entry.target);
          else this.near.delete(entry.target);
          changed ||= wasNear !== entry.isIntersecting;
        }
        if (changed) onChange();
      },
      { rootMargin: `${MARGIN_SCREENS * 100}% 0px` },
    );
  }

  watch(element: Element): void {
    if (this.watched.has(element)) return;
    this.watched.add(element);
    this.unreported.add(element);
    this.observer.observe(element);
  }

  unwatch(element: Element): void {
    if (!this.watched.delete(element)) return;
    this.observer.unobserve(element);
    this.near.delete(element);
    this.unreported.delete(element);
  }

  /**
   * Watched elements near the viewport now. Those the observer has not reported on yet are measured
   * here (called from a frame callback, where layout is due anyway), so a block that just got marks
   * in view is painted in this frame, not one or two frames later.
   */
  nearElements(): Element[] {
    const elements = [...this.near];
    if (this.unreported.size === 0) return elements;
    const margin = MARGIN_SCREENS * window.innerHeight;
    for (const element of this.unreported) {
      const box = element.getBoundingClientRect();
      if (box.bottom >= -margin && box.top <= window.innerHeight + margin) elements.push(element);
    }
    return elements;
  }

  /** Stops watching everything (the page became small enough to paint whole, or Glosa stops). */
  clear(): void {
    this.observer.disconnect();
    this.near.clear();
    this.unreported.clear();
    this.watched.clear();
  }
}
