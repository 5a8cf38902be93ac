import { blockDates } from './working-time';
import { minutesOfDay } from './time-of-day';
import { addDays, zonedToEpoch } from './zoned-time';

export const LEAVE_TYPES = ['full_day', 'hourly'] as const;
export type LeaveType = (typeof LEAVE_TYPES)[number];
export const LEAVE_REASONS = ['sickness', 'personal', 'vacation', 'other'] as const;
export type LeaveReason = (typeof LEAVE_REASONS)[number];
export const LEAVE_STATUSES = ['pending', 'approved', 'rejected', 'cancelled'] as const;
export type LeaveStatus = (typeof LEAVE_STATUSES)[number];

/** A request asks for at most this many calendar days (a longer absence is the admin's "Ishda emas"). */
export const MAX_LEAVE_DAYS = 60;

/** What a leave request says about time: full days `dateFrom`–`dateTo`, or `timeFrom`–`timeTo` of one day. */
export interface LeaveTimes {
  type: LeaveType;
  dateFrom: string;
  dateTo: string;
  timeFrom: string | null;
  timeTo: string | null;
}

/** The [start, end) instants a leave covers in the centre's time zone: the days it names, or those hours of that day. */
export function leavePeriod(l: LeaveTimes, tz: string): { start: number; end: number } {
  if (l.type === 'full_day') return blockDates(l.dateFrom, l.dateTo, tz);
  return {
    start: zonedToEpoch(l.dateFrom, minutesOfDay(l.timeFrom!), tz),
    end: zonedToEpoch(l.dateFrom, minutesOfDay(l.timeTo!), tz),
  };
}

export const periodsOverlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** A rule a request breaks: the field to show it under and the message key. */
export interface LeaveProblem {
  field: 'dateFrom' | 'dateTo' | 'timeFrom' | 'timeTo';
  key:
    | 'leave.error.datesOrder'
    | 'leave.error.tooLong'
    | 'leave.error.timeNeeded'
    | 'leave.error.timesOrder'
    | 'leave.error.past'
    | 'leave.error.overlap';
}

/**
 * The rules of a new request (SPEC §8): dates in order and at most MAX_LEAVE_DAYS, an hourly leave
 * with both times and the end after the start, not wholly in the past, and not overlapping the
 * seller's own pending or approved requests (`others`: their periods).
 */
export function leaveProblem(
  l: LeaveTimes,
  now: number,
  tz: string,
  others: Array<{ start: number; end: number }>,
): LeaveProblem | null {
  if (l.type === 'hourly') {
    if (!l.timeFrom) return { field: 'timeFrom', key: 'leave.error.timeNeeded' };
    if (!l.timeTo) return { field: 'timeTo', key: 'leave.error.timeNeeded' };
    if (minutesOfDay(l.timeTo) <= minutesOfDay(l.timeFrom)) return { field: 'timeTo', key: 'leave.error.timesOrder' };
  } else {
    if (l.dateTo < l.dateFrom) return { field: 'dateTo', key: 'leave.error.datesOrder' };
    if (addDays(l.dateFrom, MAX_LEAVE_DAYS - 1) < l.dateTo) return { field: 'dateTo', key: 'leave.error.tooLong' };
  }
  const period = leavePeriod(l, tz);
  if (period.end <= now) return { field: l.type === 'hourly' ? 'timeTo' : 'dateTo', key: 'leave.error.past' };
  if (others.some((o) => periodsOverlap(o, period))) return { field: 'dateFrom', key: 'leave.error.overlap' };
  return null;
}

/** The request as the form sent it, normalised: an hourly leave is one day; a full-day leave has no times. */
export function normaliseLeaveTimes(input: {
  type: LeaveType;
  dateFrom: string;
  dateTo?: string | null;
  timeFrom?: string | null;
  timeTo?: string | null;
}): LeaveTimes {
  return input.type === 'hourly'
    ? {
        type: 'hourly',
        dateFrom: input.dateFrom,
        dateTo: input.dateFrom,
        timeFrom: input.timeFrom ?? null,
        timeTo: input.timeTo ?? null,
      }
    : {
        type: 'full_day',
        dateFrom: input.dateFrom,
        dateTo: input.dateTo ?? input.dateFrom,
        timeFrom: null,
        timeTo: null,
      };
}

const dmy = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** The period as people write it, the same in every language: `01.12.2026–03.12.2026`, `01.12.2026 14:00–16:00`. */
export function leaveWhen(l: LeaveTimes): string {
  if (l.type === 'hourly') return `${dmy(l.dateFrom)} ${l.timeFrom}–${l.timeTo}`;
  return l.dateFrom === l.dateTo ? dmy(l.dateFrom) : `${dmy(l.dateFrom)}–${dmy(l.dateTo)}`;
}
