import { countryOfWord } from '../names/countries';
import { isDateWord } from './event-dates';
import { BETWEEN_WORDS } from './name-order';
import { PREDECESSOR_ASKED, SUCCESSOR_ASKED } from './relations';
import { genderOfRole } from './role-words';
import { isYear, meaningfulWords, PLAIN_WORDS } from './search-text';

/** Years as an entry's period gives a head of state's terms: each from–to, inclusive. */
export type Terms = readonly (readonly [number, number])[];

/** A year as periods and queries write one. */
const YEAR = /\b(?:1[89]|20)\d\d\b/g;
/** "1985–1990", "October 2025 – February 2026": a term's first and last years, a month perhaps between. */
const TERM = /\b((?:1[89]|20)\d\d)\s*[–-]\s*(?:\p{L}+\s+)?((?:1[89]|20)\d\d)\b/gu;
/** "since 2023", "from January 2026": a term that runs on. */
const RUNS_ON = /\b(?:since|from)\s+(?:\p{L}+\s+)?((?:1[89]|20)\d\d)\b/gu;

/**
 * The head-of-state terms of a person's period ("1949–2019; president 1985–1990, 2006–2011"; "in power
 * 1968–1975"; "acting president since January 2026"), not a vice-president's, a candidate's, a mayor's.
 */
export function headOfStateTerms(period: string | undefined): Terms {
  const terms: [number, number][] = [];
  // Past the years of birth and death, one office per part.
  for (const office of (period ?? '').split(';').slice(1)) {
    if (
      !/(?<![-\p{L}])president\b|\bin power\b|\bruled\b/u.test(office) ||
      /candidate|first lady/.test(office)
    )
      continue;
    let rest = office;
    for (const [, from, to] of office.matchAll(TERM)) terms.push([Number(from), Number(to)]);
    rest = rest.replace(TERM, ' ');
    for (const [, from] of rest.matchAll(RUNS_ON)) terms.push([Number(from), Number.POSITIVE_INFINITY]);
    rest = rest.replace(RUNS_ON, ' ');
    // A term within one year ("10–15 November 2020").
    for (const [year] of rest.matchAll(YEAR)) terms.push([Number(year), Number(year)]);
  }
  return terms;
}

/** Words that ask who held the office: a title, or governing. */
export const HEAD_OF_STATE = new Set(
  (
    'presidente presidenta expresidente expresidenta president mandatario mandataria dictador dictadora ' +
    'dictator gobierno governo government gobernante governante gobierna gobernaba goberno governou ' +
    'governed ruled ruler gouverne gouvernait governa governava power poder ' +
    // "peru leader 2023", "quien mandaba en chile en 1985".
    'leader mandaba mandaban mandava'
  ).split(' '),
);
/**
 * Words around them that say nothing more ("ex presidente boliviano", "de 1975 a 1980"), and the
 * election that put a head of state in office ("president elected 2011": who took office that year).
 */
const AROUND = new Set(
  (
    'former entre between hasta until and elected elegido elegida electo electa eleito eleita elu elue ' +
    // "nuevo presidente del peru 2025": the one who took office that year comes first anyway.
    'new nuevo nueva nouveau nouvel nouvelle novo nova ' +
    // "presidente desde febrero de 2026": the one who took office that year.
    'since desde depuis ' +
    // "peru's president in late 2022": within that year.
    'late early mid fines finales principios inicios comienzos mediados debut'
  ).split(' '),
);
/** The office whose holder today a country names alone: "presidente de chile", "current president of bolivia". */
const PRESIDENT = new Set('presidente presidenta president presidents mandatario mandataria'.split(' '));
/** Governing in the present tense, which asks for today's holder as the title does: "quem governa o chile". */
const GOVERNS_NOW = new Set('gobierna governa gouverne governs rules manda'.split(' '));
/** Words that ask for today's holder: "current president", "presidente actual". */
const CURRENT = new Set(
  'current currently actual actualmente actuel actuelle atual now today hoy ahora incumbent sitting'.split(
    ' ',
  ),
);
/** Words that ask for an earlier holder, never today's. */
const FORMER = /\b(?:former|ex|expresidente|expresidenta|antiguo|antigua|ancien|ancienne|antigo|antiga)\b/;
/** Words that ask for the office holder at the time of an event ("presidente durante el baguazo"). */
const DURING = new Set('during durante when cuando pendant quand'.split(' '));

/** An event the query names, as soughtOfficeHolder reads it: its year and the words of its names. */
export interface NamedEvent {
  year: number;
  words: readonly string[];
}

