import { describe, expect, it } from 'vitest';
import {
  bookingProblem,
  canSetResult,
  isLessonDay,
  moveProblem,
  resultProblem,
  type GroupFacts,
  type LessonDays,
  type TrialResult,
} from './catalog';

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

describe('when a result may be entered', () => {
  it.each([
    ['attended on the trial day', null, 'attended', '2026-11-30', null],
    ['attended the day before', null, 'attended', '2026-11-29', 'error.resultBeforeTrial'],
    ['missed the day before', null, 'missed', '2026-11-29', 'error.resultBeforeTrial'],
    ['accepted the day before', null, 'accepted', '2026-11-29', 'error.resultBeforeTrial'],
    ['declined the day before', null, 'declined', '2026-11-29', 'error.resultBeforeTrial'],
    ['missed a week later', null, 'missed', '2026-12-07', null],
    ['accepted after attended, a day later', 'attended', 'accepted', '2026-12-01', null],
    ['a final result, even before the day', 'missed', 'attended', '2026-11-29', 'error.resultFinal'],
  ] as Array<[string, TrialResult | null, TrialResult, string, string | null]>)(
    '%s → %s',
    (_, from, to, today, problem) => {
      expect(resultProblem({ date: '2026-11-30', result: from }, to, today)).toBe(problem);
    },
  );
});

describe('moving a trial', () => {
  const group: GroupFacts = { active: true, days: 'odd', capacity: 15, currentStudents: 12 };
  it.each([
    ['ahead, to another lesson day', '2026-12-02', null, '2026-12-04', group, null],
    ["today's trial, to a later lesson day", '2026-11-30', null, '2026-12-02', group, null],
    ['to today, a lesson day', '2026-12-02', null, '2026-11-30', group, null],
    ['a trial with a result', '2026-12-02', 'attended', '2026-12-04', group, 'error.trialHasResult'],
    ['a trial whose day has passed', '2026-11-27', null, '2026-12-02', group, 'error.trialAlreadyHeld'],
    ['to a past day', '2026-12-02', null, '2026-11-27', group, 'error.trialInPast'],
    ['to a day without a lesson', '2026-12-02', null, '2026-12-03', group, 'error.notLessonDay'],
    ['into a full group', '2026-12-02', null, '2026-12-04', { ...group, currentStudents: 15 }, 'error.groupFull'],
  ] as Array<[string, string, TrialResult | null, string, GroupFacts, string | null]>)(
    '%s → %s',
    (_, from, result, to, g, problem) => {
      expect(moveProblem({ date: from, result }, g, to, '2026-11-30')).toBe(problem);
    },
  );
});
