import { personFacts } from '../glossary/person-facts';
import { relatedBothWays } from '../glossary/related';
import { countryOfWord } from './countries';
import { nameWord } from './mention-context';
import { namesACrime, namesAPort } from './place-words';
import type { EntryFacts, NameFacts } from './read-mention';
import { WORD_LISTS } from './word-lists';

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
  short?: readonly string[];
  /** A person's period ("1938–2024; president 1990–2000") and texts: whether president, she or he. */
  period?: string;
  summary?: string;
  details?: string;
  /** Dated lines ("2006-04-09"): a person's first after their birth says since when the news names them. */
  timeline?: readonly { date: string }[];
}

/**
 * The entries whose name in full beside a short form introduces it, either way round ("Keiko relates to
 * Alberto" relates him to her too): for a person, the related people; for anything else with a short
 * form in lower case, every related entry ("Southern Copper … Tía María", "Gana Perú … Hoja de Ruta").
 * A person's relation to an event or a party says nothing of whom a surname names.
 */
function introducersOf(
  entries: readonly NamedEntry[],
  related: ReadonlyMap<string, ReadonlySet<string>>,
): Map<string, Set<string>> {
  const people = new Set(entries.filter((entry) => entry.category === 'person').map((entry) => entry.id));
  const introducers = new Map<string, Set<string>>();
  for (const entry of entries) {
    const own = related.get(entry.id);
    if (!own) continue;
    let chosen: Set<string> | undefined;
    if (people.has(entry.id)) chosen = new Set([...own].filter((id) => people.has(id)));
    else if ((entry.short ?? []).some((form) => /\p{Ll}/u.test(form))) chosen = new Set(own);
    if (chosen && chosen.size > 0) introducers.set(entry.id, chosen);
  }
  return introducers;
}

/**
 * What a title before a person's surname may say of them: a president, a woman or a man, their age; and
 * the year the news first names them (read-mention.ts).
 */
function titledBy(entry: NamedEntry): {
  president?: true;
  gender?: 'f' | 'm';
  born?: number;
  newsFrom?: number;
} {
  const facts = personFacts(entry.period, `${entry.summary ?? ''} ${entry.details ?? ''}`);
  // The period opens with the year of birth: "born 1975", "1938–2024".
  const born = /^\D*((?:18|19|20)\d\d)/.exec(entry.period ?? '')?.[1];
  const years = (entry.timeline ?? []).map((line) => Number(line.date.slice(0, 4)));
  const newsFrom = born ? years.find((year) => year > Number(born)) : undefined;
  return {
    ...(facts.president ? { president: true as const } : {}),
    ...(facts.gender ? { gender: facts.gender } : {}),
    ...(born ? { born: Number(born) } : {}),
    ...(newsFrom ? { newsFrom } : {}),
  };
}

/** Each entry's name words (from its proper names, not its common nouns), countries and introducers. */
export function entryFactsOf(entries: readonly NamedEntry[]): Map<string, EntryFacts> {
  const facts = new Map<string, EntryFacts>();
  const related = relatedBothWays(entries);
  const introducers = introducersOf(entries, related);
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
      ...(introducers.has(entry.id) ? { introducedBy: [...(introducers.get(entry.id) ?? [])] } : {}),
      // A person's, read page-wide (resolve.ts): whose a surname is.
      ...(entry.category === 'person' ? { related: [...(related.get(entry.id) ?? [])] } : {}),
      ...(entry.category === 'person' ? titledBy(entry) : {}),
      ...(entry.category === 'event' && namesACrime(entry.term) ? { knownByItsPlace: 'crime' as const } : {}),
      ...(entry.category === 'place' && namesAPort(entry.term) ? { knownByItsPlace: 'port' as const } : {}),
      ...(entry.category !== 'person' && entry.short?.length ? since(entry) : {}),
    });
  }
  return facts;
}

/** The first year of a thing's period ("in force since 14 August 2025", "1980–2000"), if it has one. */
function since(entry: NamedEntry): { since?: number } {
  const year = /((?:1[6-9]|20)\d\d)/.exec(entry.period ?? '')?.[1];
  return year ? { since: Number(year) } : {};
}

/** The resolution's facts for a glossary (Node, the background): its entries and the country words. */
export function nameFactsOf(entries: readonly NamedEntry[]): NameFacts {
  const facts = entryFactsOf(entries);
  return {
    entry: (entryId) => facts.get(entryId),
    countryOf: countryOfWord,
    inList: (list, folded) => WORD_LISTS[list].has(folded),
  };
}
