import type { MatcherTerm } from './matcher';

/** The part of a glossary entry (bundled or the reader's own) that the matcher needs. */
export interface MatchableEntry {
  id: string;
  term: string;
  aliases: readonly string[];
  /** Forms (term or aliases, as written) that match only with exactly this capitalization. */
  caseSensitive?: readonly string[];
  /** Forms (as written) that the reader wrote: their marks must stay private to the reader. */
  ownForms?: readonly string[];
  /** Short forms (as written): they need the page to introduce the entry (core/names/resolve.ts). */
  short?: readonly string[];
  /** Short forms (as written) that name the entry alone on a page about its world (core/names/resolve.ts). */
  knownAlone?: readonly string[];
  /** Forms (as written) that are common nouns, by language. */
  common?: Readonly<Partial<Record<string, readonly string[] | undefined>>>;
}

/** Every matched form of every entry: its display term, then its aliases, in glossary order. */
export function termsFromEntries(entries: ReadonlyArray<MatchableEntry>): MatcherTerm[] {
  const terms: MatcherTerm[] = [];
  for (const entry of entries) {
    const caseSensitive = new Set(entry.caseSensitive ?? []);
    const own = new Set(entry.ownForms ?? []);
    const short = new Set(entry.short ?? []);
    const alone = new Set(entry.knownAlone ?? []);
    const nounOf = new Map<string, string[]>();
    for (const [language, nouns] of Object.entries(entry.common ?? {})) {
      for (const noun of nouns ?? []) nounOf.set(noun, [...(nounOf.get(noun) ?? []), language]);
    }
    for (const form of [entry.term, ...entry.aliases]) {
      terms.push({
        entryId: entry.id,
        form,
        caseSensitive: caseSensitive.has(form),
        private: own.has(form),
        ...(short.has(form) ? { short: true } : {}),
        ...(alone.has(form) ? { alone: true } : {}),
        ...(short.has(form) && isSurnameIn(form, entry.term) ? { surname: true } : {}),
        ...(nounOf.has(form) ? { nounOf: nounOf.get(form) } : {}),
      });
    }
  }
  return terms;
}

/** A short form that is the display term's words past its first ("Castillo", "Vargas Llosa" of "Mario Vargas Llosa"). */
function isSurnameIn(form: string, term: string): boolean {
  const words = term.split(/\s+/);
  const formWords = form.split(/\s+/);
  for (let at = 1; at + formWords.length <= words.length; at++)
    if (formWords.every((word, offset) => words[at + offset] === word)) return true;
  return false;
}
