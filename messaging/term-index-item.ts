import type { TermIndex } from './protocol';

/**
 * background → content scripts: the term index, kept ready in extension storage so that a page being
 * loaded reads it straight away instead of waking the background for it (a round trip of 50 ms with
 * the background awake, several hundred when it is not). Content scripts already receive this index;
 * web pages cannot read extension storage.
 */
export const TERM_INDEX_KEY = 'termIndex';

export interface StoredTermIndex {
  /** The extension version that built it: an index of another version is not used. */
  version: string;
  /**
   * The TermIndex as JSON text: storage hands one string over far faster than the tens of thousands of
   * numbers in it (measured in Chromium, 400 KB: about 130 ms as an object, 40–50 ms as text). Its
   * matcher is packed (core/matching/packed-terms.ts): 96 KB in all, first marks 37 ms sooner on a
   * 100 KB page, unpacking included.
   */
  json: string;
}

/** The stored form of `index`, for extension `version`. */
export function storedTermIndex(version: string, index: TermIndex): StoredTermIndex {
  return { version, json: JSON.stringify(index) };
}

/** The index stored for `version`, or undefined when none is, or another version's. */
export function termIndexFrom(version: string, value: unknown): TermIndex | undefined {
  const stored = value as Partial<StoredTermIndex> | null | undefined;
  if (stored?.version !== version || typeof stored.json !== 'string') return undefined;
  try {
    return JSON.parse(stored.json) as TermIndex;
  } catch {
    return undefined;
  }
}
