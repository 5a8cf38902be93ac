import { minutesOfDay } from './time-of-day';
import { isWorkingAt, placeInWorkingTime, type WorkSchedule } from './working-time';
import { addDays, localParts, zonedToEpoch } from './zoned-time';

const STEP_MIN = 5;

/**
 * The next call a "Bajarildi" form offers (the caller may change it): the seller's next working day
 * at the same time of day, rounded down to 5 minutes and kept inside the working hours (after work →
 * the day's last 5 minutes, before work → its start), skipping days off and blocked days. Pure, so
 * the renderer computes it from the seller's schedule (auth.me for oneself, users.get for a seller);
 * followups.complete places whatever comes into working time anyway.
 */
export function suggestNextCall(s: WorkSchedule, now: number): number {
  const here = localParts(now, s.timeZone);
  const start = minutesOfDay(s.workStart);
  const lastSlot = Math.max(start, minutesOfDay(s.workEnd) - STEP_MIN);
  const minutes = Math.max(start, Math.min(here.minutes - (here.minutes % STEP_MIN), lastSlot));
  for (let d = 1; d <= 31; d++) {
    const at = zonedToEpoch(addDays(here.date, d), minutes, s.timeZone);
    if (isWorkingAt(s, at)) return at;
  }
  // No working day within a month (a long absence): the first working moment after a day.
  return placeInWorkingTime(s, now + 24 * 3_600_000);
}
