import { countryOfWord } from '../names/countries';
import {
  type DayOfYear,
  dayInQuery,
  dayOfDate,
  eventStart,
  eventYear,
  isDateWord,
  sameDay,
} from './event-dates';
import type { NamedEvent } from './office-holder';
import { meaningfulWords, PLAIN_WORDS, searchKey, stem } from './search-text';

/** What EventIndex reads of an entry. */
interface DatedEntry {
  category: string;
  period?: string | undefined;
  timeline?: readonly { date: string; text?: string; es?: string }[] | undefined;
}

/** An entry's line on a day of its timeline, and its words (English and Spanish, search keys). */
interface DayLine {
  doc: number;
  day: DayOfYear;
  words: readonly string[];
}

/** Kinds of entry, besides events, that begin on a day: their first dated line is that day. */
const BEGINS = new Set(['institution', 'party', 'organization', 'movement', 'policy']);

/** A day as a query writes its number ("7", "1er", "5th"). */
const DAY_NUMBER = /^\d+(?:er|st|nd|rd|th|o)?$/;

/**
 * The glossary's events by when they began: the year ("que paso en andahuaylas en 2005", "durante el
 * baguazo") and the day ("7 de diciembre de 2022"). `nameWords`: the words of an entry's names.
 */
export class EventIndex {
  private readonly years: (number | undefined)[];
  private readonly starts: (DayOfYear | undefined)[];

  private readonly lines: DayLine[];

  /** `namedIn`: the entries a folded text holds a whole name of (three letters or more). */
  constructor(
    entries: readonly DatedEntry[],
    private readonly nameWords: (doc: number) => readonly string[],
    private readonly namedIn: (text: string) => ReadonlySet<number>,
  ) {
    this.lines = entries.flatMap((entry, doc) =>
      (entry.timeline ?? []).flatMap((event) => {
        const day = dayOfDate(event.date);
        return day
          ? [{ doc, day, words: searchKey(`${event.text ?? ''} ${event.es ?? ''}`).split(' ') }]
          : [];
      }),
    );
    const events = entries.map((entry) => entry.category === 'event');
    this.years = entries.map((entry, doc) => (events[doc] ? eventYear(entry.period) : undefined));
    // What began that day: an event, or a government, party or body that began with it ("3 de octubre
    // de 1968" is the military government's first day); not a person's birthday.
    this.starts = entries.map((entry, doc) =>
      events[doc] || BEGINS.has(entry.category)
        ? eventStart(entry.period, entry.timeline?.[0]?.date)
        : undefined,
    );
  }

  /** The events that began in `year`. */
  ofTheYear(year: number): number[] {
    const found: number[] = [];
    this.years.forEach((began, doc) => {
      if (began === year) found.push(doc);
    });
    return found;
  }

  /**
   * When an event began: its year, and its month where its period or its first timeline line of that
   * year gives it ("2011–2012" with a line of 29 November 2011: November).
   */
  began(doc: number): { year: number; month?: number } | undefined {
    const year = this.years[doc];
    const start = this.starts[doc];
    // A law, a treaty, a body: its first day, where its period or timeline gives it.
    if (year === undefined)
      return start?.year === undefined ? undefined : { year: start.year, month: start.month };
    if (start?.year === year) return { year, month: start.month };
    const line = this.lines.find((dated) => dated.doc === doc && dated.day.year === year);
    return line ? { year, month: line.day.month } : { year };
  }

  /** The first of `docs` that is an event with a year, as soughtOfficeHolder reads it. */
  firstEvent(docs: readonly number[]): NamedEvent | undefined {
    for (const doc of docs) {
      const year = this.years[doc];
      if (year !== undefined) return { year, words: this.nameWords(doc) };
    }
    return undefined;
  }

  /**
   * The event that began on the day a query names, when the query says nothing else but its country or
   * the event's own words ("what happened in peru on 7 december 2022", "autogolpe 5 de abril").
   */
  onTheDay(query: string): number | undefined {
    const asked = dayInQuery(query);
    if (!asked) return undefined;
    const doc = this.starts.findIndex((start) => sameDay(asked, start));
    if (doc === -1) return undefined;
    const own = this.nameWords(doc);
    const rest = wordsBesideTheDay(query).filter((word) => !own.includes(word));
    return rest.length === 0 ? doc : undefined;
  }

