import type { UserOut } from '../../src-shared/contract/users';
import { leavePeriod } from '../../src-shared/domain/leave';
import { suggestNextCall as suggestFor } from '../../src-shared/domain/next-call';
import { blockDates, isWorkingAt, type WorkSchedule } from '../../src-shared/domain/working-time';
import type { T } from '../app/i18n';
import { formatWeekdays } from './weekdays';

export type WorkHours = Pick<UserOut, 'workStart' | 'workEnd' | 'workDays' | 'absentNow' | 'onLeaveNow'>;

/** The approved leave covering today, as the instants it takes (a whole day, or those hours). */
const leaveBlock = (u: WorkHours, zone: string) => (u.onLeaveNow ? leavePeriod(u.onLeaveNow, zone) : null);

/** A seller's schedule as the core sees it (today's absence and approved leave included). */
export function scheduleOf(u: WorkHours, zone: string): WorkSchedule {
  const leave = leaveBlock(u, zone);
  return {
    workStart: u.workStart,
    workEnd: u.workEnd,
    workDays: u.workDays,
    blocked: [
      ...(u.absentNow ? [blockDates(u.absentNow.startDate, u.absentNow.endDate, zone)] : []),
      ...(leave ? [leave] : []),
    ],
    timeZone: zone,
  };
}

export const isAtWork = (u: WorkHours, zone: string, now: number) => isWorkingAt(scheduleOf(u, zone), now);

/** Approved leave covers this instant ("Ruxsatda" right now, not only some hours of today). */
export function onLeaveAt(u: WorkHours, zone: string, now: number): boolean {
  const leave = leaveBlock(u, zone);
  return !!leave && leave.start <= now && now < leave.end;
}

/** The suggested next call (the seller's next working day at the same time: `domain/next-call.ts`). */
export const suggestNextCall = (u: WorkHours, zone: string, now: number): number =>
  suggestFor(scheduleOf(u, zone), now);

/** "Du–Sh, 09:00–18:00" (gaps listed: "Du, Ch, Ju, 09:00–18:00"). */
export const workHoursText = (u: WorkHours, t: T): string =>
  `${formatWeekdays(u.workDays, t)}, ${u.workStart}–${u.workEnd}`;
