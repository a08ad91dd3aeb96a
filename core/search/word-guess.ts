import type { PrefixIndex } from './prefix-index';
import { FUNCTION_WORDS, meaningfulWords } from './search-text';

/** Words that say nothing of what is sought: "presidenta destituida en 2025", "who led the shining path". */
const PLAIN_WORDS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  'who',
  'what',
  'was',
  'were',
  'his',
  'her',
  'with',
  'from',
  'that',
  'fue',
  'era',
  'son',
  'sus',
  'como',
  'cuando',
  'donde',
]);

/**
 * A word's stem, roughly: its first letters, so that "destituida" finds "destituyó" and "presidenta"
 * "presidente". Short words and numbers stay whole.
 */
function stem(word: string): string {
  return word.length > 5 && !/^\d+$/.test(word) ? word.slice(0, Math.max(5, word.length - 3)) : word;
}

/**
 * For a query nothing else found, the entries whose names and text have most of its words, by stem:
 * a description ("tribunal que anula leyes", "corte con sede en costa rica") rather than a name. At least
 * two words and half of them must be found. A word weighs by how few entries have it (a rare word tells
 * more), and more in a name than in a summary, in a summary than in the details. The entries (their
 * places in the list searched), best first.
 */
export function guessByWords(
  query: string,
  texts: readonly (readonly [index: PrefixIndex, weight: number])[],
  entryCount: number,
): number[] {
  const words = meaningfulWords(query, PLAIN_WORDS);
  if (words.length < 2) return [];
  const byDoc = new Map<number, { doc: number; found: number; weight: number }>();
  for (const word of words) {
    const best = new Map<number, number>();
    for (const [index, weight] of texts)
      for (const doc of index.lookup(stem(word))) best.set(doc, Math.max(best.get(doc) ?? 0, weight));
    const rarity = Math.log((entryCount + 1) / (best.size + 1));
    for (const [doc, weight] of best) {
      const guess = byDoc.get(doc) ?? { doc, found: 0, weight: 0 };
      guess.found++;
      guess.weight += weight * rarity;
      byDoc.set(doc, guess);
    }
  }
  const needed = Math.max(2, Math.ceil(words.length / 2));
  return [...byDoc.values()]
    .filter((guess) => guess.found >= needed)
    .sort((a, b) => b.weight - a.weight || a.doc - b.doc)
    .map((guess) => guess.doc);
}
