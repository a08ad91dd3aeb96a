import { browser } from 'wxt/browser';
import { messenger, type TermIndex } from '../../messaging/protocol';
import { OWN_TERMS_CHANGED_KEY, TERM_INDEX_KEY, termIndexFrom } from '../../messaging/term-index-item';
import { markForBench } from './bench-marks';

/**
 * The term index: from extension storage where the background keeps it for this version and the reader's
 * latest own terms (no waiting for the background, asleep or not), else from the background, which then
 * stores it for the next page.
 */
export async function readTermIndex(): Promise<TermIndex> {
  try {
    const items = await browser.storage.local.get([TERM_INDEX_KEY, OWN_TERMS_CHANGED_KEY]);
    markForBench('glosa:index-read');
    const version = browser.runtime.getManifest().version;
    const index = termIndexFrom(version, items[TERM_INDEX_KEY], items[OWN_TERMS_CHANGED_KEY]);
    if (index) return index;
  } catch {
    // Storage unreadable: the background answers instead.
  }
  return messenger.sendMessage('getTermIndex', undefined);
}
