import { describe, expect, it } from 'vitest';
import { leavePeriod, leaveProblem, leaveWhen, normaliseLeaveTimes, type LeaveTimes } from './leave';
import { isWorkingAt, placeInWorkingTime } from './working-time';
import { at, iso, seller, TZ } from './working-time.fixtures';

// 2026-11-26 is a Thursday; 28 Saturday; 29 Sunday; 30 Monday.
const fullDay = (dateFrom: string, dateTo = dateFrom) => normaliseLeaveTimes({ type: 'full_day', dateFrom, dateTo });
const hourly = (date: string, timeFrom: string | null, timeTo: string | null) =>
  normaliseLeaveTimes({ type: 'hourly', dateFrom: date, timeFrom, timeTo });
const onLeave = (...l: LeaveTimes[]) => seller({ blocked: l.map((x) => leavePeriod(x, TZ)) });

describe('leavePeriod', () => {
  it.each([
    ['one full day', fullDay('2026-11-27'), '2026-11-27 00:00', '2026-11-28 00:00'],
    ['Fri–Mon', fullDay('2026-11-27', '2026-11-30'), '2026-11-27 00:00', '2026-12-01 00:00'],
    ['hourly 14:00–16:00', hourly('2026-11-27', '14:00', '16:00'), '2026-11-27 14:00', '2026-11-27 16:00'],
  ])('%s', (_, l, start, end) => {
    const p = leavePeriod(l, TZ);
    expect([iso(p.start), iso(p.end)]).toEqual([start, end]);
  });

  it('an hourly leave is one day whatever dateTo the form sent', () => {
    expect(normaliseLeaveTimes({ type: 'hourly', dateFrom: '2026-11-27', dateTo: '2026-12-10' }).dateTo).toBe(
      '2026-11-27',
    );
    expect(normaliseLeaveTimes({ type: 'full_day', dateFrom: '2026-11-27', timeFrom: '10:00' }).timeFrom).toBeNull();
  });
});

describe('approved leave in working-time placement', () => {
  it.each([
    [
      'full day Friday: Thursday 18:15 → Saturday start',
      [fullDay('2026-11-27')],
      '2026-11-26T18:15',
      '2026-11-28 09:00',
    ],
    [
      'Fri–Sat leave: → Monday (Sunday off)',
      [fullDay('2026-11-27', '2026-11-28')],
      '2026-11-27T10:00',
      '2026-11-30 09:00',
    ],
    [
      'hourly 14–16: 15:00 → 16:00 the same day',
      [hourly('2026-11-27', '14:00', '16:00')],
      '2026-11-27T15:00',
      '2026-11-27 16:00',
    ],
    ['hourly 14–16: 13:59 stays', [hourly('2026-11-27', '14:00', '16:00')], '2026-11-27T13:59', '2026-11-27 13:59'],
    [
      'hourly 14–16: 16:00 stays (end exclusive)',
      [hourly('2026-11-27', '14:00', '16:00')],
      '2026-11-27T16:00',
      '2026-11-27 16:00',
    ],
    [
      'hourly 14–16 only that day: Saturday 15:00 stays',
      [hourly('2026-11-27', '14:00', '16:00')],
      '2026-11-28T15:00',
      '2026-11-28 15:00',
    ],
    [
      'hourly to the end of work: → next morning',
      [hourly('2026-11-27', '16:00', '18:00')],
      '2026-11-27T17:00',
      '2026-11-28 09:00',
    ],
    [
      'hourly from the start: 08:00 → 11:00',
      [hourly('2026-11-27', '09:00', '11:00')],
      '2026-11-27T08:00',
      '2026-11-27 11:00',
    ],
    [
      'leave then a Monday hourly leave: Saturday → Monday 11:00',
      [fullDay('2026-11-28'), hourly('2026-11-30', '09:00', '11:00')],
      '2026-11-28T10:00',
      '2026-11-30 11:00',
    ],
  ])('%s', (_, leaves, from, expected) => {
    expect(iso(placeInWorkingTime(onLeave(...leaves), at(from)))).toBe(expected);
  });

  it('the seller is not at work during an hourly leave, and is just after it', () => {
    const s = onLeave(hourly('2026-11-27', '14:00', '16:00'));
    expect(isWorkingAt(s, at('2026-11-27T14:00'))).toBe(false);
    expect(isWorkingAt(s, at('2026-11-27T15:59'))).toBe(false);
    expect(isWorkingAt(s, at('2026-11-27T16:00'))).toBe(true);
    expect(isWorkingAt(s, at('2026-11-27T13:59'))).toBe(true);
  });
});

describe('leaveProblem', () => {
  const now = at('2026-11-26T10:00');
  const mine = [
    leavePeriod(fullDay('2026-12-01', '2026-12-03'), TZ),
    leavePeriod(hourly('2026-11-27', '14:00', '16:00'), TZ),
  ];
  it.each<[string, LeaveTimes, string | null, string | null]>([
    ['a free Monday, full day', fullDay('2026-11-30'), null, null],
    ['today, full day (the day is not over)', fullDay('2026-11-26'), null, null],
    ['today, hours still ahead', hourly('2026-11-26', '15:00', '17:00'), null, null],
    ['today, hours running now', hourly('2026-11-26', '09:00', '11:00'), null, null],
    ['yesterday: wholly in the past', fullDay('2026-11-25'), 'dateTo', 'leave.error.past'],
    ['earlier today: wholly in the past', hourly('2026-11-26', '08:00', '10:00'), 'timeTo', 'leave.error.past'],
    ['dates reversed', fullDay('2026-11-30', '2026-11-28'), 'dateTo', 'leave.error.datesOrder'],
    ['61 days', fullDay('2026-12-05', '2027-02-03'), 'dateTo', 'leave.error.tooLong'],
    ['60 days', fullDay('2026-12-05', '2027-02-02'), null, null],
    ['hourly without a start', hourly('2026-11-27', null, '12:00'), 'timeFrom', 'leave.error.timeNeeded'],
    ['hourly without an end', hourly('2026-11-27', '10:00', null), 'timeTo', 'leave.error.timeNeeded'],
    ['hourly ending before it starts', hourly('2026-11-27', '12:00', '11:00'), 'timeTo', 'leave.error.timesOrder'],
    ['hourly of no length', hourly('2026-11-27', '12:00', '12:00'), 'timeTo', 'leave.error.timesOrder'],
    ['overlaps a full-day leave by one day', fullDay('2026-11-28', '2026-12-01'), 'dateFrom', 'leave.error.overlap'],
    ['a day covering an hourly leave', fullDay('2026-11-27'), 'dateFrom', 'leave.error.overlap'],
    ['hours overlapping hours', hourly('2026-11-27', '15:00', '17:00'), 'dateFrom', 'leave.error.overlap'],
    ['hours just after hours', hourly('2026-11-27', '16:00', '17:00'), null, null],
    ['the day after a leave', fullDay('2026-12-04'), null, null],
  ])('%s', (_, l, field, key) => {
    const p = leaveProblem(l, now, TZ, mine);
    expect(p ? [p.field, p.key] : [null, null]).toEqual([field, key]);
  });
});

describe('leaveWhen', () => {
  it.each([
    [fullDay('2026-12-01'), '01.12.2026'],
    [fullDay('2026-12-01', '2026-12-03'), '01.12.2026–03.12.2026'],
    [hourly('2026-12-01', '14:00', '16:00'), '01.12.2026 14:00–16:00'],
  ])('%j → %s', (l, text) => expect(leaveWhen(l)).toBe(text));
});
