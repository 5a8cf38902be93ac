import { afterEach, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../helpers/core';
import { local, tashkent } from '../helpers/time';

let t: TestCore;
afterEach(() => t?.close());

async function team() {
  t = await createTestCore('2026-11-26T05:00:00Z'); // Thu 10:00 Tashkent
  const a = await t.addUser('seller', 'seller_a', { firstName: 'Dilnoza' });
  const b = await t.addUser('seller', 'seller_b', { firstName: 'Jasur', workStart: '14:00', workEnd: '22:00' });
  const m = await t.addUser('manager', 'manager1');
  return { a, b, m };
}

describe('reassignment', () => {
  it("moves pending follow-ups into the new seller's hours and adds a +5 min call", async () => {
    const { a, b, m } = await team();
    const lead = await t.call('leads.create', { name: 'Aziz', phone: '901234567' }, a.token);
    await t.call('leads.setStatus', { id: lead.id, status: 'interested', note: 'ok' }, a.token); // +30m 10:30, +2d Sat 10:00, +5d Tue 10:00
    const res = await t.call('leads.assign', { leadId: lead.id, sellerId: b.id }, m.token);
    expect(res).toEqual({ assigned: [{ leadId: lead.id, sellerId: b.id }], unassigned: [] });
    const { items } = await t.call('followups.list', { scope: 'lead', leadId: lead.id }, b.token);
    const pending = items
      .filter((f) => f.state === 'pending')
      .map((f) => `${f.kind} ${local(f.dueAt)} ${f.sellerId === b.id}`)
      .sort();
    expect(pending).toEqual([
      'auto 2026-11-26 14:00 true', // 10:30 is before Jasur's 14:00 start
      'auto 2026-11-28 14:00 true',
      'auto 2026-12-01 14:00 true',
      'reassignment 2026-11-26 14:00 true', // now + 5 min = 10:05 → 14:00
    ]);
    expect((await t.fail('leads.get', { id: lead.id }, a.token)).code).toBe('NOT_FOUND');
    const history = await t.call('leads.history', { id: lead.id }, b.token);
    expect(history.at(-1)).toMatchObject({ type: 'assigned', data: { from: a.id, to: b.id, auto: false } });
  });

  it('assigns many leads from the unassigned queue with auto-distribution', async () => {
    const { a, b } = await team();
    await t.call('users.update', { id: a.id, isActiveSales: false }, t.adminToken);
    await t.call('users.update', { id: b.id, isActiveSales: false }, t.adminToken);
    const l1 = await t.call('leads.create', { name: 'L1', phone: '901000001' }, t.adminToken);
    const l2 = await t.call('leads.create', { name: 'L2', phone: '901000002' }, t.adminToken);
    expect([l1.sellerId, l2.sellerId]).toEqual([null, null]);
    expect(await t.call('leads.assign', { leadIds: [l1.id, l2.id], sellerId: 'auto' }, t.adminToken)).toEqual({
      assigned: [],
      unassigned: [l1.id, l2.id],
    });
    await t.call('users.update', { id: a.id, isActiveSales: true }, t.adminToken);
    await t.call('users.update', { id: b.id, isActiveSales: true }, t.adminToken);
    const res = await t.call('leads.assign', { leadIds: [l1.id, l2.id], sellerId: 'auto' }, t.adminToken);
    expect(res.assigned.map((x) => x.sellerId).sort()).toEqual([a.id, b.id].sort());
    const f = await t.call('followups.list', { scope: 'lead', leadId: l1.id }, t.adminToken);
    expect(f.items.map((x) => x.kind)).toEqual(['new_lead']);
  });
});

describe('today and overdue pages', () => {
  it('lists overdue first, filters by seller and delay bucket; sellers see their own', async () => {
    const { a, b } = await team();
    const l1 = await t.call('leads.create', { name: 'Early', phone: '901000001' }, a.token); // due 10:05
    t.clock.set(tashkent('2026-11-26T14:00'));
    const l2 = await t.call('leads.create', { name: 'Later', phone: '901000002' }, a.token); // due 14:05
    const l3 = await t.call('leads.create', { name: 'Jasurs', phone: '901000003' }, b.token); // due 14:05
    t.clock.set(tashkent('2026-11-26T14:30'));

    const today = await t.call('followups.list', { scope: 'today' }, t.adminToken);
    expect(today.items.map((f) => f.leadName)).toEqual(['Early', 'Later', 'Jasurs']);
    const mine = await t.call('followups.list', { scope: 'today', sellerId: b.id }, a.token);
    expect(mine.items.map((f) => f.leadId)).toEqual([l1.id, l2.id]);

    const overdue = await t.call('followups.list', { scope: 'overdue' }, t.adminToken);
    expect(overdue.total).toBe(3);
    expect(
      (await t.call('followups.list', { scope: 'overdue', bucket: 'lt1h' }, t.adminToken)).items
        .map((f) => f.leadId)
        .sort(),
    ).toEqual([l2.id, l3.id].sort());
    expect(
      (await t.call('followups.list', { scope: 'overdue', bucket: '1to6h' }, t.adminToken)).items.map((f) => f.leadId),
    ).toEqual([l1.id]);
    expect(
      (await t.call('followups.list', { scope: 'overdue', sellerId: b.id }, t.adminToken)).items.map((f) => f.leadId),
    ).toEqual([l3.id]);

    const dash = await t.call('dashboard.get', {}, a.token);
    expect(dash).toEqual({ kind: 'seller', myLeads: 2, todayFollowups: 2, overdue: 2, noNextCall: 0 });
    const team_ = await t.call('dashboard.get', {}, t.adminToken);
    expect(team_).toMatchObject({ kind: 'team', totalLeads: 3, todayNew: 3, overdue: 3 });
    expect(team_.kind === 'team' && team_.sellers.find((s) => s.id === a.id)).toMatchObject({
      leads: 2,
      todayFollowups: 2,
      overdue: 2,
    });
  });

  it('"Bajarildi" is refused outside the seller\'s working time, allowed for a manager', async () => {
    const { a, m } = await team();
    const lead = await t.call('leads.create', { name: 'Aziz', phone: '901234567' }, a.token);
    const [f] = (await t.call('followups.list', { scope: 'lead', leadId: lead.id }, a.token)).items;
    t.clock.set(tashkent('2026-11-26T18:30'));
    expect(await t.fail('followups.complete', { id: f.id }, a.token)).toMatchObject({
      code: 'RULE',
      message: "Follow-up'ni faqat ish vaqtingizda bajarilgan deb belgilash mumkin",
    });
    await t.call(
      'absences.create',
      { userId: a.id, startDate: '2026-11-27', endDate: '2026-11-27', reason: 'Kasallik' },
      m.token,
    );
    t.clock.set(tashkent('2026-11-27T10:00'));
    expect((await t.fail('followups.complete', { id: f.id }, a.token)).code).toBe('RULE');
    const done = await t.call('followups.complete', { id: f.id }, m.token);
    expect(done).toMatchObject({ state: 'done', closeKind: 'done' });
    expect((await t.fail('followups.complete', { id: f.id }, m.token)).code).toBe('CONFLICT');
  });
});

describe('bulk actions', () => {
  it('reschedules, transfers, completes; delete is admin-only and keeps the rows', async () => {
    const { a, b, m } = await team();
    const leads = [];
    for (let i = 0; i < 4; i++)
      leads.push(await t.call('leads.create', { name: `L${i}`, phone: `90100000${i}` }, a.token));
    t.clock.set(tashkent('2026-11-26T12:00'));
    const ids = (await t.call('followups.list', { scope: 'overdue' }, m.token)).items.map((f) => f.id);
    expect(ids).toHaveLength(4);

    expect(await t.call('followups.bulk', { action: 'reschedule', ids: [ids[0]], hours: 2 }, m.token)).toEqual({
      updated: 1,
    });
    expect(await t.call('followups.bulk', { action: 'transfer', ids: [ids[1]], sellerId: b.id }, m.token)).toEqual({
      updated: 1,
    });
    expect(await t.call('followups.bulk', { action: 'complete', followupIds: [ids[2]] }, m.token)).toEqual({
      updated: 1,
    });
    expect(await t.fail('followups.bulk', { action: 'delete', ids: [ids[3]] }, m.token)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await t.fail('followups.bulk', { action: 'complete', ids: [ids[3]] }, a.token)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await t.call('followups.bulk', { action: 'delete', ids: [ids[3]] }, t.adminToken)).toEqual({ updated: 1 });

    const all = await Promise.all(
      leads.map((l) => t.call('followups.list', { scope: 'lead', leadId: l.id }, t.adminToken)),
    );
    const [f0, f1, f2, f3] = all.map((r) => r.items[0]);
    expect(local(f0.dueAt)).toBe('2026-11-26 14:00');
    expect(f1).toMatchObject({ sellerId: b.id, sellerName: 'Jasur' });
    expect(local(f1.dueAt)).toBe('2026-11-26 14:00'); // 10:05 moved into Jasur's 14:00–22:00
    // The lead goes with its call (a seller sees only own leads), without an extra +5 min call.
    expect((await t.call('leads.get', { id: leads[1].id }, b.token)).sellerId).toBe(b.id);
    expect(all[1].items).toHaveLength(1);
    expect(f2).toMatchObject({ state: 'done', closeKind: 'bulk_done' });
    expect(f3).toMatchObject({ state: 'done', closeKind: 'admin_deleted' });
    expect((await t.call('followups.list', { scope: 'overdue' }, m.token)).total).toBe(0);
  });
});

describe('absence moves the calls it covers', () => {
  it('to the next working period after it', async () => {
    const { a, m } = await team();
    const lead = await t.call('leads.create', { name: 'Aziz', phone: '901234567' }, a.token);
    await t.call('leads.setStatus', { id: lead.id, status: 'contacted', note: 'ok' }, a.token); // Fri 10:00, Mon 09:00, Thu 10:00
    await t.call(
      'absences.create',
      { userId: a.id, startDate: '2026-11-27', endDate: '2026-11-30', reason: 'Kasallik' },
      m.token,
    );
    const { items } = await t.call('followups.list', { scope: 'lead', leadId: lead.id }, a.token);
    expect(
      items
        .filter((f) => f.state === 'pending')
        .map((f) => local(f.dueAt))
        .sort(),
    ).toEqual(['2026-12-01 09:00', '2026-12-01 09:00', '2026-12-03 10:00']);
    // And new follow-ups are placed around it too.
    const other = await t.call('leads.create', { name: 'Bek', phone: '901234568', sellerId: a.id }, m.token);
    t.clock.set(tashkent('2026-11-26T17:00'));
    await t.call('leads.setStatus', { id: other.id, status: 'interested', note: 'x' }, a.token);
    const f = await t.call('followups.list', { scope: 'lead', leadId: other.id }, a.token);
    expect(
      f.items
        .filter((x) => x.state === 'pending')
        .map((x) => local(x.dueAt))
        .sort(),
    ).toEqual(['2026-11-26 17:30', '2026-12-01 09:00', '2026-12-01 17:00']);
  });
});
