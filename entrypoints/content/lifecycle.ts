import { browser } from 'wxt/browser';

/** How often the script checks that the extension is still there, and whether the page navigated. */
const TICK_MS = 1_000;

/** The content script's life: it ends only when the extension is really gone. */
export interface Lifecycle {
  /** Whether the extension is gone (updated, reloaded, disabled or removed). */
  readonly ended: boolean;
  /** Runs once, when the extension is found gone. */
  onEnd(callback: () => void): void;
  /** Runs when the page's address changed without a load (single-page apps). */
  onNavigate(callback: () => void): void;
}

/** Whether this content script's extension still exists: an orphaned script loses its runtime id. */
function extensionAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}

/**
 * Nothing the page can send or dispatch ends it: it listens to no window message and no page event.
 * Each tick checks the extension (an orphaned script of an updated Glosa finds its runtime gone and
 * ends, clearing what it painted) and the address (single-page navigation, which fires no load).
 */
export function startLifecycle(): Lifecycle {
  const endings: (() => void)[] = [];
  const navigations: (() => void)[] = [];
  let ended = false;
  let address = location.href;
  const end = () => {
    if (ended) return;
    ended = true;
    clearInterval(timer);
    for (const callback of endings) {
      try {
        callback();
      } catch {
        // One part failing to clean up must not keep the others from it.
      }
    }
  };
  const timer = setInterval(() => {
    if (!extensionAlive()) return end();
    if (location.href !== address) {
      address = location.href;
      for (const callback of navigations) callback();
    }
  }, TICK_MS);
  return {
    get ended() {
      if (!ended && !extensionAlive()) end();
      return ended;
    },
    onEnd: (callback) => void endings.push(callback),
    onNavigate: (callback) => void navigations.push(callback),
  };
}
