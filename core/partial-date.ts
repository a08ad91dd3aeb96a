/**
 * Dates as the glossary's timelines write them: "YYYY", "YYYY-MM" or "YYYY-MM-DD". One definition for
 * the glossary's schema and check and for "Since this article" (which must not pull the whole schema
 * into the content script).
 */
export const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Whether year-month-day is a day of the calendar (29 February only in leap years). */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (lengths[month - 1] ?? 0);
}

/** Whether a partial date is well formed and, when it names a day, that day exists. */
export function isPartialDate(date: string): boolean {
  const [, year, month, day] = PARTIAL_DATE.exec(date) ?? [];
  if (!year) return false;
  if (!month || !day) return true;
  return isRealDay(Number(year), Number(month), Number(day));
}
