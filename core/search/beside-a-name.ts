import type { PrefixIndex } from './prefix-index';
import { meaningfulWords, PLAIN_WORDS, stem } from './search-text';

/** Entries with a word beginning `prefix` in any of `texts`. */
function holding(texts: readonly PrefixIndex[], prefix: string): Set<number> {
  const docs = new Set<number>();
  for (const index of texts) for (const doc of index.lookup(prefix)) docs.add(doc);
  return docs;
}

/**
 * "partido de keiko fujimori", "hermano de ollanta humala", "hija de alberto fujimori": a query that names
 * one entry and says more in words (a relation, a kind of thing) seeks another entry, one whose names or
 * summary hold both the name's words and the words beside it. `named` is the entry the query names (its
 * place in the list) and its names' words; `texts` the names and summaries of every entry. The entry
 * sought (of several, the first in the list), or undefined when the named entry's own text says one of
 * those words ("alberto fujimori dictadura", "odebrecht bribes in peru"), when no other entry says them
 * all, or when the words beside the name are only numbers (a year beside a name is the names' to decide).
 */
export function soughtBesideAName(
  query: string,
  named: { doc: number; words: readonly string[] },
  texts: readonly PrefixIndex[],
): number | undefined {
  const words = meaningfulWords(query, PLAIN_WORDS);
  const nameWords = words.filter((word) => named.words.includes(word));
  const beside = words.filter((word) => !named.words.includes(word) && /\p{L}/u.test(word));
  if (nameWords.length === 0 || beside.length === 0) return undefined;
  const besideDocs = beside.map((word) => holding(texts, stem(word)));
  // The entry named says some of those words itself: it may be what is sought.
  if (besideDocs.some((docs) => docs.has(named.doc))) return undefined;
  let sought: Set<number> | undefined;
  for (const docs of [...nameWords.map((word) => holding(texts, word)), ...besideDocs])
    sought = new Set(sought ? [...sought].filter((doc) => docs.has(doc)) : docs);
  if (!sought || sought.size === 0) return undefined;
  return Math.min(...sought);
}
