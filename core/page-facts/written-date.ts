import { isRealDay } from '../partial-date';
import { MONTH_NAMES } from './month-names';
/**
 * Dates as pages write them, read as the calendar date the writer meant: `2011-04-14T23:30:00-05:00`
 * is 14 April 2011 (the day it was where it was published), never converted to UTC or to the reader's
 * zone. Pure: runs in Node and in content scripts alike.
 */

/** A calendar date; `month` and `day` are missing for partial dates ("2011", "2011-04"). */
export interface WrittenDate {
  year: number;
  month?: number;
  day?: number;
}

/** A date found in running text, with the words before it (accents folded), such as "Actualizado:". */
export interface DateInText {
  date: WrittenDate;
  before: string;
}

/** Nothing longer than this is read: a date with its time and zone fits in well under 100 characters. */
const MAX_DATE_TEXT = 200;

/** The earliest year accepted: the web's news archives begin in the 1990s, earlier "dates" are noise. */
const EARLIEST_YEAR = 1990;

/** UTC+14 (Line Islands) is the zone furthest ahead: no date written anywhere can be later than there. */
const FURTHEST_AHEAD_MS = 14 * 60 * 60 * 1000;

/** Month words (accents folded, lower case) to month numbers: full names and the usual abbreviations. */
const MONTHS = new Map<string, number>();
MONTH_NAMES.en.forEach((name, index) => {
  MONTHS.set(name, index + 1);
  MONTHS.set(name.slice(0, 3), index + 1);
});
MONTH_NAMES.es.forEach((name, index) => {
  MONTHS.set(name, index + 1);
  MONTHS.set(name.slice(0, 3), index + 1);
});
// Peru and Chile write "setiembre"; "sept" and "set" are common abbreviations.
for (const extra of ['setiembre', 'sept', 'set']) MONTHS.set(extra, 9);

/** The month of an English or Spanish month word or abbreviation (any case, accents ignored). */
export function monthFromWord(word: string): number | undefined {
  return MONTHS.get(foldAccents(word.toLowerCase()));
}

/** Longest first, so "sept" is not read as "sep" followed by a stray "t". */
const MONTH_PATTERN = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');

function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

function fullDate(year: number, month: number, day: number): WrittenDate | null {
  return isRealDay(year, month, day) ? { year, month, day } : null;
}

function digits(text: string | undefined): number {
  return Number.parseInt(text ?? '', 10);
}

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' for a written date. */
export function isoOf(date: WrittenDate): string {
  const year = String(date.year).padStart(4, '0');
  if (date.month === undefined) return year;
  const month = `${year}-${String(date.month).padStart(2, '0')}`;
  return date.day === undefined ? month : `${month}-${String(date.day).padStart(2, '0')}`;
}

/** The latest calendar date a page can honestly carry at `now`: today in the zone furthest ahead. */
export function latestPossibleDay(now: Date): string {
  return new Date(now.getTime() + FURTHEST_AHEAD_MS).toISOString().slice(0, 10);
}

/**
 * Whether a written date can be a publication date at `now`: from 1990 on, real, and not after today
 * anywhere on Earth (later dates are scheduled, embargoed or typos). Partial dates are checked as far
 * as they go ("2011-04" is fine in April 2011).
 */
export function isPlausible(date: WrittenDate, now: Date): boolean {
  if (date.year < EARLIEST_YEAR) return false;
  if (date.month !== undefined && (date.month < 1 || date.month > 12)) return false;
  if (date.day !== undefined && !isRealDay(date.year, date.month ?? 0, date.day)) return false;
  const iso = isoOf(date);
  return iso <= latestPossibleDay(now).slice(0, iso.length);
}

/**
 * Reads a machine-written date, the kind JSON-LD and meta tags hold: ISO 8601 with or without a time
 * and zone ("2011-04-14", "2011-04-14T23:30:00-05:00", "2011-04-14 10:00:00", "2011/04/14"), compact
 * ("20110414", "20110414T103000Z", "20110414103000"), RFC 2822 ("Thu, 14 Apr 2011 10:00:00 -0500"),
 * JavaScript's Date#toString, Unix time in seconds or milliseconds (read in UTC: it has no zone), and
 * partial ISO dates ("2011-04", "2011"). Null for anything else, impossible days included.
 */
