import { mergeGlossary, type ReaderEntry } from '../../core/glossary/own-terms';
import { compileTerms } from '../../core/matching/matcher';
import { packTerms } from '../../core/matching/packed-terms';
import { termsFromEntries } from '../../core/matching/terms';
import { countryTerms, countryWords } from '../../core/names/countries';
import { entryFactsOf } from '../../core/names/entry-facts';
import { WORD_LISTS } from '../../core/names/word-lists';
import { createGlossarySearch, type GlossarySearch } from '../../core/search/search';
import { glossary } from '../../data/glossary';
import { ownTermsDb } from '../../data/own-terms-db';
import { ownTermsChangedItem } from '../../messaging/channels';
import type { TermIndex } from '../../messaging/protocol';

/** The glossary the reader sees: bundled entries merged with the reader's own terms. */
export interface ReaderGlossary {
  entries: Map<string, ReaderEntry>;
  termIndex: TermIndex;
  search: GlossarySearch<ReaderEntry>;
  /** The own terms' change stamp read before them: an index built here is current as of it. */
  ownTermsAt: number;
}

async function load(): Promise<ReaderGlossary> {
  // Read first: a change recorded after it may or may not be in `own`, and pages then ask again.
  const ownTermsAt = await ownTermsChangedItem.getValue().catch(() => 0);
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
      wordLists: Object.fromEntries(Object.entries(WORD_LISTS).map(([list, words]) => [list, [...words]])),
    },
    search: createGlossarySearch(merged),
    ownTermsAt,
  };
}

let current: Promise<ReaderGlossary> | undefined;

/**
 * Loaded lazily (a service worker may restart at any time) and kept until the reader's own terms change:
 * each use reads their change stamp (a small storage read), so no answer comes from a glossary older
 * than the reader's last change, even before the change's event has reached this worker.
 */
export async function readerGlossary(): Promise<ReaderGlossary> {
  const changedAt = await ownTermsChangedItem.getValue().catch(() => 0);
  const cached = current;
  // Only the glossary that was read stale is dropped, not one a concurrent call has just begun.
  // Another stamp, not only a later one: a clock set back must not keep an old glossary.
  if (cached && (await cached).ownTermsAt !== changedAt && current === cached) current = undefined;
  current ??= load();
  return current;
}
