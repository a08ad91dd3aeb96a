import {
  newOwnEntryId,
  type OwnEntry,
  type PackRefusal,
  packOf,
  parsePack,
} from '../core/glossary/own-terms';
import { type StorageFailure, storageFailureOf } from '../core/storage-failure';
import { ownTermsDb } from './own-terms-db';

/** What a write did: how many terms it wrote, or why it wrote none. */
export type WriteResult =
  | { ok: true; count: number }
  | { ok: false; failure: StorageFailure }
  | { ok: false; refusal: PackRefusal };

async function write(count: number, change: () => Promise<unknown>): Promise<WriteResult> {
  try {
    await change();
  } catch (error) {
    return { ok: false, failure: storageFailureOf(error) };
  }
  return { ok: true, count };
}

/** Every own term, by name. */
export function listOwnEntries(): Promise<OwnEntry[]> {
  return ownTermsDb().entries.orderBy('term').toArray();
}

export function saveOwnEntry(
  draft: Omit<OwnEntry, 'id' | 'updatedAt'>,
  existingId?: string,
): Promise<WriteResult> {
  const entry: OwnEntry = { ...draft, id: existingId ?? newOwnEntryId(draft.term), updatedAt: Date.now() };
  return write(1, () => ownTermsDb().entries.put(entry));
}

export function deleteOwnEntry(id: string): Promise<WriteResult> {
  return write(1, () => ownTermsDb().entries.delete(id));
}

/** Validates the whole file first, then writes every entry in one transaction, or none. */
export function importPack(fileText: string): Promise<WriteResult> {
  const parsed = parsePack(fileText, Date.now());
  if (!parsed.ok) return Promise.resolve(parsed);
  const db = ownTermsDb();
  return write(parsed.entries.length, () =>
    db.transaction('rw', db.entries, () => db.entries.bulkPut(parsed.entries)),
  );
}

export async function exportPack(): Promise<string> {
  return packOf(await listOwnEntries());
}
