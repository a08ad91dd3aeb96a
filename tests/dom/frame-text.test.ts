import { describe, expect, test, vi } from 'vitest';
import { untilFrameReady } from '../../entrypoints/content/frame-text';

/** A frame (a player, an ad) reads no term index until it holds text to mark and the page is idle. */
describe('untilFrameReady', () => {
  test('a frame with a sentence: once the page is idle, not before', async () => {
    const idle: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback));
    try {
      document.body.innerHTML = '<p>Inside a frame: Keiko Fujimori.</p>';
      let ready = false;
      const waiting = untilFrameReady(document).then(() => {
        ready = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(ready).toBe(false);
      expect(idle).toHaveLength(1);
      idle[0]?.({ didTimeout: false, timeRemaining: () => 10 });
      await waiting;
      expect(ready).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  test('a player with a few labels waits, and goes on once an article arrives in it', async () => {
    vi.useFakeTimers();
    try {
      document.body.innerHTML =
        '<video></video><button>Play</button><span>0:00 / 3:25</span><button>Share</button>';
      let ready = false;
      void untilFrameReady(document).then(() => {
        ready = true;
      });
      await vi.advanceTimersByTimeAsync(2_000);
      expect(ready).toBe(false);
      // A few more labels are still not text to read.
      document.body.append(Object.assign(document.createElement('span'), { textContent: '1:00 / 3:25 HD' }));
      await vi.advanceTimersByTimeAsync(2_000);
      expect(ready).toBe(false);
      const article = document.createElement('p');
      article.textContent = 'Ollanta Humala won the runoff.';
      document.body.append(article);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(ready).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
