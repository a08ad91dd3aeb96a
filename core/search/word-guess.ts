import { countryOfWord } from '../names/countries';
import type { PrefixIndex } from './prefix-index';
import { lookupMeaning } from './same-meaning';
import { meaningfulWords, PLAIN_WORDS } from './search-text';

/** How much a document that says a query's word only in other words counts, against its own. */
const SAME_MEANING_WEIGHT = 0.5;

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
    const keep = (doc: number, weight: number) => best.set(doc, Math.max(best.get(doc) ?? 0, weight));
    // Documents that say it only in other words ("sobornos" for "propinas") count less.
    const saidOwnWay = new Set<number>();
    for (const [index, weight] of texts) {
      const { own, same } = lookupMeaning(index, word);
      for (const doc of own) {
        keep(doc, weight);
        saidOwnWay.add(doc);
      }
      for (const doc of same) keep(doc, weight * SAME_MEANING_WEIGHT);
    }
    if (best.size === 0 && lastResort && !/^\d+$/.test(word)) {
      const { own, same } = lookupMeaning(lastResort[0], word);
      for (const doc of [...own, ...same]) best.set(doc, lastResort[1]);
    }
    // A country or its people, in any of four languages ("colombienne", "brasileiros"): its entries.
    const country = ofCountry && countryOfWord(word);
    if (ofCountry && country) for (const doc of ofCountry.docs(country)) keep(doc, ofCountry.weight);
    // As rare as the documents that say it in its own words, when some do.
    const rarity = Math.log((entryCount + 1) / ((saidOwnWay.size || best.size) + 1));
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