export function parseMachineDate(raw: string | number): WrittenDate | null {
  if (typeof raw === 'number') return fromUnixTime(raw);
  const text = raw.slice(0, MAX_DATE_TEXT).trim();
  let match = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])/.exec(text);
  if (match) {
    // After the day only a time, a zone or words may follow ("2011-04-14T10:00", "2011-04-14 10:00").
    return fullDate(digits(match[1]), digits(match[3]), digits(match[4]));
  }
  match = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?(?:[.,]\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i.exec(text);
  if (match) return compactDate(match);
  if (/^\d{10}$|^\d{13}$/.test(text)) return fromUnixTime(Number(text));
  match = /^(\d{4})-(\d{2})$/.exec(text);
  if (match) {
    const month = digits(match[2]);
    return month >= 1 && month <= 12 ? { year: digits(match[1]), month } : null;
  }
  if (/^\d{4}$/.test(text)) return { year: digits(text) };
  const rfc = new RegExp(
    `^(?:[a-z]{3,9},?\\s+)?(\\d{1,2})[\\s-]+(${MONTH_PATTERN})\\.?[\\s-]+(\\d{4})\\b`,
    'i',
  ).exec(foldAccents(text));
  if (rfc) return fullDate(digits(rfc[3]), monthFromWord(rfc[2] ?? '') ?? 0, digits(rfc[1]));
  const jsDate = new RegExp(`^[a-z]{3}\\s+(${MONTH_PATTERN})\\s+(\\d{1,2})\\s+(\\d{4})\\b`, 'i').exec(text);
  if (jsDate) return fullDate(digits(jsDate[3]), monthFromWord(jsDate[1] ?? '') ?? 0, digits(jsDate[2]));
  return null;
}

/** "20110414" with an optional time that must itself be a real time, so ids are not read as dates. */
function compactDate(match: RegExpExecArray): WrittenDate | null {
  if (match[4] !== undefined) {
    const hours = digits(match[4]);
    const minutes = digits(match[5]);
    const seconds = match[6] === undefined ? 0 : digits(match[6]);
    if (hours > 23 || minutes > 59 || seconds > 59) return null;
  }
  return fullDate(digits(match[1]), digits(match[2]), digits(match[3]));
}

/** Seconds or milliseconds since 1970; the UTC calendar date. */
function fromUnixTime(milliseconds: number): WrittenDate | null {
  if (!Number.isFinite(milliseconds)) return null;
  // Numbers too small to be milliseconds of this era are seconds.
  const scaled = Math.abs(milliseconds) < 1e11 ? milliseconds * 1000 : milliseconds;
  const date = new Date(scaled);
  if (Number.isNaN(date.getTime())) return null;
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const DAY_MONTH_YEAR = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,2})(?:º|°|\\.º|st|nd|rd|th)?[\\s./-]*(?:de\\s+|of\\s+)?(${MONTH_PATTERN})\\.?,?[\\s./-]*(?:del?\\s+|,\\s*)?(\\d{4})(?![\\p{L}\\p{N}])`,
  'iu',
);
const MONTH_DAY_YEAR = new RegExp(
  `(?<![\\p{L}\\p{N}])(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:del?\\s+)?(\\d{4})(?![\\p{L}\\p{N}])`,
  'iu',
);
const YEAR_MONTH_DAY = /(?<![\p{L}\p{N}])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\p{L}\p{N}])/u;
const NUMERIC_DAY_FIRST_OR_MONTH_FIRST =
  /(?<![\p{L}\p{N}])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?![\p{L}\p{N}])/u;

/**
 * Finds the first full date in running English or Spanish text, the way a byline shows it: "14 de abril
 * de 2011", "jueves 14 de abril del 2011, 10:30", "April 14, 2011", "14 Apr. 2011", "abril 14, 2011",
 * "2011-04-14", "14/04/2011". A numeric day/month/year is read only when one reading alone is a real
 * date ("14/04/2011", "04/14/2011"); "05/04/2011" could be either and is not read. Relative dates
 * ("hace 2 horas") and dates without a day are not read.
 */
export function findDateInText(raw: string): DateInText | null {
  const text = foldAccents(raw.slice(0, MAX_DATE_TEXT));
  const found: { date: WrittenDate; index: number }[] = [];
  const dayFirst = DAY_MONTH_YEAR.exec(text);
  if (dayFirst) {
    const date = fullDate(digits(dayFirst[3]), monthFromWord(dayFirst[2] ?? '') ?? 0, digits(dayFirst[1]));
    if (date) found.push({ date, index: dayFirst.index });
  }
  const monthFirst = MONTH_DAY_YEAR.exec(text);
  if (monthFirst) {
    const date = fullDate(
      digits(monthFirst[3]),
      monthFromWord(monthFirst[1] ?? '') ?? 0,
      digits(monthFirst[2]),
    );
    if (date) found.push({ date, index: monthFirst.index });
  }
  const iso = YEAR_MONTH_DAY.exec(text);
  if (iso) {
    const date = fullDate(digits(iso[1]), digits(iso[2]), digits(iso[3]));
    if (date) found.push({ date, index: iso.index });
  }
  const numeric = NUMERIC_DAY_FIRST_OR_MONTH_FIRST.exec(text);
  if (numeric) {
    const date = unambiguousNumericDate(digits(numeric[1]), digits(numeric[3]), digits(numeric[4]));
    if (date) found.push({ date, index: numeric.index });
  }
  found.sort((a, b) => a.index - b.index);
  const first = found[0];
  return first ? { date: first.date, before: text.slice(0, first.index) } : null;
}

/** d/m/y (most of the world) or m/d/y (the United States): only when just one of them is a real date. */
function unambiguousNumericDate(first: number, second: number, year: number): WrittenDate | null {
  const dayFirst = fullDate(year, second, first);
  const monthFirst = fullDate(year, first, second);
  if (dayFirst && monthFirst) return first === second ? dayFirst : null;
  return dayFirst ?? monthFirst;
}
