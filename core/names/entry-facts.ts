import { relatedBothWays } from '../glossary/related';
import { countryOfWord } from './countries';
import { nameWord } from './mention-context';
import type { EntryFacts, NameFacts } from './resolve';

/** The part of an entry the resolution reads (bundled or the reader's own). */
export interface NamedEntry {
  id: string;
  term: string;
  category: string;
  aliases: readonly string[];
  common?: Readonly<Partial<Record<string, readonly string[] | undefined>>>;
  countries?: readonly string[];
  oneInItsCountry?: boolean;
  related?: readonly string[];
}

/** Each person's related people, either way round: "Keiko relates to Alberto" relates him to her too. */
function relatedPeopleOf(entries: readonly NamedEntry[]): Map<string, Set<string>> {
  return relatedBothWays(entries.filter((entry) => entry.category === 'person'));
}

/** Each entry's name words (from its proper names, not its common nouns), countries and related people. */
export function entryFactsOf(entries: readonly NamedEntry[]): Map<string, EntryFacts> {
  const facts = new Map<string, EntryFacts>();
  const relatedPeople = relatedPeopleOf(entries);
  for (const entry of entries) {
    const nouns = new Set(Object.values(entry.common ?? {}).flatMap((list) => [...(list ?? [])]));
    const words = new Set<string>();
    for (const form of [entry.term, ...entry.aliases]) {
      if (nouns.has(form)) continue;
      for (const word of form.split(/[\s\-–—]+/)) {
        const folded = nameWord(word.replace(/[.,()]/g, ''));
        if (folded) words.add(folded);
      }
    }
    facts.set(entry.id, {
      nameWords: words,
      countries: entry.countries ?? [],
      person: entry.category === 'person',
      oneInItsCountry:
        entry.category === 'party' || entry.category === 'institution' || entry.oneInItsCountry === true,
      ...(relatedPeople.has(entry.id) ? { relatedPeople: [...(relatedPeople.get(entry.id) ?? [])] } : {}),
    });
  }
  return facts;
}

/** The resolution's facts for a glossary (Node, the background): its entries and the country words. */
export function nameFactsOf(entries: readonly NamedEntry[]): NameFacts {
  const facts = entryFactsOf(entries);
  return { entry: (entryId) => facts.get(entryId), countryOf: countryOfWord };
}
