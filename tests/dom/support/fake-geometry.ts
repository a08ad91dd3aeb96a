import { vi } from 'vitest';

/**
 * happy-dom lays nothing out. A stand-in page geometry for code that measures blocks: a viewport
 * `height` tall scrolled to `scrollY`, a page `pageHeight` tall and `pageWidth` wide, and blocks placed
 * at page coordinates (their viewport box follows the scroll, as in a browser).
 */
export interface Viewport {
  height: number;
  scrollY: number;
  pageHeight: number;
  width: number;
}

export function fakeViewport(initial: Partial<Viewport> = {}): Viewport & { restore(): void } {
  const state: Viewport = { height: 1_000, scrollY: 0, pageHeight: 50_000, width: 1_200, ...initial };
  const root = document.documentElement;
  const stubs = [
    vi.spyOn(window, 'innerHeight', 'get').mockImplementation(() => state.height),
    vi.spyOn(window, 'innerWidth', 'get').mockImplementation(() => state.width),
    vi.spyOn(window, 'scrollY', 'get').mockImplementation(() => state.scrollY),
    vi.spyOn(root, 'scrollHeight', 'get').mockImplementation(() => state.pageHeight),
    vi.spyOn(root, 'scrollWidth', 'get').mockImplementation(() => state.width),
  ];
  return Object.assign(state, {
    restore() {
      for (const stub of stubs) stub.mockRestore();
    },
  });
}

/** A block placed on the stand-in page, and how often it was measured. */
export interface PlacedBlock {
  /** Where it is now, in page coordinates. */
  readonly top: number;
  measured: number;
  /** Moves it (content added above, shown, hidden: height 0). */
  moveTo(top: number, height?: number): void;
}

/**
 * Places `element` from `top` to `top + height` in page coordinates (height 0: it takes no room, as
 * with display: none).
 */
export function placeBlock(element: Element, top: number, height: number): PlacedBlock {
  const place = { top, height };
  const block: PlacedBlock = {
    get top() {
      return place.top;
    },
    measured: 0,
    moveTo(to, newHeight = place.height) {
      place.top = to;
      place.height = newHeight;
    },
  };
  element.getBoundingClientRect = () => {
    block.measured++;
    if (place.height === 0) return new DOMRect(0, 0, 0, 0);
    return new DOMRect(0, place.top - window.scrollY, 600, place.height);
  };
  return block;
}
