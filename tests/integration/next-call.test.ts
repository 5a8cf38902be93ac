import { afterEach, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../helpers/core';
import { tashkent } from '../helpers/time';

/** Issue 9 / SPEC §3: open leads "without a next call" — a leads-list filter and a dashboard count. */
let t: TestCore;
afterEach(() => t?.close());

async function office() {
  t = await createTestCore('2026-11-26T05:00:00Z'); // Thu 26 Nov 10:00 Tashkent
  const a = await t.addUser('seller', 'seller_a');
  const b = await t.addUser('seller', 'seller_b');
  const lead = async (name: string, phone: string, token: string) => {
    t.clock.advance(60_000);
    return t.call('leads.create', { name, phone }, token);
  };
  const close = async (leadId: number, token: string) => {
    for (const f of (await t.call('followups.list', { scope: 'lead', leadId }, token)).items)
      if (f.state === 'pending') await t.call('followups.complete', { id: f.id }, token);
  };
  return { a, b, lead, close };
}

const list = async (input: Record<string, unknown>, token: string) =>
  (await t.call('leads.list', input as never, token)).items.map((l) => l.name);
const counts = async (token: string) => {
  const d = await t.call('dashboard.get', {}, token);
  return d.noNextCall;
};

describe('leads without a next call', () => {
  it('are open leads of a seller whose every follow-up is closed; a new call takes a lead off the list', async () => {
    const { a, b, lead, close } = await office();
    const aziz = await lead('Aziz Karimov', '901000001', a.token);
    const malika = await lead('Malika', '901000002', a.token);
    const bek = await lead('Bekzod', '901000003', b.token);
    const gone = await lead('Gulnora', '901000004', a.token);
    expect(await list({ noNextCall: true }, t.adminToken)).toEqual([]);
    expect(await counts(t.adminToken)).toBe(0);

    await close(aziz.id, a.token);
    await close(malika.id, a.token);
    await close(bek.id, b.token);
    // Closed leads are not waiting for a call: enrolled (no follow-up) and lost without reactivation.
    await t.call('settings.update', { reactivationDays: 0 }, t.adminToken);
    await t.call('leads.setStatus', { id: gone.id, status: 'lost', lostReason: 'no_answer', note: 'x' }, a.token);
    await t.call('leads.setStatus', { id: malika.id, status: 'enrolled', note: "To'ladi" }, a.token);
    // Nobody took this one: it waits for an assignment, counted as "unassigned" instead.
    await t.call('users.update', { id: a.id, isActiveSales: false }, t.adminToken);
    await t.call('users.update', { id: b.id, isActiveSales: false }, t.adminToken);
    await lead('Nobody', '901000005', t.adminToken);

    expect(await list({ noNextCall: true }, t.adminToken)).toEqual(['Bekzod', 'Aziz Karimov']);
    expect(await list({ noNextCall: true }, a.token)).toEqual(['Aziz Karimov']); // a seller's own
    expect(await list({ noNextCall: true, sellerId: b.id }, t.adminToken)).toEqual(['Bekzod']);
    expect(await list({ noNextCall: true, q: 'azi' }, t.adminToken)).toEqual(['Aziz Karimov']);
    expect(await list({ noNextCall: true, status: 'new' }, t.adminToken)).toEqual(['Bekzod', 'Aziz Karimov']);
    expect(await list({ noNextCall: false }, t.adminToken)).toHaveLength(5); // false is no filter
    expect(await t.call('leads.list', { noNextCall: true, pageSize: 1 }, t.adminToken)).toMatchObject({ total: 2 });

    const team = await t.call('dashboard.get', {}, t.adminToken);
    expect(team).toMatchObject({ kind: 'team', noNextCall: 2, unassigned: 1 });
    expect(await t.call('dashboard.get', {}, a.token)).toMatchObject({ kind: 'seller', noNextCall: 1 });
    expect(await counts(b.token)).toBe(1);

    // A manual call, or a status that plans follow-ups, gives the lead a next call.
    await t.call('followups.create', { leadId: aziz.id, dueAt: tashkent('2026-11-27T11:00') }, a.token);
    await t.call('leads.setStatus', { id: bek.id, status: 'contacted', note: 'Gaplashdik' }, b.token);
    expect(await list({ noNextCall: true }, t.adminToken)).toEqual([]);
    expect(await counts(t.adminToken)).toBe(0);
    expect(await counts(a.token)).toBe(0);
  });

  it('a call made with "Bajarildi" and a next call keeps the lead off the list; bulk actions keep the count right', async () => {
    const { a, b, lead } = await office();
    const aziz = await lead('Aziz', '901000001', a.token);
    const [call] = (await t.call('followups.list', { scope: 'lead', leadId: aziz.id }, a.token)).items;
    t.clock.set(tashkent('2026-11-26T10:30'));
    await t.call(
      'followups.complete',
      { id: call.id, note: 'Ertaga', nextCallAt: tashkent('2026-11-27T10:00') },
      a.token,
    );
    expect(await counts(a.token)).toBe(0);

    const pending = (await t.call('followups.list', { scope: 'lead', leadId: aziz.id }, a.token)).items.filter(
      (f) => f.state === 'pending',
    );
    await t.call('followups.bulk', { action: 'transfer', ids: pending.map((f) => f.id), sellerId: b.id }, t.adminToken);
    expect([await counts(a.token), await counts(b.token)]).toEqual([0, 0]);
    const now = (await t.call('followups.list', { scope: 'lead', leadId: aziz.id }, t.adminToken)).items.filter(
      (f) => f.state === 'pending',
    );
    await t.call('followups.bulk', { action: 'delete', ids: now.map((f) => f.id) }, t.adminToken);
    expect([await counts(b.token), await counts(t.adminToken)]).toEqual([1, 1]);
    expect(await list({ noNextCall: true }, b.token)).toEqual(['Aziz']);
  });
});
