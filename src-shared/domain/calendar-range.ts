/**
 * Which dates and instants the centre can mean. A form or a client may send `2026-02-30`,
 * `9999-99-99` or an instant 200 000 years away: none is a day anyone works on, and the zone
 * maths (Intl, Date) fails or silently rolls them over. The years 2000–2100 hold every real
 * lead, call, trial, absence and offer with room to spare.
 */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

/** First instant of FIRST_YEAR and first instant after LAST_YEAR, UTC epoch ms. */
export const FIRST_INSTANT = Date.UTC(FIRST_YEAR, 0, 1);
export const END_INSTANT = Date.UTC(LAST_YEAR + 1, 0, 1);

export const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

export const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

/** `YYYY-MM-DD` naming a day that exists (no 30 February, no month 13, no day 0) in FIRST_YEAR…LAST_YEAR. */
export function isCalendarDate(text: string): boolean {
  if (!DATE_SHAPE.test(text)) return false;
  const [year, month, day] = text.split('-').map(Number);
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12) return false;
  return day >= 1 && day <= daysInMonth(year, month);
}

/** Whole UTC epoch milliseconds within FIRST_YEAR…LAST_YEAR. */
export function isCentreInstant(ms: number): boolean {
  return Number.isSafeInteger(ms) && ms >= FIRST_INSTANT && ms < END_INSTANT;
}
