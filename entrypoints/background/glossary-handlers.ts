import { browser } from 'wxt/browser';
import { entryView } from '../../core/glossary/entry-view';
import { explainedText } from '../../core/glossary/explanation';
import { glossaryVersionItem, ownTermsChangedItem } from '../../messaging/channels';
import { type EntrySummary, messenger } from '../../messaging/protocol';
import { EntryIdSchema, GlossaryQuerySchema, validPayload } from '../../messaging/schemas';
import { readerGlossary } from './reader-glossary';
import { fromExtensionPage } from './senders';
import { storeTermIndex } from './term-index-store';

/** The popup lists at most this many results. */
const RESULT_LIMIT = 30;
/** Queries are cut here: a search box does not need more, and a long one costs. */
const QUERY_LIMIT = 200;

/** Tells every tab's content script that the term list changed, and the extension pages that names did. */
async function announceChange(): Promise<void> {
  await glossaryVersionItem.setValue(Date.now());
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : messenger.sendMessage('termIndexChanged', undefined, tab.id).catch(() => {}),
    ),
  );
}

/** Answers questions about the reader's glossary (bundled + own terms), built here for every world. */
export function registerGlossaryHandlers(): void {
  // Installed or updated (an unpacked reload too): the stored index is built afresh for the new version.
  browser.runtime.onInstalled.addListener(() => void storeTermIndex());
  // Asked only by pages that found no index stored for this version: store it for the next ones.
  messenger.onMessage('getTermIndex', async () => {
    void storeTermIndex();
    return (await readerGlossary()).termIndex;
  });
  messenger.onMessage('getEntry', async ({ data }) => {
    const entryId = validPayload(EntryIdSchema, data);
    return entryId === undefined ? null : entryView((await readerGlossary()).entries, entryId);
  });
  // The reader's own terms are in these answers: for Glosa's own pages only, never a content script.
  messenger.onMessage('searchGlossary', async ({ sender, data }): Promise<EntrySummary[]> => {
    if (!fromExtensionPage(sender)) return [];
    const asked = validPayload(GlossaryQuerySchema, data);
    const query = asked?.query.slice(0, QUERY_LIMIT) ?? '';
    if (!asked || query.trim().length < 2) return [];
    const hits = (await readerGlossary()).search.search(query, RESULT_LIMIT, asked.onPage);
    return hits.map(({ entry, guessed }) => ({
      id: entry.id,
      term: entry.term,
      category: entry.category,
      summary: explainedText(entry, asked.language).summary,
      ...(guessed ? { guessed } : {}),
    }));
  });
  messenger.onMessage('getTermNames', async ({ sender }) => {
    const names: Record<string, string> = {};
    if (!fromExtensionPage(sender)) return names;
    for (const [id, entry] of (await readerGlossary()).entries) names[id] = entry.term;
    return names;
  });
  // The options page records own-term changes in storage: the change wakes this worker, and outlives an
  // options page closed at once (a message from it was lost then); readerGlossary() sees the new stamp
  // and rebuilds. A content script that wrote it could only cause a rebuild.
  ownTermsChangedItem.watch(async () => {
    await storeTermIndex();
    await announceChange();
  });
}
