import type { TermIndex } from './protocol';

/**
 * background → content scripts: the term index, kept ready in extension storage so that a page being
 * loaded reads it straight away instead of waking the background for it (a round trip of 50 ms with
 * the background awake, several hundred when it is not). Content scripts already receive this index;
 * web pages cannot read extension storage.
 */
export const TERM_INDEX_KEY = 'termIndex';
/**
 * options → background and content scripts: when the reader last changed their own terms (a number
 * that only grows). A storage change wakes the background and is not lost when the options page closes
 * at once, as a message from it can be; an index built before it is stale, and a page asks instead.
 */
export const OWN_TERMS_CHANGED_KEY = 'ownTermsChangedAt';

export interface StoredTermIndex {
  /** The extension version that built it: an index of another version is not used. */
  version: string;
  /** The reader's own terms as of this change (OWN_TERMS_CHANGED_KEY's value when they were read). */
  ownTermsAt: number;
  /**
   * The TermIndex as JSON text: storage hands one string over far faster than the tens of thousands of
   * numbers in it (measured in Chromium, 400 KB: about 130 ms as an object, 40–50 ms as text). Its
   * matcher is packed (core/matching/packed-terms.ts): 96 KB in all, first marks 37 ms sooner on a
   * 100 KB page, unpacking included.
   */
  json: string;
}

/** The stored form of `index`, for extension `version`, built from the own terms as of `ownTermsAt`. */
export function storedTermIndex(version: string, ownTermsAt: number, index: TermIndex): StoredTermIndex {
  return { version, ownTermsAt, json: JSON.stringify(index) };
}

/**
 * The index stored for `version`, or undefined when none is, another version's, or one not built from the
 * reader's own terms as of their last change (`ownTermsChangedAt`).
 */
export function termIndexFrom(
  version: string,
  value: unknown,
  ownTermsChangedAt: unknown = 0,
): TermIndex | undefined {
  const stored = value as Partial<StoredTermIndex> | null | undefined;
  if (stored?.version !== version || typeof stored.json !== 'string') return undefined;
  const changedAt = typeof ownTermsChangedAt === 'number' ? ownTermsChangedAt : 0;
  // Built from the last change itself: an earlier stamp (or a later one, were the clock set back) is stale.
  if (stored.ownTermsAt !== changedAt) return undefined;
  try {
    const index = JSON.parse(stored.json) as Partial<TermIndex> | null;
    // One a build of the same version wrote before its shape grew (a reload while developing): rebuilt.
    return index && typeof index.wordLists === 'object' && index.wordLists !== null
      ? (index as TermIndex)
      : undefined;
  } catch {
    return undefined;
  }
}
