import Fuse, { type IFuseOptions } from 'fuse.js';
import { editDistance } from '../edit-distance';
import { normalizeKey } from '../matching/normalize';
import { PrefixIndex } from './prefix-index';
import { TrigramIndex } from './trigram-index';

/** What search needs of an entry, bundled or the reader's own. */
export interface SearchableEntry {
  id: string;
  term: string;
  aliases: readonly string[];
  category: string;
  summary: string;
  details?: string;
  /** The Spanish text, searched as well: a reader may type words of either language. */
  es?: { summary: string; details: string } | undefined;
}

interface SearchHit<T extends SearchableEntry> {
  entry: T;
  /** 0 is a perfect match; larger is worse. */
  score: number;
  /** The query is one of the entry's names, whole ("Fujimori" for Keiko and for Alberto Fujimori). */
  wholeName: boolean;
}

interface IndexedEntry {
  doc: number;
  term: string;
  aliases: string[];
}

/**
 * Fuse over folded names (accents, case, hyphens and apostrophes folded as the matcher folds them), the
 * display term above aliases. The threshold is chosen by the query set in tests/node/search.test.ts.
 * Prose is matched by word prefix instead: fuzzy-scoring long text costs milliseconds per query.
 */
const SEARCH_OPTIONS: IFuseOptions<IndexedEntry> = {
  keys: [
    { name: 'term', weight: 4 },
    { name: 'aliases', weight: 3 },
  ],
  ignoreLocation: true,
  includeScore: true,
  threshold: 0.34,
  minMatchCharLength: 2,
};

/** How many trigram candidates Fuse scores per query. */
const CANDIDATES = 40;
/** Scores for prose matches, which come after every name match: summary before details. */
const SUMMARY_SCORE = 0.8;
const DETAILS_SCORE = 0.9;

/**
 * How directly a query names an entry, which outranks any fuzzy score: the whole name ("garcia" for
 * García), its start, a whole name one typo away ("fujimory"), then a word of a name, a later word's start.
 */
function nameRank(indexed: IndexedEntry, query: string): number {
  const names = [indexed.term, ...indexed.aliases];
  if (names.includes(query)) return 4;
  if (names.some((name) => name.startsWith(query))) return 3;
  const typos = query.length >= 5 ? Math.floor(query.length / 5) : 0;
  if (typos > 0) {
    const near = (text: string) => editDistance(query, text, typos) <= typos;
    if (names.some(near)) return 2.5;
    if (names.some((name) => name.split(' ').some(near))) return 2;
  }
  if (names.some((name) => name.includes(` ${query}`))) return 1;
  return 0;
}

export interface GlossarySearch<T extends SearchableEntry> {
  /**
   * `preferred`: entry ids the reader's page names, most named first. Among hits that name the query
   * equally well, they come first: "Fujimori" on a page about Keiko lists Keiko before Alberto.
   */
  search(query: string, limit?: number, preferred?: readonly string[]): SearchHit<T>[];
}

/**
 * Builds the indexes once. A query is folded; its trigram candidates are scored by Fuse on the names,
 * exact and prefix name hits first; then entries whose summary, then details, have a word starting
 * with the query.
 */
export function createGlossarySearch<T extends SearchableEntry>(entries: readonly T[]): GlossarySearch<T> {
  const indexed: IndexedEntry[] = entries.map((entry, doc) => ({
    doc,
    term: normalizeKey(entry.term),
    aliases: entry.aliases.map(normalizeKey),
  }));
  const names = new TrigramIndex();
  const summaries = new PrefixIndex();
  const details = new PrefixIndex();
  entries.forEach((entry, doc) => {
    summaries.add(doc, normalizeKey(`${entry.summary} ${entry.es?.summary ?? ''}`));
    details.add(doc, normalizeKey(`${entry.details ?? ''} ${entry.es?.details ?? ''}`));
  });
  for (const item of indexed) names.add(item.doc, [item.term, ...item.aliases].join(' '));
  // Fuse's index records (tokenized names) are built once; each query assembles the few it needs.
  const { keys, records } = Fuse.createIndex(SEARCH_OPTIONS.keys ?? [], indexed).toJSON();

  return {
    search(query, limit = 20, preferred = []) {
      const folded = normalizeKey(query);
      if (folded.length < 2) return [];
      const candidates = names.candidates(folded, CANDIDATES);
      const subsetIndex = Fuse.parseIndex<IndexedEntry>({
        keys: keys as Parameters<typeof Fuse.parseIndex>[0]['keys'],
        records: candidates.map((doc, position) => ({
          ...(records[doc] as (typeof records)[number]),
          i: position,
        })),
      });
      const fuse = new Fuse(
        candidates.map((doc) => indexed[doc] as IndexedEntry),
        SEARCH_OPTIONS,
        subsetIndex,
      );
      const hits = fuse.search(folded).map((result) => ({
        doc: result.item.doc,
        score: result.score ?? 1,
        rank: nameRank(result.item, folded),
      }));
      const found = new Set(hits.map((hit) => hit.doc));
      if (folded.length >= 3) {
        for (const [index, score] of [
          [summaries, SUMMARY_SCORE],
          [details, DETAILS_SCORE],
        ] as const) {
          for (const doc of index.lookupPhrase(folded)) {
            if (found.has(doc)) continue;
            found.add(doc);
            hits.push({ doc, score, rank: -1 });
          }
        }
      }
      const onPage = (doc: number) => {
        const at = preferred.indexOf((entries[doc] as T).id);
        return at === -1 ? Number.POSITIVE_INFINITY : at;
      };
      return hits
        .sort(
          (a, b) => b.rank - a.rank || onPage(a.doc) - onPage(b.doc) || a.score - b.score || a.doc - b.doc,
        )
        .slice(0, limit)
        .map((hit) => ({ entry: entries[hit.doc] as T, score: hit.score, wholeName: hit.rank === 4 }));
    },
  };
}
