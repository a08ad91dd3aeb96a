import { storage } from 'wxt/utils/storage';
import type { NoteDraft } from '../core/notes/draft';
import type { NotesDatabase } from './notes-db';

/** Where earlier versions kept the draft (extension storage, readable by content scripts). */
const LEGACY_DRAFT_KEY = 'local:noteDraft';

/**
 * The note being typed, from the notes database. A draft an earlier version left in extension storage
 * is moved here the first time, and removed from there.
 */
export async function loadDraft(db: NotesDatabase): Promise<NoteDraft | null> {
  const stored = await db.drafts.get('current');
  if (stored) {
    const { id: _id, ...draft } = stored;
    return draft;
  }
  const legacy = await storage.getItem<NoteDraft>(LEGACY_DRAFT_KEY).catch(() => null);
  if (!legacy) return null;
  await db.drafts.put({ ...legacy, id: 'current' });
  await storage.removeItem(LEGACY_DRAFT_KEY);
  return legacy;
}

export async function saveDraft(db: NotesDatabase, draft: NoteDraft): Promise<void> {
  await db.drafts.put({ ...draft, id: 'current' });
}
