/**
 * Queries whose shape says what they seek before their words do: a possessive ("Keiko Fujimori's
 * Popular Force party"), a leader after a name ("Fuerza Popular, led by Keiko Fujimori"), a government by
 * whoever led it ("gobierno de vizcarra"), a deed's doer ("quien disolvio el congreso en 1992"), a
 * yes-or-no question ("is bukele right wing") and a comparison ("allende vs pinochet"). Each puts first
 * what it seeks, then what the whole query finds.
 */

import type { PersonFacts } from '../glossary/person-facts';
import { countryOfWord } from '../names/countries';
import { thingClassed } from './classified';
import { comparedSides } from './comparison';
import { governedBy, namesTheirGovernment } from './governed-by';
import { askedAtTheTimeOf } from './holder-at-the-time';
import { kindAskedFirst } from './kind-asked';
import { beforeItsLeader } from './led-by';
import { likenedFirst } from './likened';
import { bodyOfItsMembers } from './members';
import { nestedTie } from './nested-tie';
import { nameAtEdge, splitAtPossessive } from './possessive';
import { questionSubject, questionSubjectWords, subjectOfBelief } from './question-subject';
import { ELECTION_WORDS } from './relations';
import { entryFirst, firstOfAll, type SearchableEntry, type SearchHit } from './search-hit';
import { isYear, searchKey, withoutTitles, withoutYears } from './search-text';
import { deedAgainst, isFounding, whenDone, whoDidIt } from './who-did';

/** How far down the hits the event a "when" question asks for is looked for. */
const WHEN_REACH = 5;
/** How far down the hits of what happened ("cuando atraparon a montesinos") an event is looked for. */
const HAPPENED_REACH = 3;

/** What the shapes read of the search and its glossary. */
export interface ShapeContext<T extends SearchableEntry> {
  /** The hits for a folded text, as the search finds them. */
  whole(text: string): SearchHit<T>[];
  limit: number;
  /** The entries with this whole name (folded). */
  namedWhole(text: string): readonly T[];
  /** An entry's names, folded. */
  namesOf(entry: T): readonly string[];
  /** The first entry of these kinds that an entry's summary names by a whole name. */
  firstNamedIn(entry: T, kinds: readonly string[]): T | undefined;
  /** The entries a folded text holds a whole name of. */
  namedIn(text: string): readonly T[];
  /** What a person's own text says of them (person-hints.ts), read once; none for the rest. */
  personFactsOf(entry: T): PersonFacts | undefined;
  /** The entries the glossary relates to an entry, either way round. */
  relatedOf(entry: T): readonly T[];
  /** The entries whose names and texts hold most of a folded text's words, best first (word-guess.ts). */
  guessed(text: string): readonly T[];
  /** When an event began (its year, and its month where known), if the entry is one. */
  began(entry: T): { year: number; month?: number } | undefined;
  /**
   * The heads of state in office at an event's time in a year (and month, where known), of one of
   * `countries` (any if none), the likeliest first.
   */
  holdersIn(when: { year: number; month?: number }, countries: readonly string[]): readonly T[];
}

