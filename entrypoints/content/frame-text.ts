/**
 * A frame with fewer letters than this (an ad, a tracking frame, a player's buttons and time codes) has
 * nothing to mark yet; one sentence with a name has more.
 */
const FRAME_MIN_LETTERS = 20;
/** Letters are counted in the text's first this many characters: enough to decide, cheap on a big frame. */
const SAMPLE_CHARS = 2_000;
/** How often a quiet frame looks again at its text after it changed. */
const RECHECK_MS = 500;
/** A frame with text waits for the page to be idle, this long at most. */
const FRAME_IDLE_TIMEOUT_MS = 1_000;

function letters(doc: Document): number {
  const sample = doc.body?.textContent?.slice(0, SAMPLE_CHARS) ?? '';
  return sample.replace(/[^\p{L}]/gu, '').length;
}

/**
 * Resolves once a frame's document holds some text to read (at once for most, later for an embedded
 * player or ad that gains text), is on the reader's screen, and the page is idle. Until then the frame
 * costs the reader nothing but this script's start: no term index is read, nothing is watched but the
 * document itself.
 */
export async function untilFrameReady(doc: Document): Promise<void> {
  if (letters(doc) < FRAME_MIN_LETTERS) await untilLetters(doc);
  // A page with dozens of embeds shows a few at a time: each one's copy of Glosa loads its index (a
  // fraction of a megabyte, collected in the engine the page and all its frames share) when the reader
  // scrolls to it. A hidden frame (a tracker, a preloaded widget) is never read.
  await untilOnScreen(doc);
  // The page and its top frame first: a page with dozens of embeds would otherwise read its index and
  // build its matcher dozens of times while the reader waits for the article's first marks.
  if (typeof requestIdleCallback === 'function')
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: FRAME_IDLE_TIMEOUT_MS }));
}

/**
 * Resolves once the frame's document intersects the reader's viewport: an IntersectionObserver without a
 * root measures against the top page's viewport, through every frame around this one.
 */
function untilOnScreen(doc: Document): Promise<void> {
  if (typeof IntersectionObserver !== 'function') return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(doc.documentElement);
  });
}

function untilLetters(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    // One look per RECHECK_MS however many changes come meanwhile.
    let looking = false;
    const observer = new MutationObserver(() => {
      if (looking) return;
      looking = true;
      setTimeout(() => {
        looking = false;
        if (letters(doc) < FRAME_MIN_LETTERS) return;
        observer.disconnect();
        resolve();
      }, RECHECK_MS);
    });
    observer.observe(doc.documentElement, { childList: true, characterData: true, subtree: true });
  });
}