/**
 * The person a query asks for as head of state in a year, and perhaps of a country: "presidente argentino
 * 2003" (Néstor Kirchner), "quien gobernó el peru de 1975 a 1980" (Morales Bermúdez), or at the time of
 * an `event` it names ("who was president during the bagua massacre": Alan García). Only a query of
 * such words: one that says more ("presidente que se suicidó 2019") is a description. Of several, the one
 * who took office that year, Peru's (the glossary's country) when the query names none, then the first.
 * With no year and no event, today's president (currentHolder).
 */
export function soughtOfficeHolder(
  query: string,
  terms: readonly Terms[],
  countriesOf: (doc: number) => readonly string[],
  event?: NamedEvent,
  genderOf: (doc: number) => 'f' | 'm' | undefined = () => undefined,
): number | undefined {
  const words = query.split(' ');
  // "presidenta peruana", "la présidente argentine en 2010": a woman.
  const woman = words.some((word) => genderOfRole(word) === 'f');
  const held = woman ? terms.map((own, doc) => (genderOf(doc) === 'f' ? own : [])) : terms;
  const during = event !== undefined && words.some((word) => DURING.has(word));
  const years = during ? [event.year] : words.filter(isYear).map(Number);
  if (years.length === 0) return currentHolder(query, held, countriesOf);
  if (!words.some((word) => HEAD_OF_STATE.has(word))) return undefined;
  const countries = words.map(countryOfWord).filter((code) => code !== undefined);
  const rest = meaningfulWords(query, PLAIN_WORDS).filter(
    (word) =>
      !HEAD_OF_STATE.has(word) &&
      !AROUND.has(word) &&
      // "presidente del peru octubre 2025": a month says no more than its year here.
      !isDateWord(word) &&
      !(during && (DURING.has(word) || event.words.includes(word))) &&
      !/^\d+$/.test(word) &&
      countryOfWord(word) === undefined,
  );
  if (rest.length > 0) return undefined;
  return holdersInYears(years, countries, held, countriesOf, during)[0];
}

/**
 * The month after which, in a year two terms share, the one who took office that year holds it: Peru's
 * presidents take office on 28 July.
 */
const HANDOVER_MONTH = 7;

/**
 * The heads of state in office in every one of `years`, of one of `countries` (any when none; then
 * Peru's, the glossary's country, first), the likeliest first. A year two terms share ("presidente of
 * peru 2016"): the one who took office that year; at the time of an event (`during`), the one in office
 * as its year began (Fujimori, not Paniagua, for October 2000), or where the event's `month` is known
 * and after July, the newcomer (Accomarca, August 1985: García, not Belaúnde).
 */
export function holdersInYears(
  years: readonly number[],
  countries: readonly string[],
  terms: readonly Terms[],
  countriesOf: (doc: number) => readonly string[],
  during: boolean,
  month?: number,
): number[] {
  const holders: number[] = [];
  terms.forEach((own, doc) => {
    const inOffice = years.every((year) => own.some(([from, to]) => year >= from && year <= to));
    const ofCountry = countries.length === 0 || countriesOf(doc).some((code) => countries.includes(code));
    if (inOffice && ofCountry) holders.push(doc);
  });
  const starting = (doc: number) => (terms[doc] ?? []).some(([from]) => years.includes(from));
  const ranked =
    during && !(month !== undefined && month > HANDOVER_MONTH)
      ? [...holders.filter((doc) => !starting(doc)), ...holders.filter(starting)]
      : [...holders.filter(starting), ...holders.filter((doc) => !starting(doc))];
  if (countries.length > 0) return ranked;
  const peru = (doc: number) => countriesOf(doc).includes('PE');
  return [...ranked.filter(peru), ...ranked.filter((doc) => !peru(doc))];
}

/**
 * The president today of the country a query names, when it says nothing else ("presidente de chile",
 * "who is the current president of bolivia": whoever's term runs on), or of Peru, the glossary's country,
 * for "presidente actual". Where no term the glossary knows runs on, the one that ended last: its entry
 * says when and why. Never for a former one, a dictator or a government ("dictador chileno": Pinochet).
 */
function currentHolder(
  query: string,
  terms: readonly Terms[],
  countriesOf: (doc: number) => readonly string[],
): number | undefined {
  const words = query.split(' ');
  const office = (word: string) => PRESIDENT.has(word) || GOVERNS_NOW.has(word);
  if (!words.some(office) || FORMER.test(query)) return undefined;
  const countries = words.map(countryOfWord).filter((code) => code !== undefined);
  const now = words.some((word) => CURRENT.has(word));
  if (countries.length === 0 && !now) return undefined;
  const rest = meaningfulWords(query, PLAIN_WORDS).filter(
    (word) => !office(word) && !CURRENT.has(word) && countryOfWord(word) === undefined,
  );
  if (rest.length > 0) return undefined;
  const wanted = countries.length > 0 ? countries : ['PE'];
  // The latest the glossary knows: a term that runs on, or else the one that ended last.
  let latest: { doc: number; from: number; to: number } | undefined;
  terms.forEach((own, doc) => {
    if (!countriesOf(doc).some((code) => wanted.includes(code))) return;
    for (const [from, to] of own)
      if (!latest || to > latest.to || (to === latest.to && from > latest.from)) latest = { doc, from, to };
  });
  return latest?.doc;
}

