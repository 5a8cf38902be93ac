import { describe, expect, it } from 'vitest';
import { bookingProblem, canSetResult, isLessonDay, type GroupFacts, type LessonDays } from './catalog';

// 2026-11-30 Monday … 2026-12-06 Sunday
const WEEK = ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06'];

describe('lesson days', () => {
  it.each([
    ['odd', [true, false, true, false, true, false, false]],
    ['even', [false, true, false, true, false, true, false]],
    ['daily', [true, true, true, true, true, true, false]],
  ] as Array<[LessonDays, boolean[]]>)('%s: Mon…Sun → %j', (days, expected) => {
    expect(WEEK.map((d) => isLessonDay(days, d))).toEqual(expected);
  });
});

describe('booking a trial', () => {
  const g = (over: Partial<GroupFacts> = {}): GroupFacts => ({
    active: true,
    days: 'odd',
    capacity: 15,
    currentStudents: 12,
    ...over,
  });
  it.each([
    ['a lesson day ahead', g(), '2026-12-02', null],
    ['today, a lesson day', g(), '2026-11-30', null],
    ['a day in the past', g(), '2026-11-27', 'error.trialInPast'],
    ['not a lesson day', g(), '2026-12-01', 'error.notLessonDay'],
    ['Sunday for a daily group', g({ days: 'daily' }), '2026-12-06', 'error.notLessonDay'],
    ['a full group', g({ currentStudents: 15 }), '2026-12-02', 'error.groupFull'],
    ['an inactive group', g({ active: false }), '2026-12-02', 'error.groupInactive'],
  ])('%s → %s', (_, group, date, problem) => {
    expect(bookingProblem(group, date, '2026-11-30')).toBe(problem);
  });
});

describe('trial results', () => {
  it.each([
    [null, 'attended', true],
    [null, 'accepted', true],
    ['attended', 'accepted', true],
    ['attended', 'declined', true],
    ['attended', 'missed', false],
    ['missed', 'accepted', false],
    ['accepted', 'declined', false],
    ['declined', 'accepted', false],
  ] as const)('%s → %s: %s', (from, to, ok) => {
    expect(canSetResult(from, to)).toBe(ok);
  });
});
