import { HEAD_OF_STATE_TITLES, type PersonFacts } from '../glossary/person-facts';
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

/** The hint of a query's titles and year, or undefined when it has neither. */
export function personHint(query: string): PersonHint | undefined {
  const words = query.split(' ');
  const president = words.some((word) => HEAD_OF_STATE_TITLES.has(word));
  const genders = words.map(genderOfRole);
  const gender = genders.includes('f') ? 'f' : genders.includes('m') ? 'm' : undefined;
  const yearWord = words.find(isYear);
  const year = yearWord === undefined ? undefined : Number(yearWord);
  return president || gender || year ? { president, gender, year } : undefined;
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
