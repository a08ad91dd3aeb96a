import { newOwnEntryId, type OwnEntry, packOf, parsePack } from '../../core/glossary/own-terms';
import { ownTermsDb } from '../../data/own-terms-db';
import { messenger } from '../../messaging/protocol';

export type WriteResult = { ok: true; count: number } | { ok: false; problem: string };

function describe(error: unknown): string {
  if (error instanceof Error && error.name === 'QuotaExceededError') return 'the disk is full';
  return error instanceof Error ? error.message : String(error);
}

/** After every change: the background rebuilds the term list and open pages read themselves again. */
async function announce(): Promise<void> {
  await messenger.sendMessage('ownTermsChanged', undefined).catch(() => {});
}

export async function saveOwnEntry(
  draft: Omit<OwnEntry, 'id' | 'updatedAt'>,
  existingId?: string,
): Promise<WriteResult> {
  const entry: OwnEntry = { ...draft, id: existingId ?? newOwnEntryId(draft.term), updatedAt: Date.now() };
  try {
    await ownTermsDb().entries.put(entry);
  } catch (error) {
    return { ok: false, problem: describe(error) };
  }
  await announce();
  return { ok: true, count: 1 };
}

export async function deleteOwnEntry(id: string): Promise<WriteResult> {
  try {
    await ownTermsDb().entries.delete(id);
  } catch (error) {
    return { ok: false, problem: describe(error) };
  }
  await announce();
  return { ok: true, count: 1 };
}

/** Validates the whole file first, then writes every entry in one transaction, or none. */
export async function importPack(fileText: string): Promise<WriteResult> {
  const parsed = parsePack(fileText, Date.now());
  if (!parsed.ok) return parsed;
  const db = ownTermsDb();
  try {
    await db.transaction('rw', db.entries, () => db.entries.bulkPut(parsed.entries));
  } catch (error) {
    return { ok: false, problem: describe(error) };
  }
  await announce();
  return { ok: true, count: parsed.entries.length };
}

export async function exportPack(): Promise<string> {
  return packOf(await ownTermsDb().entries.orderBy('term').toArray());
}
