import { afterEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../src-shared/contract/events';
import { createTestCore, type TestCore } from '../helpers/core';
import { local, tashkent } from '../helpers/time';

let t: TestCore;
afterEach(() => t?.close());

// 2026-11-26 is a Thursday (Tashkent); Sunday is a day off.
async function seller() {
  t = await createTestCore('2026-11-26T05:00:00Z'); // Thu 10:00
  return t.addUser('seller', 'seller_a', { firstName: 'Dilnoza' });
}

/** The seller's scheduler notices, oldest first: "kind lead-name time". */
async function notices(token: string) {
  const { items } = await t.call('notifications.list', { limit: 100 }, token);
  return items
    .filter((n) => n.key.startsWith('notify.followup') || n.key === 'notify.reactivation')
    .reverse()
    .map((n) => `${n.key.replace('notify.', '')} ${n.params.name} ${n.params.time}`);
}

describe('the scheduler', () => {
  it('tells the seller once when a call falls due and once when it is an hour overdue, across restarts', async () => {
    const a = await seller();
    const lead = await t.call('leads.create', { name: 'Aziz', phone: '901234567' }, a.token); // new lead call 10:05
    expect(await t.setClock(tashkent('2026-11-26T10:04'))).toBe(0);
    expect(await notices(a.token)).toEqual([]);

    expect(await t.setClock(tashkent('2026-11-26T10:05'))).toBe(1);
    const [due] = (await t.call('notifications.list', {}, a.token)).items;
    expect(due).toMatchObject({
      key: 'notify.followupDue',
      params: { name: 'Aziz', phone: '+998901234567', time: '26.11 10:05' },
      leadId: lead.id,
      read: false,
    });
    expect(await t.setClock(tashkent('2026-11-26T10:06'))).toBe(0);
    await t.restart();
    expect(await t.setClock(tashkent('2026-11-26T11:04'))).toBe(0);
    expect(await t.setClock(tashkent('2026-11-26T11:05'))).toBe(1); // still pending 60 minutes after it was due
    await t.restart();
    expect(await t.setClock(tashkent('2026-11-26T15:00'))).toBe(0);
    expect(await notices(a.token)).toEqual(['followupDue Aziz 26.11 10:05', 'followupOverdue Aziz 26.11 10:05']);
  });

  it('catches up after a three-day clock jump without repeating anything, also after a restart', async () => {
    const a = await seller();
    const lead = await t.call('leads.create', { name: 'Aziz', phone: '901234567' }, a.token);
    await t.call('leads.setStatus', { id: lead.id, status: 'contacted', note: 'ok' }, a.token); // Fri 10:00, Mon 09:00, Thu 10:00
    const done = await t.call('leads.create', { name: 'Bobur', phone: '901234568' }, a.token);
    const [first] = (await t.call('followups.list', { scope: 'lead', leadId: done.id }, a.token)).items;
    await t.call('followups.complete', { id: first.id }, a.token); // done before it fell due: no notice

    expect(await t.setClock(tashkent('2026-11-30T09:30'))).toBe(3); // the laptop slept from Thursday to Monday
    expect(await notices(a.token)).toEqual([
      'followupDue Aziz 27.11 10:00',
      'followupDue Aziz 30.11 09:00',
      'followupOverdue Aziz 27.11 10:00', // Monday's is not an hour late yet
    ]);
    await t.restart();
    expect(await t.setClock(tashkent('2026-11-30T09:45'))).toBe(0);
    expect(await t.setClock(tashkent('2026-11-30T10:00'))).toBe(1); // Monday's call is now an hour overdue
    await t.restart();
    expect(await t.setClock(tashkent('2026-12-03T18:00'))).toBe(2); // Thursday's: due and overdue
    expect(await t.setClock(tashkent('2026-12-03T18:00'))).toBe(0);
    const keys = (await t.call('notifications.list', { limit: 100 }, a.token)).items.map(
      (n) => `${n.key} ${n.params.time}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(6);
  });

  it('a call moved to a new time is told again at that time; a closed one never', async () => {
    const a = await seller();
    const m = await t.addUser('manager', 'manager1');
    const lead = await t.call('leads.create', { name: 'Aziz', phone: '901234567' }, a.token);
    await t.setClock(tashkent('2026-11-26T10:05'));
    const [call] = (await t.call('followups.list', { scope: 'today' }, a.token)).items;
    await t.call('followups.bulk', { ids: [call.id], action: 'reschedule', hours: 2 }, m.token); // → 12:05
    expect(await t.setClock(tashkent('2026-11-26T11:10'))).toBe(0); // not overdue: it moved
    expect(await t.setClock(tashkent('2026-11-26T12:05'))).toBe(1);
    await t.call('followups.complete', { id: call.id }, a.token);
    expect(await t.setClock(tashkent('2026-11-26T14:00'))).toBe(0);
    expect(await notices(a.token)).toEqual(['followupDue Aziz 26.11 10:05', 'followupDue Aziz 26.11 12:05']);
    expect(lead.id).toBeGreaterThan(0);
  });

  it('tells open windows once per run, after the commit', async () => {
    const a = await seller();
    for (let i = 0; i < 5; i++) await t.call('leads.create', { name: `L${i}`, phone: `90123456${i}` }, a.token);
    const seen: AppEvent[] = [];
    const stop = t.core.events.subscribe((e) => seen.push(e));
    expect(await t.setClock(tashkent('2026-11-26T10:05'))).toBe(5);
    stop();
    expect(seen).toEqual([{ type: 'notification.changed', userIds: [a.id] }]);
  });

  it("creates a lost lead's reactivation call when its day comes, in the seller's working time", async () => {
    const a = await seller();
    const lead = await t.call('leads.create', { name: 'Aziz', phone: '901234567' }, a.token);
    const back = await t.call('leads.create', { name: 'Bobur', phone: '901234568' }, a.token);
    for (const id of [lead.id, back.id])
      await t.call('leads.setStatus', { id, status: 'lost', note: 'qimmat', lostReason: 'too_expensive' }, a.token);
    const reactivation = async (id: number) =>
      (await t.call('followups.list', { scope: 'lead', leadId: id }, a.token)).items
        .filter((f) => f.kind === 'reactivation')
        .map((f) => `${f.state} ${local(f.dueAt)}`);
    expect(await reactivation(lead.id)).toEqual([]); // nothing waits in the lists for a month
    await t.setClock(tashkent('2026-12-10T10:00'));
    await t.call('leads.setStatus', { id: back.id, status: 'interested', note: "qayta qo'ng'iroq qildi" }, a.token);

    await t.setClock(tashkent('2026-12-26T09:59')); // Saturday: 30 days after Thursday 10:00 is 10:00
    expect(await reactivation(lead.id)).toEqual([]);
    await t.restart();
    expect(await t.setClock(tashkent('2026-12-26T10:00'))).toBe(1);
    expect(await reactivation(lead.id)).toEqual(['pending 2026-12-26 10:00']);
    expect(await reactivation(back.id)).toEqual([]); // it left "lost" before its day
    expect((await t.call('notifications.list', {}, a.token)).items[0]).toMatchObject({
      key: 'notify.reactivation',
      leadId: lead.id,
    });
    await t.setClock(tashkent('2027-02-01T10:00'));
    expect(await reactivation(lead.id)).toHaveLength(1); // once
  });

  it('reactivation days 0 creates none; a shorter setting applies to leads already lost', async () => {
    const a = await seller();
    const lead = await t.call('leads.create', { name: 'Aziz', phone: '901234567' }, a.token);
    await t.call('leads.setStatus', { id: lead.id, status: 'lost', note: 'yo‘q', lostReason: 'no_answer' }, a.token);
    await t.call('settings.update', { reactivationDays: 0 }, t.adminToken);
    await t.setClock(tashkent('2027-01-15T10:00'));
    const kinds = async () =>
      (await t.call('followups.list', { scope: 'lead', leadId: lead.id }, a.token)).items.map((f) => f.kind);
    expect(await kinds()).not.toContain('reactivation');
    await t.call('settings.update', { reactivationDays: 7 }, t.adminToken);
    await t.setClock(tashkent('2027-01-15T10:01'));
    const [f] = (await t.call('followups.list', { scope: 'lead', leadId: lead.id }, a.token)).items;
    expect([f.kind, local(f.dueAt)]).toEqual(['reactivation', '2026-12-03 10:00']); // 7 days after it was lost
  });
});