/** Beside the office, words of a time after or before a person: "president after merino". */
const AFTER_WORDS = new Set('after tras despues depois apres'.split(' '));
const BEFORE_WORDS = new Set('before antes avant'.split(' '));
/** The office held for a while ("interim president after merino"). */
const INTERIM = new Set('interim interino interina'.split(' '));
/** The office taken, which says the office too ("who took over after jeri", "quien asumio tras vizcarra"). */
const TAKEN = new Set('took asumio assumiu'.split(' '));
/** Coming after or before someone, said of their place in a line ("who came after castillo", "quién vino antes de vizcarra"). */
const CAME = new Set('came come comes vino vinieron veio vieram venu'.split(' '));
/** Leaving the office, after which someone took it ("who congress picked after merino quit"). */
const LEFT = new Set('quit resigned renuncio renunciou demissionne'.split(' '));

/** Words for a second term ("alan garcia's second term", "segundo gobierno"). */
const SECOND = new Set('second segundo segunda second deuxieme'.split(' '));

/** Words that ask for who held the office next, or before: "castillo's successor", "who preceded jeri". */
const SUCCESSOR = new Set(SUCCESSOR_ASKED.split(' '));
const PREDECESSOR = new Set([
  ...PREDECESSOR_ASKED.split(' '),
  'preceded',
  'precedio',
  'precedeu',
  'precedait',
]);

/**
 * The head of state a query asks for as the successor or predecessor of a person it names (`named`, the
 * entries it may name, the likeliest first), by their terms in the same country: the successor took
 * office the year the named one's last term ended; the predecessor left it the year the first began.
 * Of several, the nearest in time: a successor whose term also ended that year came first (Merino, then
 * Sagasti, after Vizcarra in 2020); a predecessor the one who took office last.
 */
export function soughtSuccession(
  words: readonly string[],
  named: readonly number[],
  terms: readonly Terms[],
  countriesOf: (doc: number) => readonly string[],
): number | undefined {
  // "who became president after merino", "presidente antes de vizcarra": the office and a time beside it.
  const office = words.some(
    (word, at) =>
      HEAD_OF_STATE.has(word) ||
      INTERIM.has(word) ||
      TAKEN.has(word) ||
      CAME.has(word) ||
      // "after merino quit", not "ppk resigned after the videos".
      (LEFT.has(word) && words.slice(0, at).some((before) => AFTER_WORDS.has(before))),
  );
  // "presidente entre vizcarra y sagasti": after the first named (`named` comes in the query's order).
  const after =
    words.some((word) => SUCCESSOR.has(word)) ||
    (office && words.some((word) => AFTER_WORDS.has(word) || BETWEEN_WORDS.has(word))) ||
    // "who took over when kuczynski resigned": the office taken at the named one's leaving.
    (words.some((word) => TAKEN.has(word)) && words.some((word) => DURING.has(word)));
  const before =
    words.some((word) => PREDECESSOR.has(word)) || (office && words.some((word) => BEFORE_WORDS.has(word)));
  if (after === before) return undefined;
  const person = named.find((doc) => (terms[doc]?.length ?? 0) > 0);
  if (person === undefined) return undefined;
  const own = terms[person] as Terms;
  const countries = countriesOf(person);
  // "antes da volta de lula em 2023": the term that began (or, after it, ended) in a year the query
  // names; else "right before alan garcia's second term": that term, not the first.
  const years = words.filter(isYear).map(Number);
  const termOfAYear = own.find(([from, to]) => years.includes(after ? to : from));
  const second =
    termOfAYear ?? (words.some((word) => SECOND.has(word)) && own.length > 1 ? own[1] : undefined);
  const year = second
    ? after
      ? second[1]
      : second[0]
    : after
      ? Math.max(...own.map(([, to]) => to))
      : Math.min(...own.map(([from]) => from));
  // The handover in the same year (Peru's, in July); else across a new year (Brazil's, on 1 January:
  // Bolsonaro's term ended in 2022, Lula's began in 2023).
  for (const gap of [0, 1]) {
    let best: { doc: number; from: number; to: number } | undefined;
    terms.forEach((theirs, doc) => {
      if (doc === person || !countriesOf(doc).some((code) => countries.includes(code))) return;
      for (const [from, to] of theirs) {
        if ((after ? from - gap : to + gap) !== year) continue;
        const nearer = !best || (after ? to < best.to : from > best.from);
        if (nearer) best = { doc, from, to };
      }
    });
    if (best) return best.doc;
  }
  return undefined;
}
