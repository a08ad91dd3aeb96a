/**
 * "Since this article": which of an entry's timeline events happened after the article was published,
 * and how to show a date in the reader's language. Timeline dates may be partial ("2011",
 * "2011-06"); an event is listed only when it certainly came after the article's day, so a reader of a
 * 14 April 2011 article never sees as news an event of "2011" that may have come before it.
 */
import { isRealDay, PARTIAL_DATE } from '../partial-date';
import { MONTH_NAMES } from './month-names';

/** Languages dates are written in (the explanation's language). */
export type DateLanguage = 'en' | 'es';

/** A partial date's parts, or undefined when it is not 'YYYY', 'YYYY-MM' or a real 'YYYY-MM-DD'. */
function partsOf(date: string): { year: number; month?: number; day?: number } | undefined {
  const match = PARTIAL_DATE.exec(date);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  return isRealDay(year, month, day) ? { year, month, day } : undefined;
}

/** The first day a partial date can mean ('2011' → '2011-01-01', '2011-06' → '2011-06-01'). */
function earliestDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/**
 * The events that certainly happened after `articleDate` ('YYYY-MM-DD'), in date order (events of
 * the same date keep their order). An event qualifies when even the earliest day its date can mean
 * comes after the article's day: '2011-06' and '2012' after 14 April 2011 do; '2011', '2011-04' and
 * '2011-04-14' itself do not. Events with malformed dates are left out, and so is everything when
 * `articleDate` is not a real full date.
 */
export function eventsSinceArticle<Event extends { date: string }>(
  timeline: readonly Event[],
  articleDate: string,
): Event[] {
  const article = partsOf(articleDate);
  if (article?.day === undefined) return [];
  return timeline
    .filter((event) => partsOf(event.date) !== undefined)
    .map((event) => ({ event, from: earliestDay(event.date) }))
    .filter(({ from }) => from > articleDate)
    .sort((a, b) => (a.from === b.from ? 0 : a.from < b.from ? -1 : 1))
    .map(({ event }) => event);
}

/**
 * A date as a reader writes it: "14 April 2011" / "14 de abril de 2011", "June 2011" / "junio de
 * 2011", "2011". A malformed date is shown as it is (better than nothing, and easy to spot).
 */
export function formatPartialDate(date: string, language: DateLanguage): string {
  const parts = partsOf(date);
  if (!parts) return date;
  const { year, month, day } = parts;
  if (month === undefined) return String(year);
  const written = MONTH_NAMES[language][month - 1] ?? '';
  // English capitalizes month names; Spanish does not.
  const monthName = language === 'en' ? written.charAt(0).toUpperCase() + written.slice(1) : written;
  if (language === 'es')
    return day === undefined ? `${monthName} de ${year}` : `${day} de ${monthName} de ${year}`;
  return day === undefined ? `${monthName} ${year}` : `${day} ${monthName} ${year}`;
}
