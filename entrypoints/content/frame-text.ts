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
 * player or ad that gains text) and the page is idle. Until then the frame costs the reader nothing but
 * this script's start: no term index is read, nothing is watched but the document itself.
 */
export async function untilFrameReady(doc: Document): Promise<void> {
  if (letters(doc) < FRAME_MIN_LETTERS) await untilLetters(doc);
  // The page and its top frame first: a page with dozens of embeds would otherwise read its index and
  // build its matcher dozens of times while the reader waits for the article's first marks.
  if (typeof requestIdleCallback === 'function')
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: FRAME_IDLE_TIMEOUT_MS }));
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
