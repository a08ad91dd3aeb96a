/** Why a write to the extension's database failed, as a code each surface words in its language. */
export type StorageFailure = { kind: 'noSpace' } | { kind: 'closed' } | { kind: 'other'; detail: string };

/** The failure a Dexie or IndexedDB error stands for. */
export function storageFailureOf(error: unknown): StorageFailure {
  const name = (error as { name?: string } | null)?.name ?? '';
  const text = String(error);
  if (name === 'QuotaExceededError' || /quota/i.test(text)) return { kind: 'noSpace' };
  if (name === 'DatabaseClosedError' || /closed/i.test(text)) return { kind: 'closed' };
  return { kind: 'other', detail: (error as Error | null)?.message ?? '' };
}
