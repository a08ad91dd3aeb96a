/** What search reads of an entry, and what it gives back for one. */

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
  /** A person's dates and offices ("1938–2024; president 1990–2000"): a title in a query reads it. */
  period?: string | undefined;
  /** ISO codes of the countries it belongs to: "presidente argentino 2003" reads them. */
  countries?: readonly string[] | undefined;
  /** Its dated events, first first: an event's first date is the day it began ("7 de diciembre de 2022"). */
  timeline?: readonly { date: string; text?: string; es?: string }[] | undefined;
  /** Ids of the entries the glossary relates to it. */
  related?: readonly string[] | undefined;
}

export interface SearchHit<T extends SearchableEntry> {
  entry: T;
  /** 0 is a perfect match; larger is worse. */
  score: number;
  /** The query is one of the entry's names, whole ("Fujimori" for Keiko and for Alberto Fujimori). */
  wholeName: boolean;
  /** Found by the words of a description, nothing having matched a name or a phrase of text. */
  guessed: boolean;
}

/** `first`, then the rest of `hits`, each entry once, at most `limit`. */
export function firstOfAll<T extends SearchableEntry>(
  first: readonly SearchHit<T>[],
  hits: readonly SearchHit<T>[],
  limit: number,
): SearchHit<T>[] {
  const seen = new Set<string>();
  return [...first, ...hits]
    .filter((hit) => !seen.has(hit.entry.id) && seen.add(hit.entry.id))
    .slice(0, limit);
}

/** `entry` first, as the query's shape asks for it, then the rest of `hits`, each entry once, at most `limit`. */
export function entryFirst<T extends SearchableEntry>(
  entry: T,
  hits: readonly SearchHit<T>[],
  limit: number,
  how: { wholeName?: boolean; guessed?: boolean } = {},
): SearchHit<T>[] {
  const hit = { entry, score: 0, wholeName: how.wholeName ?? false, guessed: how.guessed ?? false };
  return firstOfAll([hit], hits, limit);
}
