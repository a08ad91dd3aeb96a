import { browser } from 'wxt/browser';
import { type EntryView, messenger } from '../../messaging/protocol';
import { EntryIdSchema, validPayload } from '../../messaging/schemas';
import { forgetReaderGlossary, type ReaderGlossary, readerGlossary } from './reader-glossary';

function entryView(glossary: ReaderGlossary, payload: unknown): EntryView | null {
  const entryId = validPayload(EntryIdSchema, payload);
  if (entryId === undefined) return null;
  const entry = glossary.entries.get(entryId);
  if (!entry) return null;
  const related = entry.related.flatMap((id) => {
    const other = glossary.entries.get(id);
    return other ? [{ id, term: other.term }] : [];
  });
  return { entry, related };
}

/** Tells every tab's content script that the term list changed. */
async function notifyTabs(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : messenger.sendMessage('termIndexChanged', undefined, tab.id).catch(() => {}),
    ),
  );
}

/** Answers questions about the glossary the reader sees, and spreads changes to the reader's terms. */
export function registerGlossaryHandlers(): void {
  messenger.onMessage('getTermIndex', async () => (await readerGlossary()).termIndex);
  messenger.onMessage('getEntry', async ({ data }) => entryView(await readerGlossary(), data));
  messenger.onMessage('ownTermsChanged', async () => {
    forgetReaderGlossary();
    await readerGlossary();
    await notifyTabs();
  });
}
