import type { UserOut } from '../../src-shared/contract/users';
import { suggestNextCall as suggestFor } from '../../src-shared/domain/next-call';
import { blockDates, isWorkingAt, type WorkSchedule } from '../../src-shared/domain/working-time';
import type { T } from '../app/i18n';
import { formatWeekdays } from './weekdays';

export type WorkHours = Pick<UserOut, 'workStart' | 'workEnd' | 'workDays' | 'absentNow'>;

/** A seller's schedule as the core sees it (today's absence included). */
export function scheduleOf(u: WorkHours, zone: string): WorkSchedule {
  return {
    workStart: u.workStart,
    workEnd: u.workEnd,
    workDays: u.workDays,
    blocked: u.absentNow ? [blockDates(u.absentNow.startDate, u.absentNow.endDate, zone)] : [],
    timeZone: zone,
  };
}

export const isAtWork = (u: WorkHours, zone: string, now: number) => isWorkingAt(scheduleOf(u, zone), now);

/** The suggested next call (the seller's next working day at the same time: `domain/next-call.ts`). */
export const suggestNextCall = (u: WorkHours, zone: string, now: number): number =>
  suggestFor(scheduleOf(u, zone), now);

/** "Du–Sh, 09:00–18:00" (gaps listed: "Du, Ch, Ju, 09:00–18:00"). */
export const workHoursText = (u: WorkHours, t: T): string =>
  `${formatWeekdays(u.workDays, t)}, ${u.workStart}–${u.workEnd}`;
