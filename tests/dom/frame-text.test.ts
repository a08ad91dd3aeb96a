import { describe, expect, test, vi } from 'vitest';
import { untilFrameHasText } from '../../entrypoints/content/frame-text';

/** A frame (a player, an ad) reads no term index until it holds text to mark. */
describe('untilFrameHasText', () => {
  test('a frame with a sentence: at once', async () => {
    document.body.innerHTML = '<p>Inside a frame: Keiko Fujimori.</p>';
    await expect(untilFrameHasText(document)).resolves.toBeUndefined();
  });

  test('a player with a few labels waits, and goes on once an article arrives in it', async () => {
    vi.useFakeTimers();
    try {
      document.body.innerHTML =
        '<video></video><button>Play</button><span>0:00 / 3:25</span><button>Share</button>';
      let ready = false;
      void untilFrameHasText(document).then(() => {
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
