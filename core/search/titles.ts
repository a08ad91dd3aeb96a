/**
 * What a title beside a name says of the person sought ("expresidente Fujimori", "Sra. Fujimori",
 * "candidata Fujimori"): a president, a woman or a man. Two entries that share the name ("Fujimori":
 * Keiko and Alberto) are then told apart by their period ("president 1990–2000") and their own text's
 * pronouns. Words are search keys (folded, as searchKey leaves them).
 */
export interface TitleHint {
  president: boolean;
  gender: 'f' | 'm' | undefined;
}

const PRESIDENT = new Set(
  'presidente presidenta expresidente expresidenta president mandatario mandataria dictador dictadora dictator'.split(
    ' ',
  ),
);
const FEMALE = new Set(
  'presidenta expresidenta mandataria dictadora sra senora mrs ms dra candidata senadora ministra'.split(' '),
);
const MALE = new Set(
  'presidente expresidente mandatario dictador sr senor mr dr candidato senador ministro'.split(' '),
);

/** The hint of a query's titles, or undefined when it has none. */
export function titleHint(query: string): TitleHint | undefined {
  const words = query.split(' ');
  const president = words.some((word) => PRESIDENT.has(word));
  const gender = words.some((word) => FEMALE.has(word))
    ? 'f'
    : words.some((word) => MALE.has(word))
      ? 'm'
      : undefined;
  return president || gender ? { president, gender } : undefined;
}

/** What a person entry's own text says of them, read once: whether they were president, and gender. */
export interface PersonFacts {
  president: boolean;
  gender: 'f' | 'm' | undefined;
}

/** A person's facts from their period ("president 1990–2000") and the pronouns of their English text. */
export function personFacts(period: string | undefined, text: string): PersonFacts {
  const female = text.match(/\b(?:she|her|hers|herself)\b/gi)?.length ?? 0;
  const male = text.match(/\b(?:he|his|him|himself)\b/gi)?.length ?? 0;
  return {
    // Not "vice-president", not "presidential candidate".
    president: /(?<!-)\bpresident\b/.test(period ?? ''),
    gender: female > male ? 'f' : male > female ? 'm' : undefined,
  };
}

/** How well a person fits the hint: being president counts more than gender. */
export function titleFit(hint: TitleHint, person: PersonFacts | undefined): number {
  if (!person) return 0;
  return (
    (hint.president && person.president ? 2 : 0) + (hint.gender && person.gender === hint.gender ? 1 : 0)
  );
}
