/**
 * Which elements are within a couple of screens of the viewport. Chromium's highlight painting costs
 * grow with every registered range on any change, so on very large pages only marks near what the
 * reader sees are registered, and the set follows scrolling.
 */
export class NearViewport {
  private readonly near = new Set<Element>();
  private readonly watched = new WeakSet<Element>();
  private readonly observer: IntersectionObserver;

  constructor(onChange: () => void) {
    this.observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) this.near.add(entry.target);
          else this.near.delete(entry.target);
        }
        onChange();
      },
      { rootMargin: '200% 0px' },
    );
  }

  /** Whether `element` is near the viewport; it is watched from the first time it is asked about. */
  isNear(element: Element): boolean {
    if (!this.watched.has(element)) {
      this.watched.add(element);
      this.observer.observe(element);
    }
    return this.near.has(element);
  }

  dispose(): void {
    this.observer.disconnect();
    this.near.clear();
  }
}
