import { describe, expect, it } from 'vitest';
import {
  contactsOf,
  DEFAULT_TARGETS,
  funnel,
  monthRange,
  presetRange,
  ratio,
  segmentStarts,
  sellerKpi,
  stageBit,
  targetProgress,
  trend,
  workingDaysIn,
  type AssignmentRow,
  type KpiRange,
} from './kpi';
import { blockDates } from './working-time';
import { at, seller, TZ } from './working-time.fixtures';

// 2026-11-23 is a Monday; 29 a Sunday; 30 a Monday; 2026-12-01 a Tuesday.
const week: KpiRange = { from: '2026-11-23', to: '2026-11-29', timeZone: TZ, now: at('2026-11-30T12:00') };
const none = { schedule: seller(), contacts: [], followups: [], trials: [], assignments: [], overdue: 0 };

describe('sellerKpi: empty range', () => {
  it('divides by nothing nowhere: every rate and average is null ("—")', () => {
    const k = sellerKpi(week, none);
    expect(k.dailyContacts.days).toHaveLength(7);
    expect(k.dailyContacts.days.every((d) => d.count === 0)).toBe(true);
    expect(k.dailyContacts.averagePerWorkingDay).toBe(0);
    expect(k.followupCompletion).toEqual({ done: 0, due: 0, rate: null });
    expect(k.trialToSale).toEqual({ accepted: 0, came: 0, rate: null });
    expect(k.conversion).toEqual({ enrolled: 0, assigned: 0, rate: null });
    expect(k.avgResponseMinutes).toBeNull();
    expect(k.notContacted).toBe(0);
  });
  it('a seller with no working day in the range has no average', () => {
    const k = sellerKpi(week, { ...none, schedule: seller({ workDays: [] }) });
    expect(k.dailyContacts.averagePerWorkingDay).toBeNull();
  });
  it('ratio', () => {
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(0, 4)).toBe(0);
    expect(ratio(3, 4)).toBe(0.75);
  });
});

describe('daily contacts', () => {
  it.each([
    ['one lead twice on a day is one contact', [1, 1], ['2026-11-24T10:00', '2026-11-24T15:00'], { '2026-11-24': 1 }],
    ['two leads on a day', [1, 2], ['2026-11-24T10:00', '2026-11-24T11:00'], { '2026-11-24': 2 }],
    [
      'one lead on two days counts on each',
      [1, 1],
      ['2026-11-24T10:00', '2026-11-25T10:00'],
      { '2026-11-24': 1, '2026-11-25': 1 },
    ],
    [
      'local midnight splits days (23:59 / 00:00 Tashkent)',
      [1, 1],
      ['2026-11-24T23:59', '2026-11-25T00:00'],
      { '2026-11-24': 1, '2026-11-25': 1 },
    ],
    ['outside the range is not counted', [1, 2], ['2026-11-22T23:59', '2026-11-30T00:00'], {}],
  ])('%s', (_, leads, times, expected) => {
    const contacts = leads.map((leadId, i) => ({ leadId, at: at(times[i]) }));
    const k = sellerKpi(week, { ...none, contacts });
    const got = Object.fromEntries(k.dailyContacts.days.filter((d) => d.count).map((d) => [d.date, d.count]));
    expect(got).toEqual(expected);
  });
  it('average per working day: Mon–Sat seller, 12 contacts → 12 / 6', () => {
    const contacts = Array.from({ length: 12 }, (_, i) => ({ leadId: i + 1, at: at('2026-11-24T10:00') }));
    expect(sellerKpi(week, { ...none, contacts }).dailyContacts.averagePerWorkingDay).toBe(2);
  });
  it('days off: an absence on two days and a full-day leave on one leave 3 working days', () => {
    const schedule = seller({
      blocked: [blockDates('2026-11-24', '2026-11-25', TZ), blockDates('2026-11-27', '2026-11-27', TZ)],
    });
    expect(workingDaysIn(schedule, week)).toBe(3);
    const contacts = Array.from({ length: 6 }, (_, i) => ({ leadId: i + 1, at: at('2026-11-23T10:00') }));
    expect(sellerKpi(week, { ...none, schedule, contacts }).dailyContacts.averagePerWorkingDay).toBe(2);
  });
  it('an hourly leave leaves the day a working day', () => {
    const schedule = seller({ blocked: [{ start: at('2026-11-24T10:00'), end: at('2026-11-24T12:00') }] });
    expect(workingDaysIn(schedule, week)).toBe(6);
  });
  it('the days of the range still ahead are working days too (SPEC: per working day of the range)', () => {
    expect(workingDaysIn(seller(), { ...week, now: at('2026-11-25T08:00') })).toBe(6); // Mon–Sat
  });
  it('a range across a month boundary lists each day once, in order', () => {
    const r: KpiRange = { from: '2026-11-29', to: '2026-12-02', timeZone: TZ, now: at('2026-12-05T12:00') };
    const contacts = [
      { leadId: 1, at: at('2026-11-30T23:30') },
      { leadId: 1, at: at('2026-12-01T00:30') },
    ];
    const k = sellerKpi(r, { ...none, contacts });
    expect(k.dailyContacts.days).toEqual([
      { date: '2026-11-29', count: 0 },
      { date: '2026-11-30', count: 1 },
      { date: '2026-12-01', count: 1 },
      { date: '2026-12-02', count: 0 },
    ]);
    // Sunday 29 is a day off: 30, 1, 2 are the working days.
    expect(k.dailyContacts.averagePerWorkingDay).toBeCloseTo(2 / 3);
  });
});

