import { browser } from 'wxt/browser';
import { storedTermIndex, TERM_INDEX_KEY } from '../../messaging/term-index-item';
import { readerGlossary } from './reader-glossary';

/**
 * Keeps the reader's term index in extension storage for content scripts (messaging/term-index-item.ts).
 * A write that fails (a full disk) leaves no index behind rather than an old one: pages then ask the
 * background, as they do when none is stored.
 */
export async function storeTermIndex(): Promise<void> {
  const { termIndex } = await readerGlossary();
  const stored = storedTermIndex(browser.runtime.getManifest().version, termIndex);
  try {
    await browser.storage.local.remove(TERM_INDEX_KEY);
    await browser.storage.local.set({ [TERM_INDEX_KEY]: stored });
  } catch {
    // Pages ask for the index with a message when none is stored.
  }
}
