import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { NearViewport } from '../../entrypoints/content/paint/near-viewport';
import { fakeViewport, type PlacedBlock, placeBlock, type Viewport } from './support/fake-geometry';

/** Idle callbacks queued by the code under test, run when the test says the browser is idle. */
let idle: Map<number, IdleRequestCallback>;
/** The observers the browser would drive: the page's size, and hidden blocks being shown. */
let resized: (() => void)[];
let shown: { callback: IntersectionObserverCallback; observed: Set<Element> }[];
let viewport: Viewport & { restore(): void };
let near: NearViewport | undefined;
let moved: ReturnType<typeof vi.fn<() => void>>;
/** Every block placed in this test, by element. */
let placedBy: Map<Element, PlacedBlock>;

function runIdle(): void {
  for (let rounds = 0; idle.size > 0 && rounds < 100; rounds++) {
    const [id, callback] = idle.entries().next().value as [number, IdleRequestCallback];
    idle.delete(id);
    callback({ didTimeout: false, timeRemaining: () => 10 });
  }
}

beforeEach(() => {
  idle = new Map();
  resized = [];
  shown = [];
  let nextId = 1;
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => {
    const id = nextId++;
    idle.set(id, callback);
    return id;
  });
  vi.stubGlobal('cancelIdleCallback', (id: number) => idle.delete(id));
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: () => void) {
        resized.push(callback);
      }
      observe() {}
      disconnect() {}
    },
  );
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      private readonly watching: { callback: IntersectionObserverCallback; observed: Set<Element> };
      constructor(callback: IntersectionObserverCallback) {
        this.watching = { callback, observed: new Set() };
        shown.push(this.watching);
      }
      observe(element: Element) {
        this.watching.observed.add(element);
      }
      unobserve(element: Element) {
        this.watching.observed.delete(element);
      }
      disconnect() {
        this.watching.observed.clear();
      }
    },
  );
  viewport = fakeViewport({ height: 1_000, scrollY: 0, pageHeight: 50_000 });
  // A clock that stands still unless a test moves it: measuring slices end by time, and a busy test
  // machine must not decide how many blocks one slice measures.
  vi.spyOn(performance, 'now').mockReturnValue(0);
  moved = vi.fn<() => void>();
  placedBy = new Map();
  near = new NearViewport(moved);
});