describe('a lead reassigned between sellers', () => {
  // Lead 7: seller 10 changes its status, a manager (1) moves it to seller 11, who marks a call done.
  const history = [
    { leadId: 7, userId: 10, at: at('2026-11-24T10:00'), type: 'status' },
    { leadId: 7, userId: 1, at: at('2026-11-24T11:00'), type: 'assigned' },
    { leadId: 7, userId: 11, at: at('2026-11-24T12:00'), type: 'followup_done' },
    { leadId: 7, userId: 11, at: at('2026-11-24T12:00'), type: 'edit' },
    { leadId: 7, userId: 1, at: at('2026-11-24T13:00'), type: 'followup_done' },
  ];
  it.each([
    [10, [{ leadId: 7, at: at('2026-11-24T10:00') }]],
    [11, [{ leadId: 7, at: at('2026-11-24T12:00') }]],
    [1, [{ leadId: 7, at: at('2026-11-24T13:00') }]],
  ])('seller %i keeps the contacts they made', (id, expected) => {
    expect(contactsOf(id, history)).toEqual(expected);
  });
  it('each counts it on their own day', () => {
    for (const id of [10, 11]) {
      const k = sellerKpi(week, { ...none, contacts: contactsOf(id, history) });
      expect(k.dailyContacts.days[1]).toEqual({ date: '2026-11-24', count: 1 });
    }
  });
});

describe('follow-up completion', () => {
  const f = (due: string, state: string, closeKind: string | null) => ({ dueAt: at(due), state, closeKind });
  it.each([
    [
      'done and bulk done count; admin-deleted is due but not done',
      [
        f('2026-11-24T10:00', 'done', 'done'),
        f('2026-11-24T11:00', 'done', 'bulk_done'),
        f('2026-11-24T12:00', 'done', 'admin_deleted'),
      ],
      2,
      3,
    ],
    [
      'cancelled (status changed, trial moved) is left out',
      [
        f('2026-11-24T10:00', 'cancelled', 'status_changed'),
        f('2026-11-24T10:00', 'cancelled', 'trial_moved'),
        f('2026-11-24T10:00', 'done', 'done'),
      ],
      1,
      1,
    ],
    ['still pending and fallen due counts as not done', [f('2026-11-24T10:00', 'pending', null)], 0, 1],
    [
      'due before or after the range is not counted',
      [f('2026-11-22T23:59', 'done', 'done'), f('2026-11-30T00:00', 'pending', null)],
      0,
      0,
    ],
  ])('%s', (_, followups, done, due) => {
    const k = sellerKpi(week, { ...none, followups });
    expect(k.followupCompletion).toEqual({ done, due, rate: ratio(done, due) });
  });
  it('grouped rows count as many as they stand for', () => {
    const followups = [
      { ...f('2026-11-24T10:00', 'done', 'done'), n: 12 },
      { ...f('2026-11-24T10:00', 'pending', null), n: 3 },
    ];
    expect(sellerKpi(week, { ...none, followups }).followupCompletion).toEqual({ done: 12, due: 15, rate: 0.8 });
  });
  it('a call due later in the range counts as due (SPEC: due in range), and as done once made early', () => {
    const r = { ...week, now: at('2026-11-26T12:00') };
    const pending = sellerKpi(r, { ...none, followups: [f('2026-11-27T10:00', 'pending', null)] });
    expect(pending.followupCompletion).toEqual({ done: 0, due: 1, rate: 0 });
    const early = sellerKpi(r, { ...none, followups: [f('2026-11-27T10:00', 'done', 'done')] });
    expect(early.followupCompletion).toEqual({ done: 1, due: 1, rate: 1 });
  });
});

