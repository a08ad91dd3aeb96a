import { CONTEST_WORDS, ELECTION_NAMES } from './relations';
import { WHO } from './role-words';
import { isYear } from './search-text';
import type { SharedEventContext } from './shared-event';

/** Words that ask for whoever ran against someone ("rival de keiko en 2026", "adversaire de maduro"). */
const RIVAL_WORDS: ReadonlySet<string> = new Set(
  (
    'rival rivals opponent opponents contrincante contrincantes adversario adversaria adversarios ' +
    'oponente oponentes rivale adversaire adversaires against contra contre'
  ).split(' '),
);

/** Words before a name that make it the object of winning or losing ("le ganó a keiko", "ganhou de keiko"). */
const OBJECT_WORDS: ReadonlySet<string> = new Set('a al de do da to over'.split(' '));
/** English words of a contest, whose object follows them bare ("beat keiko"). */
const ENGLISH_CONTEST: ReadonlySet<string> = new Set('beat beats defeated'.split(' '));

/** What the rule reads of the glossary, by an entry's place in it, besides its kind, names and ties. */
export interface ElectionRivalContext extends SharedEventContext {
  /** The year an event began, if known. */
  yearOf(doc: number): number | undefined;
  /** The entries an entry's summary names, in its order. */
  namedInSummary(doc: number): readonly number[];
}

/**
 * Whoever ran against the one person a query names, in the election of the year it gives that the
 * glossary relates to them: the other person that election's summary names first ("rival de keiko en
 * la segunda vuelta 2026": Roberto Sánchez; "quem ganhou de keiko em 2021": Pedro Castillo). A word of
 * winning or losing asks so in a question ("who beat keiko in 2016") or before the name; "keiko perdió
 * 2021" is the election.
 */
export function electionRival(
  words: readonly string[],
  named: readonly number[],
  ctx: ElectionRivalContext,
): number | undefined {
  const years = words.filter(isYear).map(Number);
  if (years.length !== 1) return undefined;
  const people = [...new Set(named)].filter((doc) => ctx.categoryOf(doc) === 'person');
  if (people.length !== 1) return undefined;
  const [person] = people as [number];
  // Won or lost before the name: done to them ("ganhou de keiko"); after it, their own ("keiko perdió").
  const contest = words.findIndex((word) => CONTEST_WORDS.has(word));
  const nameWords = ctx.nameWordsOf(person);
  const nameAt = words.findIndex((word) => nameWords.includes(word));
  // Before the name, an object's word says so ("a keiko", "de keiko"), or English's order ("beat keiko");
  // "ganó Castillo la segunda vuelta" has him win.
  const doneTo =
    contest !== -1 &&
    contest < nameAt &&
    (OBJECT_WORDS.has(words[nameAt - 1] as string) || ENGLISH_CONTEST.has(words[contest] as string));
  const asks =
    words.some((word) => RIVAL_WORDS.has(word)) ||
    (contest !== -1 && words.some((word) => WHO.has(word))) ||
    doneTo;
  if (!asks) return undefined;
  const elections = [...(ctx.relatedOf(person) ?? [])].filter(
    (doc) =>
      ctx.categoryOf(doc) === 'event' &&
      ctx.nameWordsOf(doc).some((word) => ELECTION_NAMES.has(word)) &&
      ctx.yearOf(doc) === years[0],
  );
  if (elections.length !== 1) return undefined;
  return ctx
    .namedInSummary(elections[0] as number)
    .find((doc) => doc !== person && ctx.categoryOf(doc) === 'person');
}
