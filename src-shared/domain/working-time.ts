import { minutesOfDay } from './time-of-day';
import { addDays, localParts, zonedToEpoch } from './zoned-time';

/** When a seller works: daily hours, work days, and blocked periods (absence, approved leave). */
export interface WorkSchedule {
  workStart: string;
  workEnd: string;
  /** ISO weekdays. */
  workDays: number[];
  /** [start, end) instants when the seller is away. */
  blocked: Array<{ start: number; end: number }>;
  timeZone: string;
}

/** Absences and full-day leave are calendar dates: they block from the start of the first day to the end of the last. */
export function blockDates(startDate: string, endDate: string, tz: string): { start: number; end: number } {
  return { start: zonedToEpoch(startDate, 0, tz), end: zonedToEpoch(addDays(endDate, 1), 0, tz) };
}

const blockAt = (s: WorkSchedule, t: number) => s.blocked.find((b) => b.start <= t && t < b.end);

/** Is the seller at work at instant t (inside hours, on a work day, not blocked)? The end of the day is exclusive. */
export function isWorkingAt(s: WorkSchedule, t: number): boolean {
  const p = localParts(t, s.timeZone);
  const m = minutesOfDay(s.workStart) <= p.minutes && p.minutes < minutesOfDay(s.workEnd);
  return s.workDays.includes(p.weekday) && m && !blockAt(s, t);
}

/**
 * Puts a due time inside working time (SPEC §3): a time outside working hours, on a day off, in an
 * absence or in approved leave moves to the start of the next working period. A time already inside
 * stays exactly as it is.
 */
export function placeInWorkingTime(s: WorkSchedule, t: number): number {
  if (s.workDays.length === 0) return t; // nobody to place for: keep the wall-clock time
  const start = minutesOfDay(s.workStart);
  const end = minutesOfDay(s.workEnd);
  let candidate = t;
  // Bounded: a year of days plus every block is more than any real schedule needs.
  for (let guard = 0; guard < 400 + s.blocked.length * 2; guard++) {
    const p = localParts(candidate, s.timeZone);
    if (!s.workDays.includes(p.weekday) || p.minutes >= end) {
      candidate = zonedToEpoch(addDays(p.date, 1), start, s.timeZone);
      continue;
    }
    if (p.minutes < start) {
      candidate = zonedToEpoch(p.date, start, s.timeZone);
      continue;
    }
    const block = blockAt(s, candidate);
    if (block) {
      candidate = block.end;
      continue;
    }
    return candidate;
  }
  return candidate;
}

/**
 * The trial reminder (SPEC §3): at the seller's work start on the last working day before the trial
 * date; if that moment is already past, 5 minutes from now, still inside working time.
 */
export function trialReminderAt(s: WorkSchedule, trialDate: string, now: number): number {
  const start = minutesOfDay(s.workStart);
  for (let back = 1; back <= 60; back++) {
    const day = addDays(trialDate, -back);
    const at = zonedToEpoch(day, start, s.timeZone);
    if (at <= now) break;
    if (isWorkingAt(s, at)) return at;
  }
  return placeInWorkingTime(s, now + 5 * 60_000);
}
