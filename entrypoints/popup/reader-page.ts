import { messenger } from '../../messaging/protocol';
import { type PageStatus, PageStatusSchema, PageTermsSchema, validPayload } from '../../messaging/schemas';
import { readerTabCandidates } from '../../platform/reader-tab';

/** What Glosa does on the reader's page, asked of its top frame; null where Glosa does not run. */
export async function readerPageStatus(): Promise<{ tabId: number; status: PageStatus } | null> {
  const [tabId] = await readerTabCandidates().catch(() => []);
  if (tabId === undefined) return null;
  const reply = await messenger
    .sendMessage('getPageStatus', undefined, { tabId, frameId: 0 })
    .catch(() => null);
  const status = validPayload(PageStatusSchema, reply);
  return status ? { tabId, status } : null;
}

/**
 * The entries the reader's page names, most named first: the search lists them first among entries
 * that share a name ("Fujimori" on a page about Keiko).
 */
export async function entriesOnReaderPage(tabId: number): Promise<string[]> {
  const reply = await messenger
    .sendMessage('getPageTerms', undefined, { tabId, frameId: 0 })
    .catch(() => null);
  const terms = validPayload(PageTermsSchema, reply) ?? [];
  return [...terms].sort((a, b) => b.count - a.count).map((term) => term.entryId);
}
