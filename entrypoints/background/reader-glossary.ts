import { mergeGlossary, type ReaderEntry } from '../../core/glossary/own-terms';
import { compileTerms } from '../../core/matching/matcher';
import { packTerms } from '../../core/matching/packed-terms';
import { termsFromEntries } from '../../core/matching/terms';
import { countryTerms, countryWords } from '../../core/names/countries';
import { entryFactsOf } from '../../core/names/entry-facts';
import { createGlossarySearch, type GlossarySearch } from '../../core/search/search';
import { glossary } from '../../data/glossary';
import { ownTermsDb } from '../../data/own-terms-db';
import type { TermIndex } from '../../messaging/protocol';

/** The glossary the reader sees: bundled entries merged with the reader's own terms. */
export interface ReaderGlossary {
  entries: Map<string, ReaderEntry>;
  termIndex: TermIndex;
  search: GlossarySearch<ReaderEntry>;
}

async function load(): Promise<ReaderGlossary> {
  const own = await ownTermsDb()
    .entries.toArray()
    .catch(() => []);
  const merged = mergeGlossary(glossary, own);
  const categoryOf: TermIndex['categoryOf'] = {};
  for (const entry of merged) categoryOf[entry.id] = entry.category;
  // Country names are matched in the same pass: they tell whether a page is about the glossary's world.
  const compiled = compileTerms([...termsFromEntries(merged), ...countryTerms()]);
  const privateForms = compiled.forms.flatMap((form, index) => (form.private ? [index] : []));
  const entryFacts: TermIndex['entryFacts'] = {};
  for (const [id, facts] of entryFactsOf(merged)) {
    entryFacts[id] = { ...facts, nameWords: [...facts.nameWords], countries: [...facts.countries] };
  }
  return {
    entries: new Map(merged.map((entry) => [entry.id, entry])),
    termIndex: {
      terms: packTerms(compiled),
      categoryOf,
      privateForms,
      entryFacts,
      countryWords: Object.fromEntries(countryWords()),
    },
    search: createGlossarySearch(merged),
  };
}

let current: Promise<ReaderGlossary> | undefined;

/** Loaded lazily (a service worker may restart at any time) and kept until the reader's terms change. */
export function readerGlossary(): Promise<ReaderGlossary> {
  current ??= load();
  return current;
}

export function forgetReaderGlossary(): void {
  current = undefined;
}
