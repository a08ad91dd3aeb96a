import { browser } from 'wxt/browser';
import { storedTermIndex, TERM_INDEX_KEY } from '../../messaging/term-index-item';
import { readerGlossary } from './reader-glossary';

/** The write not yet begun, if any: later requests join it (it will read the glossary as it is then). */
let waiting: Promise<void> | undefined;
/** The writes one after another: the last one stored is the last glossary built. */
let previous: Promise<void> = Promise.resolve();

/**
 * Keeps the reader's term index in extension storage for content scripts (messaging/term-index-item.ts).
 * Writes run one at a time and requests made while one waits join it: a page load with dozens of frames
 * asking writes it once. A write that fails (a full disk) leaves no index behind rather than an old one:
 * pages then ask the background, as they do when none is stored.
 */
export function storeTermIndex(): Promise<void> {
  if (waiting) return waiting;
  const write = previous.then(async () => {
    waiting = undefined;
    const { termIndex, ownTermsAt } = await readerGlossary();
    const stored = storedTermIndex(browser.runtime.getManifest().version, ownTermsAt, termIndex);
    try {
      await browser.storage.local.remove(TERM_INDEX_KEY);
      await browser.storage.local.set({ [TERM_INDEX_KEY]: stored });
    } catch {
      // Pages ask for the index with a message when none is stored.
    }
  });
  waiting = write;
  previous = write.catch(() => {});
  return write;
}
