/**
 * What a person entry's own text says of them (search's hints, names' titles): whether they were
 * president, a woman or a man by their English text's pronouns, the years of their offices.
 */

export interface PersonFacts {
  president: boolean;
  gender: 'f' | 'm' | undefined;
  /** The first and last years of their period's offices ("president 1985–1990, 2006–2011"). */
  years: readonly [number, number] | undefined;
}

/** A person's facts from their period ("president 1990–2000") and the pronouns of their English text. */
export function personFacts(period: string | undefined, text: string): PersonFacts {
  const female = text.match(/\b(?:she|her|hers|herself)\b/gi)?.length ?? 0;
  const male = text.match(/\b(?:he|his|him|himself)\b/gi)?.length ?? 0;
  // Past the years of birth and death ("1938–2024; president 1990–2000"); "since 2023" runs on.
  const offices = (period ?? '').split(';').slice(1).join(';');
  const years = (offices.match(/\b(?:19|20)\d\d\b/g) ?? []).map(Number);
  const last = /\b(?:since|from)\b/.test(offices) ? Number.POSITIVE_INFINITY : Math.max(...years);
  return {
    // Not "vice-president", not "presidential candidate".
    // A military ruler's "in power 1968–1975", "ruled 1973–1990" too: the press calls them president.
    president: /(?<!-)\bpresident\b|\bin power\b|\bruled\b/.test(period ?? ''),
    gender: female > male ? 'f' : male > female ? 'm' : undefined,
    years: years.length > 0 ? [Math.min(...years), last] : undefined,
  };
}

/**
 * Titles that say a person held a head of state's office, folded ("expresidente Fujimori", "former
 * president", "dictador"): beside a name in a query (search's hints) or before a surname on a page.
 */
export const HEAD_OF_STATE_TITLES: ReadonlySet<string> = new Set(
  (
    'president presidente presidenta expresidente expresidenta mandatario mandataria exmandatario ' +
    'exmandataria dictator dictador dictadora autocrat'
  ).split(' '),
);
