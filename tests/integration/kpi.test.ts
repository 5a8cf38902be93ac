import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../helpers/core';
import { tashkent } from '../helpers/time';

let t: TestCore;
afterEach(() => t?.close());

const HOURS = { workStart: '09:00', workEnd: '18:00', workDays: [1, 2, 3, 4, 5, 6] };
const WEEK = { from: '2026-11-23', to: '2026-11-29' };

/** The lead's pending follow-up due first (the call the script makes next). */
async function pendingOf(leadId: number, token: string) {
  const { items } = await t.call('followups.list', { scope: 'lead', leadId }, token);
  return items.filter((f) => f.state === 'pending').sort((x, y) => x.dueAt - y.dueAt)[0];
}

/**
 * A scripted week (Mon 23 – Sun 29 Nov 2026, Tashkent) for two sellers: leads given, calls made,
 * a trial booked and sold, a lead moved from one seller to the other, a day absent, a lead lost.
 */
async function scriptedWeek() {
  t = await createTestCore('2026-11-23T04:00:00Z'); // Mon 09:00
  const a = await t.addUser('seller', 'dilnoza', HOURS);
  const b = await t.addUser('seller', 'jasur', HOURS);
  const m = await t.addUser('manager', 'malika');
  const course = await t.call(
    'courses.create',
    { name: 'IELTS', price: 1_000_000, lessonDuration: 90, lessonsPerWeek: 3 },
    t.adminToken,
  );
  const group = await t.call(
    'groups.create',
    { name: 'IELTS-01', courseId: course.id, days: 'odd', time: '15:00', capacity: 15, currentStudents: 0 },
    t.adminToken,
  );
  const at = (local: string) => t.clock.set(tashkent(local));
  const give = (name: string, phone: string, source: 'instagram' | 'telegram', sellerId: number) =>
    t.call('leads.create', { name, phone, source, sellerId }, t.adminToken);

  // Monday: three leads for A. L1 answered in 30 min, L2's first call made in 10 min, L3 never.
  const l1 = await give('Aziz', '901000001', 'instagram', a.id);
  await at('2026-11-23T09:30');
  await t.call('leads.setStatus', { id: l1.id, status: 'contacted', note: 'Gaplashdik' }, a.token);
  await at('2026-11-23T10:00');
  const l2 = await give('Bekzod', '901000002', 'telegram', a.id);
  await at('2026-11-23T10:10');
  await t.call('followups.complete', { id: (await pendingOf(l2.id, a.token)).id }, a.token);
  await at('2026-11-23T11:00');
  await give('Gulnora', '901000003', 'instagram', a.id);

  // Tuesday: L1's +24 h call made, a trial booked for Wednesday, its reminder call made.
  await at('2026-11-24T09:45');
  await t.call('followups.complete', { id: (await pendingOf(l1.id, a.token)).id }, a.token);
  await at('2026-11-24T10:00');
  const trial = await t.call('trials.create', { leadId: l1.id, groupId: group.id, date: '2026-11-25' }, a.token);
  await at('2026-11-24T10:10');
  await t.call('followups.complete', { id: (await pendingOf(l1.id, a.token)).id }, a.token);

  // Wednesday: L2 moves to B, who calls in 20 min; L1 comes to the trial and buys; A is absent on Thursday.
  await at('2026-11-25T11:00');
  await t.call('leads.assign', { leadIds: [l2.id], sellerId: b.id }, m.token);
  await at('2026-11-25T11:20');
  await t.call('followups.complete', { id: (await pendingOf(l2.id, b.token)).id }, b.token);
  await at('2026-11-25T15:00');
  await t.call('trials.setResult', { id: trial.id, result: 'attended' }, a.token);
  await at('2026-11-25T16:00');
  await t.call('trials.setResult', { id: trial.id, result: 'accepted' }, a.token);
  await t.call(
    'absences.create',
    { userId: a.id, startDate: '2026-11-26', endDate: '2026-11-26', reason: 'Kasal' },
    m.token,
  );

  // Friday: L4 for A, lost 30 minutes later.
  await at('2026-11-27T10:00');
  const l4 = await give('Dilshod', '901000004', 'telegram', a.id);
  await at('2026-11-27T10:30');
  await t.call('leads.setStatus', { id: l4.id, status: 'lost', note: 'Qimmat', lostReason: 'too_expensive' }, a.token);

  await at('2026-11-30T08:00'); // Monday morning: the manager looks at last week
  return { a, b, m };
}

