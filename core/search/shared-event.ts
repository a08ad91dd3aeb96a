import { AGAINST_WORDS, CONTEST_WORDS, ELECTION_NAMES, ELECTION_WORDS } from './relations';
import { isYear } from './search-text';

/** What the rule reads of the glossary, by an entry's place in it. */
export interface SharedEventContext {
  categoryOf(doc: number): string;
  /** The words of an entry's names (folded). */
  nameWordsOf(doc: number): readonly string[];
  /** The entries the glossary relates to an entry, either way round. */
  relatedOf(doc: number): ReadonlySet<number> | undefined;
}

/**
 * The entry whose names give a year of the query that the glossary relates to two people the query
 * names ("ppk vs keiko 2016": that year's election; "humala keiko 2011"), of the first such pair in
 * the query's order of names. Without a year, a word of a contest between them asks for the one
 * election they share ("keiko perdió con castillo": 2021's), if there is only one.
 */
export function sharedEventOf(
  words: readonly string[],
  named: readonly number[],
  ctx: SharedEventContext,
): number | undefined {
  const years = words.filter(isYear);
  // "Against" says a contest only between two names and nothing else: "ollanta se alzó en armas
  // contra fujimori" was no vote.
  // A word of an election says it too ("présidentielle péruvienne castillo contre keiko", "keiko y
  // sánchez disputarán la segunda vuelta").
  const contest =
    years.length === 0 &&
    words.some(
      (word) =>
        CONTEST_WORDS.has(word) || ELECTION_WORDS.has(word) || (AGAINST_WORDS.has(word) && words.length <= 4),
    );
  if (years.length === 0 && !contest) return undefined;
  const fits = (doc: number) => {
    const nameWords = ctx.nameWordsOf(doc);
    return contest
      ? ctx.categoryOf(doc) === 'event' && nameWords.some((word) => ELECTION_NAMES.has(word))
      : nameWords.some((word) => years.includes(word));
  };
  const people = [...new Set(named)].filter((doc) => ctx.categoryOf(doc) === 'person');
  for (const [at, first] of people.entries())
    for (const second of people.slice(at + 1)) {
      const shared = [...(ctx.relatedOf(first) ?? [])].filter(
        (doc) => ctx.relatedOf(second)?.has(doc) && fits(doc),
      );
      if (shared.length === 1 || (!contest && shared.length > 0)) return shared[0];
    }
  return undefined;
}
