import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { untilFrameReady } from '../../entrypoints/content/frame-text';

/**
 * The reader's viewport as the frame's IntersectionObserver sees it: `show()` scrolls the frame into
 * view (or it starts there when `onScreen`).
 */
function fakeViewport(onScreen: boolean) {
  const observers: { callback: IntersectionObserverCallback; targets: Element[] }[] = [];
  let shown = onScreen;
  const report = (observer: (typeof observers)[number]) =>
    observer.callback(
      observer.targets.map((target) => ({ target, isIntersecting: shown }) as IntersectionObserverEntry),
      {} as IntersectionObserver,
    );
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      private readonly entry: (typeof observers)[number];
      constructor(callback: IntersectionObserverCallback) {
        this.entry = { callback, targets: [] };
        observers.push(this.entry);
      }
      observe(target: Element) {
        this.entry.targets.push(target);
        // Browsers report a target's first state at once.
        queueMicrotask(() => report(this.entry));
      }
      disconnect() {
        observers.splice(observers.indexOf(this.entry), 1);
      }
    },
  );
  return {
    show() {
      shown = true;
      for (const observer of [...observers]) report(observer);
    },
    watching: () => observers.length,
  };
}

/** A frame (a player, an ad) reads no term index until it holds text, is on screen and the page is idle. */
describe('untilFrameReady', () => {
  let idle: IdleRequestCallback[];
  beforeEach(() => {
    idle = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });
  const runIdle = () => {
    for (const callback of idle.splice(0)) callback({ didTimeout: false, timeRemaining: () => 10 });
  };

  test('a frame with a sentence on screen: once the page is idle, not before', async () => {
    fakeViewport(true);
    document.body.innerHTML = '<p>Inside a frame: Keiko Fujimori.</p>';
    let ready = false;
    const waiting = untilFrameReady(document).then(() => {
      ready = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ready).toBe(false);
    expect(idle).toHaveLength(1);
    runIdle();
    await waiting;
    expect(ready).toBe(true);
  });

  test('a frame far down the page waits until the reader scrolls to it', async () => {
    const viewport = fakeViewport(false);
    document.body.innerHTML = '<p>Inside a frame: Keiko Fujimori.</p>';
    let ready = false;
    const waiting = untilFrameReady(document).then(() => {
      ready = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    runIdle();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ready).toBe(false);
    expect(viewport.watching()).toBe(1);
    viewport.show();
    await new Promise((resolve) => setTimeout(resolve, 0));
    runIdle();
    await waiting;
    expect(ready).toBe(true);
    // Once read, the frame's place on screen is no longer watched.
    expect(viewport.watching()).toBe(0);
  });

  test('a player with a few labels waits, and goes on once an article arrives in it', async () => {
    fakeViewport(true);
    vi.useFakeTimers();
    document.body.innerHTML =
      '<video></video><button>Play</button><span>0:00 / 3:25</span><button>Share</button>';
    let ready = false;
    void untilFrameReady(document).then(() => {
      ready = true;
    });
    await vi.advanceTimersByTimeAsync(2_000);
    runIdle();
    expect(ready).toBe(false);
    // A few more labels are still not text to read.
    document.body.append(Object.assign(document.createElement('span'), { textContent: '1:00 / 3:25 HD' }));
    await vi.advanceTimersByTimeAsync(2_000);
    runIdle();
    expect(ready).toBe(false);
    const article = document.createElement('p');
    article.textContent = 'Ollanta Humala won the runoff.';
    document.body.append(article);
    await vi.advanceTimersByTimeAsync(1_000);
    runIdle();
    await vi.advanceTimersByTimeAsync(0);
    expect(ready).toBe(true);
  });
});