describe('KPI of a scripted week, every figure exact', () => {
  it("seller A's and seller B's seven metrics", async () => {
    const { a, b, m } = await scriptedWeek();
    const kpiA = await t.call('kpi.seller', WEEK, a.token);
    expect(kpiA).toEqual({
      dailyContacts: {
        days: [
          { date: '2026-11-23', count: 2 },
          { date: '2026-11-24', count: 1 },
          { date: '2026-11-25', count: 1 },
          { date: '2026-11-26', count: 0 },
          { date: '2026-11-27', count: 1 },
          { date: '2026-11-28', count: 0 },
          { date: '2026-11-29', count: 0 },
        ],
        averagePerWorkingDay: 1, // 5 contacts over Mon, Tue, Wed, Fri, Sat (absent Thursday, Sunday off)
      },
      followupCompletion: { done: 3, due: 4, rate: 0.75 }, // L3's first call never made
      trialsRegistered: 1,
      trialToSale: { accepted: 1, came: 1, rate: 1 },
      conversion: { enrolled: 1, assigned: 4, rate: 0.25 },
      avgResponseMinutes: (30 + 10 + 30) / 3,
      notContacted: 1,
      overdue: 1,
    });
    expect(await t.call('kpi.seller', { ...WEEK, sellerId: a.id }, m.token)).toEqual(kpiA);

    const kpiB = await t.call('kpi.seller', { ...WEEK, sellerId: b.id }, t.adminToken);
    expect(kpiB.dailyContacts.days.map((d) => d.count)).toEqual([0, 0, 1, 0, 0, 0, 0]);
    expect(kpiB.dailyContacts.averagePerWorkingDay).toBeCloseTo(1 / 6);
    expect(kpiB).toMatchObject({
      followupCompletion: { done: 1, due: 1, rate: 1 },
      trialsRegistered: 0,
      trialToSale: { accepted: 0, came: 0, rate: null },
      conversion: { enrolled: 0, assigned: 1, rate: 0 },
      avgResponseMinutes: 20,
      notContacted: 0,
      overdue: 0,
    });

    // A seller sees only own; another seller's id is "not found"; the team must name a seller.
    expect(await t.fail('kpi.seller', { ...WEEK, sellerId: b.id }, a.token)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await t.fail('kpi.seller', WEEK, m.token)).toMatchObject({
      code: 'VALIDATION',
      details: { fields: [{ path: 'sellerId' }] },
    });
    expect(await t.fail('kpi.seller', { ...WEEK, sellerId: m.id }, t.adminToken)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await t.fail('kpi.seller', { from: '2026-11-29', to: '2026-11-23' }, a.token)).toMatchObject({
      details: { fields: [{ path: 'to', key: 'kpi.error.rangeOrder' }] },
    });
    // An empty range divides by nothing.
    expect(await t.call('kpi.seller', { from: '2026-10-01', to: '2026-10-31' }, a.token)).toMatchObject({
      followupCompletion: { rate: null },
      conversion: { rate: null },
      avgResponseMinutes: null,
    });
  });

  it('a lead given to A, moved to B and sold: converted for both (assigned in range, now enrolled)', async () => {
    const { a, b } = await scriptedWeek();
    const { items } = await t.call('leads.list', {}, b.token);
    t.clock.set(tashkent('2026-11-30T09:30'));
    await t.call('leads.setStatus', { id: items[0].id, status: 'enrolled', note: "To'ladi" }, b.token);
    expect((await t.call('kpi.seller', WEEK, a.token)).conversion).toEqual({ enrolled: 2, assigned: 4, rate: 0.5 });
    expect((await t.call('kpi.seller', WEEK, b.token)).conversion).toEqual({ enrolled: 1, assigned: 1, rate: 1 });
    // B's contact on Monday 30th is outside last week: A keeps the contacts A made, B has none more.
    expect((await t.call('kpi.seller', WEEK, b.token)).dailyContacts.days.map((d) => d.count)).toEqual([
      0, 0, 1, 0, 0, 0, 0,
    ]);
  });

  it("targets: defaults with the month's progress, set by the team only", async () => {
    const { a, m } = await scriptedWeek();
    expect(await t.call('kpi.targets', { month: '2026-11' }, a.token)).toEqual({
      sellerId: a.id,
      month: '2026-11',
      leads: 50,
      trials: 30,
      sales: 10,
      followupCompletion: 0.85,
      conversion: 0.2,
      progress: {
        leads: { actual: 4, target: 50 },
        trials: { actual: 1, target: 30 },
        sales: { actual: 1, target: 10 },
        followupCompletion: { actual: 0.75, target: 0.85 },
        conversion: { actual: 0.25, target: 0.2 },
      },
    });
    const targets = { leads: 40, trials: 20, sales: 8, followupCompletion: 0.9, conversion: 0.25 };
    expect(await t.fail('kpi.setTargets', { sellerId: a.id, month: '2026-11', ...targets }, a.token)).toMatchObject({
      code: 'FORBIDDEN',
    });
    const set = await t.call('kpi.setTargets', { sellerId: a.id, month: '2026-11', ...targets }, m.token);
    expect(set).toMatchObject({ ...targets, progress: { sales: { actual: 1, target: 8 } } });
    expect(await t.call('kpi.targets', { sellerId: a.id, month: '2026-11' }, t.adminToken)).toEqual(set);
    expect((await t.call('kpi.targets', { month: '2026-12' }, a.token)).leads).toBe(50);
    const { items } = await t.call('kpi.team', { month: '2026-11' }, m.token);
    expect(items.map((i) => [i.sellerName, i.progress.leads.actual, i.leads])).toEqual([
      ['dilnoza', 4, 40],
      ['jasur', 1, 50],
    ]);
    expect(
      await t.fail('kpi.setTargets', { sellerId: a.id, month: '2026-13', ...targets, conversion: 20 }, m.token),
    ).toMatchObject({ code: 'VALIDATION' });
    // A rate typed as a percent is taken as one.
    const typed = await t.call(
      'kpi.setTargets',
      { sellerId: a.id, month: '2026-11', ...targets, followupCompletion: 85, conversion: 20 },
      m.token,
    );
    expect(typed).toMatchObject({ followupCompletion: 0.85, conversion: 0.2 });
    expect(
      (await t.fail('kpi.setTargets', { sellerId: a.id, month: '2026-11', ...targets, conversion: 120 }, m.token))
        .details.fields?.[0],
    ).toMatchObject({ path: 'conversion' });
  });

  it('analytics and its Excel export', async () => {
    const { a, b, m } = await scriptedWeek();
    const an = await t.call('analytics.get', WEEK, m.token);
    expect(an).toEqual({
      totals: { leads: 4, enrolled: 1, conversion: 0.25 },
      bySource: [
        { source: 'instagram', leads: 2, enrolled: 1, conversion: 0.5 },
        { source: 'telegram', leads: 2, enrolled: 0, conversion: 0 },
      ],
      funnel: [
        { status: 'new', count: 4 },
        { status: 'contacted', count: 1 },
        { status: 'interested', count: 0 },
        { status: 'trial_registered', count: 1 },
        { status: 'trial_attended', count: 1 },
        { status: 'trial_missed', count: 0 },
        { status: 'offer_made', count: 0 },
        { status: 'enrolled', count: 1 },
        { status: 'lost', count: 1 },
      ],
      ranking: [
        {
          sellerId: a.id,
          sellerName: 'dilnoza',
          leads: 4,
          contacted: 3,
          trials: 1,
          sales: 1,
          conversion: 0.25,
          avgResponseMinutes: 70 / 3,
          overdue: 1,
        },
        {
          sellerId: b.id,
          sellerName: 'jasur',
          leads: 1,
          contacted: 1,
          trials: 0,
          sales: 0,
          conversion: 0,
          avgResponseMinutes: 20,
          overdue: 0,
        },
      ],
      monthly: [{ period: '2026-11', leads: 4, sales: 1 }],
      weekly: [{ period: '2026-11-23', leads: 4, sales: 1 }],
      lostReasons: [{ reason: 'too_expensive', count: 1 }],
    });
    expect(await t.fail('analytics.get', WEEK, a.token)).toMatchObject({ code: 'FORBIDDEN' });

    const file = await t.call('analytics.export', WEEK, m.token);
    expect(file.fileName).toBe('analytics-2026-11-23-2026-11-29.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      "Manbalar bo'yicha",
      'Status voronkasi',
      'Sotuvchilar reytingi',
      'Oylik tendentsiya',
      'Haftalik tendentsiya',
      "Yo'qotish sabablari",
    ]);
    expect(book.worksheets[2].getRow(3).values).toEqual([undefined, 'dilnoza', 4, 3, 1, 1, 0.25, 23, 1]);
  });
});
