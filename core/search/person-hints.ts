import { genderOfRole } from './role-words';
import { isYear } from './search-text';

/**
 * What a query says of the person sought beside their name: a title ("expresidente Fujimori", "Sra.
 * Fujimori", "candidata Fujimori": a president, a woman or a man) or a year ("fujimori 1990"). Two
 * entries that share the name ("Fujimori": Keiko and Alberto) are then told apart by their period
 * ("president 1990–2000") and their own text's pronouns. Words are search keys (folded, as searchKey
 * leaves them).
 */
export interface PersonHint {
  president: boolean;
  gender: 'f' | 'm' | undefined;
  /** A year the query names. */
  year: number | undefined;
}

const PRESIDENT = new Set(
  'presidente presidenta expresidente expresidenta president mandatario mandataria dictador dictadora dictator'.split(
    ' ',
  ),
);
/** The hint of a query's titles and year, or undefined when it has neither. */
export function personHint(query: string): PersonHint | undefined {
  const words = query.split(' ');
  const president = words.some((word) => PRESIDENT.has(word));
  const genders = words.map(genderOfRole);
  const gender = genders.includes('f') ? 'f' : genders.includes('m') ? 'm' : undefined;
  const yearWord = words.find(isYear);
  const year = yearWord === undefined ? undefined : Number(yearWord);
  return president || gender || year ? { president, gender, year } : undefined;
}

/** What a person entry's own text says of them, read once. */
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
    president: /(?<!-)\bpresident\b/.test(period ?? ''),
    gender: female > male ? 'f' : male > female ? 'm' : undefined,
    years: years.length > 0 ? [Math.min(...years), last] : undefined,
  };
}

/** How well a person fits the hint: president that year, or a president, counts more than gender. */
export function personFit(hint: PersonHint, person: PersonFacts | undefined): number {
  if (!person) return 0;
  const [from, to] = person.years ?? [0, 0];
  // "humala 2011": the president then, not his wife, first lady that year.
  const inOffice = person.president && hint.year !== undefined && hint.year >= from && hint.year <= to;
  return (
    (inOffice ? 2 : 0) +
    (hint.president && person.president ? 2 : 0) +
    (hint.gender && person.gender === hint.gender ? 1 : 0)
  );
}
