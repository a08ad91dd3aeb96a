import { browser } from 'wxt/browser';
import { messenger, type TermIndex } from '../../messaging/protocol';
import { TERM_INDEX_KEY, termIndexFrom } from '../../messaging/term-index-item';
import { markForBench } from './bench-marks';

/**
 * The term index: from extension storage where the background keeps it for this version (no waiting for
 * the background, asleep or not), else from the background, which then stores it for the next page.
 */
export async function readTermIndex(): Promise<TermIndex> {
  try {
    const items = await browser.storage.local.get(TERM_INDEX_KEY);
    markForBench('glosa:index-read');
    const index = termIndexFrom(browser.runtime.getManifest().version, items[TERM_INDEX_KEY]);
    if (index) return index;
  } catch {
    // Storage unreadable: the background answers instead.
  }
  return messenger.sendMessage('getTermIndex', undefined);
}