  /**
   * The entry whose timeline line on a day with its year says the query's other words ("censura del 17
   * de febrero de 2026": José Jerí's "Censured by Congress"): of several, the person, then the event.
   */
  saidOnTheDay(query: string, categoryOf: (doc: number) => string): number | undefined {
    const asked = dayInQuery(query);
    if (asked?.year === undefined) return undefined;
    const stems = wordsBesideTheDay(query).map(stem);
    if (stems.length === 0) return undefined;
    const saying = new Set(
      this.lines
        .filter(
          (line) =>
            sameDay(asked, line.day) &&
            stems.every((prefix) => line.words.some((own) => own.startsWith(prefix))),
        )
        .map((line) => line.doc),
    );
    for (const kind of ['person', 'event']) {
      const ofKind = [...saying].filter((doc) => categoryOf(doc) === kind);
      if (ofKind.length === 1) return ofKind[0];
    }
    return saying.size === 1 ? [...saying][0] : undefined;
  }

  /**
   * The event of a day with its year that no event began on, by the entries' timelines, where the
   * query's other words name it or another entry with a line that day: "5 de junio 2016 segunda vuelta"
   * is that year's election, whose runoff it was; "elecciones 12 abril 2026". A person it names, whose
   * own line that day says its other words, before the event ("maduro capturado 3 enero 2026").
   */
  eventOfTheDay(query: string, categoryOf: (doc: number) => string): number | undefined {
    const asked = dayInQuery(query);
    if (asked?.year === undefined) return undefined;
    const docs = [...new Set(this.lines.filter((line) => sameDay(asked, line.day)).map((line) => line.doc))];
    const rest = ` ${wordsBesideTheDay(query).join(' ')} `;
    const named = this.namedIn(rest);
    // "15 de octubre de 2025 lima": the one entry with a line that day (then called the day's event),
    // unless the other words name another entry.
    const [only] = docs;
    if (docs.length === 1 && only !== undefined && [...named].every((doc) => doc === only)) return only;
    // "maduro capturado 3 enero 2026": a person named, whose own line that day says the other words.
    // Not where the words name an event of that day ("vizcarra disuelve el congreso 30 septiembre 2019").
    const namesAnEvent = docs.some(
      (doc) =>
        categoryOf(doc) === 'event' &&
        this.nameWords(doc).some((word) => word.length >= 4 && rest.includes(` ${word} `)),
    );
    const person = namesAnEvent
      ? undefined
      : docs.find((doc) => named.has(doc) && categoryOf(doc) === 'person');
    if (person !== undefined) {
      const own = this.nameWords(person);
      const stems = wordsBesideTheDay(query)
        .filter((word) => !own.includes(word))
        .map(stem);
      const saysAll = this.lines.some(
        (line) =>
          line.doc === person &&
          sameDay(asked, line.day) &&
          stems.every((prefix) => line.words.some((word) => word.startsWith(prefix))),
      );
      if (stems.length > 0 && saysAll) return person;
    }
    const events = docs.filter((doc) => categoryOf(doc) === 'event');
    if (events.length !== 1) return undefined;
    const [event] = events as [number];
    const namesTheEvent = this.nameWords(event).some(
      (word) => word.length >= 4 && rest.includes(` ${word} `),
    );
    return namesTheEvent || docs.some((doc) => named.has(doc)) ? event : undefined;
  }

  /**
   * Of `candidates`, the events a query names by words of their names and the year they began, and
   * nothing else ("que paso en andahuaylas en 2005", "locumba 2000").
   */
  namedWithTheirYear(query: string, candidates: readonly number[]): number[] {
    const words = query.split(' ');
    const besideYear = meaningfulWords(query, PLAIN_WORDS).filter((word) => !/^\d+$/.test(word));
    if (besideYear.length === 0) return [];
    return candidates.filter((doc) => {
      const year = this.years[doc];
      const own = this.nameWords(doc);
      return (
        year !== undefined && words.includes(String(year)) && besideYear.every((word) => own.includes(word))
      );
    });
  }
}

/** A query's meaningful words besides its day, month, year and country: what it says of that day. */
function wordsBesideTheDay(query: string): string[] {
  return meaningfulWords(query, PLAIN_WORDS).filter(
    (word) => !DAY_NUMBER.test(word) && !isDateWord(word) && !countryOfWord(word),
  );
}