/** The hits for a folded query, first what its shape seeks. `spelt`: the query as typed, its tags spelt out. */
export function searchByShape<T extends SearchableEntry>(
  query: string,
  spelt: string,
  ctx: ShapeContext<T>,
): SearchHit<T>[] {
  // "Keiko Fujimori's Popular Force party": the thing owned before its owner, in the order the whole
  // query finds them.
  const [owner, owned] = splitAtPossessive(spelt) ?? [];
  const isWholeName = (text: string) => text.length >= 2 && ctx.namedWhole(text).length > 0;
  const ownedName = owned && nameAtEdge(searchKey(owned).split(' '), isWholeName);
  // Only an owner the glossary names: "peru's presidential runoff" asks for Peru's, not any, runoff.
  if (ownedName && owner && nameAtEdge(searchKey(owner).split(' '), isWholeName, true)) {
    const ownedIds = new Set(ctx.namedWhole(ownedName).map((entry) => entry.id));
    const found = ctx.whole(query);
    return firstOfAll(
      found.filter((hit) => ownedIds.has(hit.entry.id)),
      found,
      ctx.limit,
    );
  }
  // "le parti de la fille d'alberto fujimori": the inner tie's first hit, then the outer tie asked of it.
  const nested = nestedTie(query);
  const inner = nested && ctx.whole(nested.inner)[0];
  if (nested && inner) {
    const [name] = ctx.namesOf(inner.entry);
    const outer = name === undefined ? undefined : ctx.whole(`${nested.outer} de ${name}`)[0];
    if (outer && outer.entry.id !== inner.entry.id)
      return entryFirst(outer.entry, ctx.whole(query), ctx.limit);
  }
  // "Fuerza Popular, led by Keiko Fujimori": the thing named first, before its leader.
  const led = beforeItsLeader(query);
  const ledName = led && nameAtEdge(led.split(' '), isWholeName, true);
  if (ledName) {
    const ledIds = new Set(ctx.namedWhole(ledName).map((entry) => entry.id));
    return firstOfAll(
      ctx.whole(ledName).filter((hit) => ledIds.has(hit.entry.id)),
      ctx.whole(query),
      ctx.limit,
    );
  }
  // "gobierno de vizcarra", "régime de maduro": whoever governed first, unless the glossary has that
  // government as an entry named after them ("dictadura de velasco" is the Velasco regime).
  const rulerNames = governedBy(query).map((ruler) => withoutTitles(ruler) ?? ruler);
  const rulers = rulerNames.flatMap((name) => ctx.namedWhole(name));
  if (rulers.length > 0) {
    const found = ctx.whole(query);
    const top = found[0];
    const theirGovernment =
      top !== undefined &&
      ctx.namesOf(top.entry).some((name) => rulerNames.some((ruler) => namesTheirGovernment(name, ruler)));
    if (theirGovernment) return found;
    // People as the office holders they were ("presidente fujimori": Alberto before Keiko), in the
    // order named; a current by its name ("régime chaviste").
    const firsts = rulerNames.flatMap((name) => {
      const named = new Set(ctx.namedWhole(name).map((entry) => entry.id));
      const people = rulers.some((entry) => named.has(entry.id) && entry.category === 'person');
      return ctx.whole(people ? `presidente ${name}` : name).filter((hit) => named.has(hit.entry.id));
    });
    return firstOfAll(firsts, found, ctx.limit);
  }
  // "¿quién era presidente cuando atraparon a montesinos?": what happened, found by its own words, and
  // whoever held the office that year, of its country or of the one the query names.
  const atTheTime = askedAtTheTimeOf(query);
  if (atTheTime) {
    // Found before any person: "cuando atraparon a montesinos en venezuela" is about Montesinos, not
    // an event of Venezuela's the words find after him.
    const hits = ctx.whole(atTheTime.happened).slice(0, HAPPENED_REACH);
    const firstPerson = hits.findIndex((hit) => hit.entry.category === 'person');
    const beforeAPerson = firstPerson === -1 ? hits : hits.slice(0, firstPerson);
    const happened = beforeAPerson.find((hit) => ctx.began(hit.entry) !== undefined);
    const when = happened && ctx.began(happened.entry);
    const holders =
      happened && when
        ? ctx.holdersIn(
            when,
            atTheTime.countries.length > 0 ? atTheTime.countries : (happened.entry.countries ?? []),
          )
        : [];
    // Of two in office that year, the one the whole query finds first.
    const found = ctx.whole(query);
    const holder = found.find((hit) => holders.includes(hit.entry))?.entry ?? holders[0];
    if (holder) return entryFirst(holder, found, ctx.limit);
  }
  // "cuando fujimori disolvio el congreso": the event, before its doer; of events, one the glossary
  // relates to someone the query names (the 1992 self-coup, not the 2019 dissolution), found by the
  // whole query or by the deed's own words.
  const deedAsked = whenDone(query);
  if (deedAsked !== undefined) {
    const found = ctx.whole(query);
    // "cuando se fundó el apra", "en qué año se fundó…": the thing founded, not its founder.
    const founded = isFounding(deedAsked)
      ? ctx.namedIn(query).find((entry) => entry.category !== 'person')
      : undefined;
    if (founded) return entryFirst(founded, found, ctx.limit, { wholeName: true });
    const theirs = new Set(ctx.namedIn(query).flatMap((entry) => ctx.relatedOf(entry)));
    const isEvent = (hit: SearchHit<T>) => hit.entry.category === 'event';
    const event =
      found.find((hit) => isEvent(hit) && theirs.has(hit.entry)) ??
      ctx.whole(deedAsked).find((hit) => isEvent(hit) && theirs.has(hit.entry)) ??
      found.slice(0, WHEN_REACH).find(isEvent);
    return event ? firstOfAll([event], found, ctx.limit) : found;
  }
  // "quien disolvio el congreso en 1992": the one the deed's summary names first, before the deed.
  const asked = whoDidIt(query);
  if (asked) {
    // Those the deed was done to come after it: "the coup against belaunde" is not Belaúnde's deed.
    const against = deedAgainst(query);
    const targets = new Set(against ? ctx.namedIn(against).map((entry) => entry.id) : []);
    // The deed's own words find it ("que disolvio el congreso" is said of Vizcarra in a party's text
    // too); what the role says counts only when they find nothing.
    const byDeed = ctx.whole(asked.deed);
    const all = byDeed.length > 0 ? byDeed : ctx.whole(query);
    const found = firstOfAll(
      all.filter((hit) => !targets.has(hit.entry.id)),
      all,
      ctx.limit,
    );
    const deed = found[0];
    // A kind of thing ("the runoff", "a coup"): who did it that time is told by the deed's own words
    // ("quién ganó la segunda vuelta en bolivia en 2025").
    // Of the country and the year the deed's words name, if they do ("el balotaje boliviano de 2025").
    const countries = asked.deed.split(' ').flatMap((word) => countryOfWord(word) ?? []);
    const years = asked.deed.split(' ').filter(isYear);
    const saysYears = (entry: T) =>
      years.every((year) =>
        [entry.summary, entry.details, entry.es?.summary, entry.es?.details].some((text) =>
          text?.includes(year),
        ),
      );
    const guessedDoer =
      deed?.entry.category === 'concept'
        ? ctx
            .guessed(asked.deed)
            .find(
              (entry) =>
                asked.doers.includes(entry.category) &&
                (countries.length === 0 || countries.some((code) => entry.countries?.includes(code))) &&
                saysYears(entry),
            )
        : undefined;
    if (guessedDoer) return entryFirst(guessedDoer, found, ctx.limit, { guessed: true });
    const doer =
      deed && deed.entry.category !== 'person' ? ctx.firstNamedIn(deed.entry, asked.doers) : undefined;
    return doer === undefined ? found : entryFirst(doer, found, ctx.limit);
  }
  // "is bukele right wing": Bukele first, then what the whole question finds.
  const subjectWords = questionSubjectWords(query);
  const isWhole = (text: string) => ctx.namedWhole(text).length > 0;
  const subject = subjectOfBelief(query, isWhole) ?? (subjectWords && questionSubject(subjectWords, isWhole));
  if (subject !== undefined) {
    const asked = new Set(ctx.namedWhole(subject).map((entry) => entry.id));
    return firstOfAll(
      ctx.whole(subject).filter((hit) => asked.has(hit.entry.id)),
      ctx.whole(query),
      ctx.limit,
    );
  }
  // "congresistas peruanos": the body they sit in, of a country the query names, if any.
  const members = bodyOfItsMembers(query);
  if (members) {
    const body = ctx
      .whole(members.body)
      .find(
        (hit) =>
          hit.entry.category === 'institution' &&
          members.countries.every((code) => hit.entry.countries?.includes(code)),
      );
    if (body) return entryFirst(body.entry, ctx.whole(query), ctx.limit);
  }
  // "APRA socialdemócrata o populista": the thing, before the ideas it may be classed as.
  const classed = thingClassed(query, ctx);
  if (classed) return entryFirst(classed, ctx.whole(query), ctx.limit);
  // "allende vs pinochet": the first named first, the other next.
  const sides = comparedSides(query);
  if (!sides) {
    const found = kindAskedFirst(query, ctx.whole(query), ctx);
    return likenedFirst(query, found, ctx);
  }
  const [first, second] = sides.map(ctx.whole) as [SearchHit<T>[], SearchHit<T>[]];
  // "ppk vs keiko 2016": two people and a year ask for what the glossary ties both to that year.
  const person = (side: string) =>
    ctx.namedIn(withoutYears(side)).some((entry) => entry.category === 'person');
  // So do two people and a word of an election ("eleccion keiko vs roberto sanchez").
  const peopleAndAYear =
    query.split(' ').some((word) => isYear(word) || ELECTION_WORDS.has(word)) && sides.every(person);
  if (!first[0] || !second[0] || peopleAndAYear) return ctx.whole(query);
  return firstOfAll([first[0], second[0]], [...first.slice(1), ...second.slice(1)], ctx.limit);
}
