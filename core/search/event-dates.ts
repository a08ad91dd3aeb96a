/**
 * Events by the day they began: Peru's politics has days readers know by date ("5 de abril", "7 de
 * diciembre de 2022"). Dates are read from a query (search keys: folded) and from an event's period ("5
 * April 1992", "1–4 January 2005") or, without one, its first timeline date ("2022-12-07").
 */
export interface DayOfYear {
  day: number;
  /** 1–12. */
  month: number;
  year?: number | undefined;
}

/** Month names, folded, in English, Spanish, Portuguese and French: index + 1 is the month. */
const MONTHS = [
  'january enero janeiro janvier',
  'february febrero fevereiro fevrier',
  'march marzo marco mars',
  'april abril avril',
  'may mayo maio mai',
  'june junio junho juin',
  'july julio julho juillet',
  'august agosto aout',
  'september septiembre setiembre setembro septembre',
  'october octubre outubro octobre',
  'november noviembre novembro novembre',
  'december diciembre dezembro decembre',
].map((names) => names.split(' '));

/** Words a reader writes around a day: its month, "of", "on", and what they ask of it. */
const AROUND_A_DAY = new Set('happened paso passou arrive occurred ocurrio'.split(' '));

/** Whether a query's word is part of a date or asks about one ("diciembre", "happened"). */
export function isDateWord(word: string): boolean {
  return monthOf(word) !== undefined || AROUND_A_DAY.has(word);
}

function monthOf(word: string): number | undefined {
  const index = MONTHS.findIndex((names) => names.includes(word.toLowerCase()));
  return index === -1 ? undefined : index + 1;
}

/**
 * "7 december 2022", "7 de diciembre de 2022", "5 de abril", "1er avril 1992", "12 septiembre 92": day,
 * month, year.
 */
const QUERY_DATE = /\b(\d{1,2})(?:er|st|nd|rd|th|o)? (?:de )?(\p{L}+)(?: (?:de |del |of )?(\d{4}|\d{2}))?\b/u;

/** "december 7 2022", "april 5th 1992": the month first, as English writes it. */
const MONTH_FIRST_DATE = /\b(\p{L}+) (\d{1,2})(?:st|nd|rd|th)?(?: (\d{4}))?\b/u;

/** "30/09/2019", "5/4/92" (search keys: "30 09 2019"), day first as Spanish, Portuguese and French write it. */
const NUMERIC_DATE = /^(\d{1,2}) (\d{1,2}) (\d{4}|\d{2})$/;

/** A year written with two digits ("92") is of the last century from 30 on. */
function fullYear(text: string): number {
  const year = Number(text);
  return text.length > 2 ? year : year >= 30 ? 1900 + year : 2000 + year;
}

/** The day a query names, if it names one. */
export function dayInQuery(query: string): DayOfYear | undefined {
  const numeric = query.match(NUMERIC_DATE);
  if (numeric) {
    const [day, month] = numeric.slice(1, 3).map(Number) as [number, number];
    const year = fullYear(numeric[3] as string);
    return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? { day, month, year } : undefined;
  }
  const dayFirst = query.match(QUERY_DATE);
  const monthFirst = query.match(MONTH_FIRST_DATE);
  const [dayText, monthText, yearText] =
    dayFirst && monthOf(dayFirst[2] ?? '') !== undefined
      ? [dayFirst[1], dayFirst[2], dayFirst[3]]
      : [monthFirst?.[2], monthFirst?.[1], monthFirst?.[3]];
  const day = Number(dayText);
  const month = monthOf(monthText ?? '');
  if (month === undefined || !(day >= 1 && day <= 31)) return undefined;
  return { day, month, year: yearText === undefined ? undefined : fullYear(yearText) };
}

/** A timeline's date ("2022-12-07") as a day, when it has one. */
export function dayOfDate(date: string): DayOfYear | undefined {
  const iso = date.match(ISO_DATE);
  return iso ? { day: Number(iso[3]), month: Number(iso[2]), year: Number(iso[1]) } : undefined;
}

/** The year an event's period begins with ("5 June 2009", "1991–1992"), or undefined. */
export function eventYear(period: string | undefined): number | undefined {
  const year = (period ?? '').match(/\b(?:1[89]|20)\d\d\b/)?.[0];
  return year === undefined ? undefined : Number(year);
}

/** "5 April 1992", "1–4 January 2005": the first day of a period written out. */
const PERIOD_DATE = /\b(\d{1,2})(?:–\d{1,2})? (\p{L}+) (\d{4})\b/u;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day an event began: from its period, else its first timeline date when that has a day. */
export function eventStart(period: string | undefined, firstDate: string | undefined): DayOfYear | undefined {
  const written = period?.match(PERIOD_DATE);
  const month = written ? monthOf(written[2] ?? '') : undefined;
  if (written && month !== undefined) return { day: Number(written[1]), month, year: Number(written[3]) };
  return firstDate === undefined ? undefined : dayOfDate(firstDate);
}

/** Whether an event that began on `start` is the day the query names (its year, when the query has one). */
export function sameDay(asked: DayOfYear, start: DayOfYear | undefined): boolean {
  return (
    start !== undefined &&
    start.day === asked.day &&
    start.month === asked.month &&
    (asked.year === undefined || asked.year === start.year)
  );
}
