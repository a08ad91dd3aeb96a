import { countryOfWord } from '../names/countries';
import type { PrefixIndex } from './prefix-index';
import { meaningfulWords, PLAIN_WORDS, stem } from './search-text';

/** A word in the names of at most this many entries is one entry's own (or a family's). */
const OWN_NAME_ENTRIES = 2;

/**
 * For a query nothing else found, the entries whose names and text have most of its words, by stem:
 * a description ("tribunal que anula leyes", "corte con sede en costa rica") rather than a name. At least
 * two words and half of them must be found, or one in the entry's names (`texts` begins with the names):
 * "ditadura de pinochet", "prisão do lula" in words of a language the glossary is not written in. A word weighs by how few entries have it (a rare word tells
 * more), and more in a name than in a summary, in a summary than in the details. The entries (their
 * places in the list searched), best first.
 */
export function guessByWords(
  query: string,
  texts: readonly (readonly [index: PrefixIndex, weight: number])[],
  entryCount: number,
  ofCountry?: { weight: number; docs: (code: string) => readonly number[] },
  /** Where a word none of `texts` holds is looked for last ("lucanamarca", told only in a timeline). */
  lastResort?: readonly [index: PrefixIndex, weight: number],
): number[] {
  const words = meaningfulWords(query, PLAIN_WORDS);
  if (words.length < 2) return [];
  const nameWeight = texts[0]?.[1];
  const byDoc = new Map<number, { doc: number; found: number; named: boolean; weight: number }>();
  for (const word of words) {
    const best = new Map<number, number>();
    for (const [index, weight] of texts)
      for (const doc of index.lookup(stem(word))) best.set(doc, Math.max(best.get(doc) ?? 0, weight));
    if (best.size === 0 && lastResort && !/^\d+$/.test(word))
      for (const doc of lastResort[0].lookup(stem(word))) best.set(doc, lastResort[1]);
    // A country or its people, in any of four languages ("colombienne", "brasileiros"): its entries.
    const country = ofCountry && countryOfWord(word);
    if (ofCountry && country)
      for (const doc of ofCountry.docs(country))
        best.set(doc, Math.max(best.get(doc) ?? 0, ofCountry.weight));
    const rarity = Math.log((entryCount + 1) / (best.size + 1));
    // A name's own word ("pinochet", "lula"), not one many names share ("partido", "peru").
    let inNames = 0;
    for (const weight of best.values()) if (weight === nameWeight) inNames++;
    const ownName = inNames <= OWN_NAME_ENTRIES;
    for (const [doc, weight] of best) {
      const guess = byDoc.get(doc) ?? { doc, found: 0, named: false, weight: 0 };
      guess.found++;
      guess.named ||= ownName && weight === nameWeight;
      guess.weight += weight * rarity;
      byDoc.set(doc, guess);
    }
  }
  const needed = Math.max(2, Math.ceil(words.length / 2));
  return [...byDoc.values()]
    .filter((guess) => guess.found >= needed || guess.named)
    .sort((a, b) => b.weight - a.weight || a.doc - b.doc)
    .map((guess) => guess.doc);
}