describe('trials and conversion', () => {
  it('trials booked in range; trial → sale = accepted ÷ came (attended, accepted, declined)', () => {
    const t = (d: string, result: string | null) => ({ createdAt: at(d), result });
    const trials = [
      t('2026-11-23T10:00', 'accepted'),
      t('2026-11-23T11:00', 'declined'),
      t('2026-11-24T11:00', 'attended'),
      t('2026-11-24T12:00', 'missed'),
      t('2026-11-25T12:00', null),
      t('2026-11-20T12:00', 'accepted'),
    ];
    const k = sellerKpi(week, { ...none, trials });
    expect(k.trialsRegistered).toBe(5);
    expect(k.trialToSale).toEqual({ accepted: 1, came: 3, rate: 1 / 3 });
  });
  it('conversion and response time over leads assigned in range', () => {
    const a = (assigned: string, contact: string | null, enrolled = false): AssignmentRow => ({
      assignedAt: at(assigned),
      firstContactAt: contact ? at(contact) : null,
      enrolled,
    });
    const assignments = [
      a('2026-11-23T10:00', '2026-11-23T10:30', true),
      a('2026-11-23T11:00', '2026-11-23T11:45'),
      a('2026-11-24T09:00', null),
      a('2026-11-29T23:00', '2026-11-30T01:00', true),
      a('2026-11-22T10:00', '2026-11-23T10:00', true),
    ];
    const k = sellerKpi(week, { ...none, assignments, overdue: 4 });
    expect(k.conversion).toEqual({ enrolled: 2, assigned: 4, rate: 0.5 });
    expect(k.avgResponseMinutes).toBe((30 + 45 + 120) / 3);
    expect(k.notContacted).toBe(1);
    expect(k.overdue).toBe(4);
  });
});

describe('targets, months, funnel, trend', () => {
  it('progress against the defaults', () => {
    const k = sellerKpi(week, none);
    expect(targetProgress(k, DEFAULT_TARGETS)).toEqual({
      leads: { actual: 0, target: 50 },
      trials: { actual: 0, target: 30 },
      sales: { actual: 0, target: 10 },
      followupCompletion: { actual: null, target: 0.85 },
      conversion: { actual: null, target: 0.2 },
    });
  });
  it.each([
    ['2026-11', '2026-11-01', '2026-11-30'],
    ['2026-12', '2026-12-01', '2026-12-31'],
    ['2028-02', '2028-02-01', '2028-02-29'],
    ['2027-02', '2027-02-01', '2027-02-28'],
  ])('month %s', (m, from, to) => expect(monthRange(m)).toEqual({ from, to }));
  it('funnel: every stage a lead ever reached, in order', () => {
    const rows = [
      { status: 'enrolled' as const, stages: stageBit('new') | stageBit('contacted'), n: 2 },
      { status: 'lost' as const, stages: stageBit('new'), n: 3 },
      // Inserted as new and never changed: no bits written yet.
      { status: 'new' as const, stages: 0, n: 4 },
      // Straight from new to offer_made, then interested.
      { status: 'interested' as const, stages: stageBit('new') | stageBit('offer_made'), n: 1 },
    ];
    const f = Object.fromEntries(funnel(rows).map((s) => [s.status, s.count]));
    expect(f).toEqual({
      new: 10,
      contacted: 2,
      interested: 1,
      trial_registered: 0,
      trial_attended: 0,
      trial_missed: 0,
      offer_made: 1,
      enrolled: 2,
      lost: 3,
    });
  });
  it('trend pieces: the first day, each 1st and each Monday', () => {
    expect(segmentStarts('2026-11-28', '2026-12-08')).toEqual(['2026-11-28', '2026-11-30', '2026-12-01', '2026-12-07']);
  });
  it('trend by month and ISO week over a month boundary', () => {
    const days = new Map([
      ['2026-11-29', { leads: 2, sales: 1 }],
      ['2026-12-01', { leads: 3, sales: 0 }],
    ]);
    expect(trend('2026-11-28', '2026-12-01', 'month', days)).toEqual([
      { period: '2026-11', leads: 2, sales: 1 },
      { period: '2026-12', leads: 3, sales: 0 },
    ]);
    expect(trend('2026-11-28', '2026-12-01', 'week', days)).toEqual([
      { period: '2026-11-23', leads: 2, sales: 1 },
      { period: '2026-11-30', leads: 3, sales: 0 },
    ]);
  });
});

describe('range presets (today Thursday 26 Nov 2026)', () => {
  it.each([
    ['today', '2026-11-26', '2026-11-26'],
    ['thisWeek', '2026-11-23', '2026-11-29'],
    ['lastWeek', '2026-11-16', '2026-11-22'],
    ['thisMonth', '2026-11-01', '2026-11-30'],
    ['lastMonth', '2026-10-01', '2026-10-31'],
  ] as const)('%s', (preset, from, to) => expect(presetRange(preset, '2026-11-26')).toEqual({ from, to }));
  it('last month of January is December', () => {
    expect(presetRange('lastMonth', '2027-01-15')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });
  it('this week on a Sunday and on a Monday', () => {
    expect(presetRange('thisWeek', '2026-11-29').from).toBe('2026-11-23');
    expect(presetRange('thisWeek', '2026-11-30').from).toBe('2026-11-30');
  });
});