afterEach(() => {
  near?.clear();
  near = undefined;
  viewport.restore();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Paragraphs placed at `tops` (page coordinates, 200 px tall), watched in that order. */
function blocksAt(...tops: number[]): { elements: HTMLElement[]; placed: PlacedBlock[] } {
  const elements: HTMLElement[] = [];
  const placed: PlacedBlock[] = [];
  for (const top of tops) {
    const element = document.createElement('p');
    document.body.append(element);
    const block = placeBlock(element, top, 200);
    placedBy.set(element, block);
    placed.push(block);
    near?.watch(element);
    elements.push(element);
  }
  return { elements, placed };
}

/** The bands, as where their blocks are now (page coordinates). */
function bands(): { mustPaint: number[]; paintable: number[] } {
  const { mustPaint, paintable } = (near as NearViewport).bands();
  const tops = (elements: Element[]) => elements.map((element) => placedBy.get(element)?.top ?? Number.NaN);
  return { mustPaint: tops(mustPaint), paintable: tops(paintable) };
}

describe('NearViewport bands', () => {
  test('blocks within two screens must be painted, within six may be, farther ones are left out', () => {
    blocksAt(0, 2_900, 3_100, 6_900, 7_100, 20_000);
    expect(bands()).toEqual({ mustPaint: [0, 2_900], paintable: [0, 2_900, 3_100, 6_900] });
  });

  test('screens above the reader count as much as screens below', () => {
    viewport.scrollY = 10_000;
    blocksAt(3_000, 4_500, 8_500, 10_500, 13_500, 17_500);
    expect(bands()).toEqual({
      mustPaint: [8_500, 10_500],
      paintable: [4_500, 8_500, 10_500, 13_500],
    });
  });

  test('after scrolling to the end, the marks there are near and those at the top are not', () => {
    blocksAt(0, 1_000, 25_000, 49_000);
    expect(bands().mustPaint).toEqual([0, 1_000]);
    viewport.scrollY = 48_500;
    expect(bands()).toEqual({ mustPaint: [49_000], paintable: [49_000] });
  });

  test('a block that takes no room is in no band, until the browser reports it shown near the reader', () => {
    const { elements, placed } = blocksAt(0, 500);
    const panel = placed[1] as PlacedBlock;
    panel.moveTo(0, 0);
    expect(bands().paintable).toEqual([0]);
    const observer = shown[0];
    expect(observer?.observed.has(elements[1] as Element)).toBe(true);

    panel.moveTo(500, 200);
    moved.mockClear();
    observer?.callback(
      [{ target: elements[1], isIntersecting: true } as unknown as IntersectionObserverEntry],
      {} as IntersectionObserver,
    );
    expect(moved).toHaveBeenCalledOnce();
    expect(bands().mustPaint).toEqual([0, 500]);
    // Shown, it is no longer observed (observing costs nothing per frame only while hidden).
    expect(observer?.observed.has(elements[1] as Element)).toBe(false);
  });

  test('unwatched blocks leave the bands', () => {
    const { elements } = blocksAt(0, 500);
    near?.unwatch(elements[0] as Element);
    expect(bands()).toEqual({ mustPaint: [500], paintable: [500] });
  });
});

describe('NearViewport measuring', () => {
  test('a check while scrolling measures only the blocks near the reader again, not the whole page', () => {
    const tops = Array.from({ length: 100 }, (_, index) => index * 500);
    const { placed } = blocksAt(...tops);
    bands();
    expect(placed.every((block) => block.measured === 1)).toBe(true);
    viewport.scrollY = 2_000;
    const { paintable } = bands();
    expect(paintable[0]).toBe(0);
    expect(paintable.at(-1)).toBe(9_000);
    // The blocks painted last time are measured again (a sticky header moves with the viewport); far
    // ones keep their first measure: scrolling is arithmetic.
    expect(placed[0]?.measured).toBe(2);
    expect(placed[60]?.measured).toBe(1);
    expect(placed[99]?.measured).toBe(1);
  });

  test('when the page changes height, blocks that may have come near are measured again', () => {
    const { placed } = blocksAt(0, 9_000, 30_000);
    expect(bands().paintable).toEqual([0]);
    // Content above went away: the page is 3,000 px shorter and the block at 9,000 is now at 6,000.
    (placed[1] as PlacedBlock).moveTo(6_000);
    (placed[2] as PlacedBlock).moveTo(27_000);
    viewport.pageHeight -= 3_000;
    expect(bands()).toEqual({ mustPaint: [0], paintable: [0, 6_000] });
    // The far block could not have come near (it moved 3,000 px at most): it is not measured again.
    expect(placed[2]?.measured).toBe(1);
  });

  test('a new viewport size measures every block again', () => {
    const { placed } = blocksAt(0, 20_000, 40_000);
    bands();
    expect(placed.map((block) => block.measured)).toEqual([1, 1, 1]);
    viewport.height = 800;
    bands();
    expect(placed.every((block) => block.measured >= 2)).toBe(true);
  });

  test('a long page is measured in slices: the blocks watched first at once, the rest when idle', () => {
    let clock = 0;
    // Each look at the clock is a millisecond later: measuring is not free.
    vi.spyOn(performance, 'now').mockImplementation(() => ++clock);
    // Watched in reading order of the scan: what the reader sees first (at 500), then from the top.
    const tops = [500, ...Array.from({ length: 29 }, (_, index) => index * 100)];
    blocksAt(...tops);
    const first = bands().paintable;
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(tops.length);
    expect(first).toEqual(tops.slice(0, first.length));
    expect(idle.size).toBe(1);
    expect(moved).not.toHaveBeenCalled();

    runIdle();
    // Once every block is measured, one more check is asked for: they may be near.
    expect(moved).toHaveBeenCalledOnce();
    expect(bands().paintable).toHaveLength(tops.length);
    expect(idle.size).toBe(0);
  });
});

describe('NearViewport asking for checks', () => {
  test('scrolling asks at once, at most every 100 ms while it goes on, and once more when it stops', () => {
    vi.useFakeTimers();
    blocksAt(0);
    window.dispatchEvent(new Event('scroll'));
    expect(moved).toHaveBeenCalledTimes(1);
    for (let elapsed = 10; elapsed < 300; elapsed += 10) {
      vi.advanceTimersByTime(10);
      window.dispatchEvent(new Event('scroll'));
    }
    expect(moved).toHaveBeenCalledTimes(3); // at 0, 100 and 200 ms
    vi.advanceTimersByTime(99);
    expect(moved).toHaveBeenCalledTimes(3);
    vi.advanceTimersByTime(1);
    expect(moved).toHaveBeenCalledTimes(4); // 100 ms after the last scroll
    vi.advanceTimersByTime(1_000);
    expect(moved).toHaveBeenCalledTimes(4);
  });

  test('a resized window and a page that changes height ask for a check', () => {
    vi.useFakeTimers();
    blocksAt(0);
    window.dispatchEvent(new Event('resize'));
    expect(moved).toHaveBeenCalledTimes(1);
    expect(resized).toHaveLength(1);
    resized[0]?.();
    expect(moved).toHaveBeenCalledTimes(2);
  });

  test('a scrolling box without marked blocks, or scrolling sideways, asks for nothing', () => {
    vi.useFakeTimers();
    const { elements } = blocksAt(0, 20_000);
    const carousel = document.createElement('div');
    document.body.append(carousel);
    carousel.scrollTop = 300;
    carousel.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(500);
    expect(moved).not.toHaveBeenCalled();

    const panel = document.createElement('div');
    document.body.append(panel);
    panel.append(...elements);
    panel.dispatchEvent(new Event('scroll'));
    expect(moved).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(500);
    const checks = moved.mock.calls.length;
    panel.dispatchEvent(new Event('scroll')); // sideways: its scrollTop did not change
    vi.advanceTimersByTime(500);
    expect(moved).toHaveBeenCalledTimes(checks);
  });

  test('blocks inside a panel that scrolled are measured again, even far ones', () => {
    vi.useFakeTimers();
    const { elements, placed } = blocksAt(0, 20_000);
    const panel = document.createElement('div');
    document.body.append(panel);
    panel.append(...elements);
    bands();
    bands();
    const far = placed[1] as PlacedBlock;
    expect(far.measured).toBe(1);
    // The panel scrolled its end into view: the window did not scroll, the blocks moved.
    panel.scrollTop = 19_800;
    far.moveTo(200);
    (placed[0] as PlacedBlock).moveTo(-19_800);
    panel.dispatchEvent(new Event('scroll'));
    expect(bands().mustPaint).toEqual([200]);
    expect(far.measured).toBe(2);
  });

  test('clear stops everything: no check on scroll, no idle work, no band', () => {
    vi.spyOn(performance, 'now').mockImplementation(
      (() => {
        let clock = 0;
        return () => (clock += 5);
      })(),
    );
    blocksAt(0, 100, 200);
    bands();
    expect(idle.size).toBe(1);
    near?.clear();
    expect(idle.size).toBe(0);
    window.dispatchEvent(new Event('scroll'));
    window.dispatchEvent(new Event('resize'));
    expect(moved).not.toHaveBeenCalled();
    expect(bands()).toEqual({ mustPaint: [], paintable: [] });
  });
});
