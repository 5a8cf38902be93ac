import { afterEach, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../helpers/core';
import { local, tashkent } from '../helpers/time';

let t: TestCore;
afterEach(() => t?.close());

/** The lead's follow-ups as "state kind due" lines, oldest due first. */
async function followups(leadId: number, token: string) {
  const { items } = await t.call('followups.list', { scope: 'lead', leadId }, token);
  return items
    .map((f) => `${f.state} ${f.kind} ${local(f.dueAt)}`)
    .sort((a, b) => a.slice(-16).localeCompare(b.slice(-16)));
}

describe("a lead's week, to the minute (seller 09:00–18:00, Mon–Sat, Tashkent)", () => {
  it('create → contacted → interested → lost', async () => {
    t = await createTestCore('2026-11-26T05:00:00Z'); // Thu 10:00
    const seller = await t.addUser('seller', 'dilnoza', {
      workStart: '09:00',
      workEnd: '18:00',
      workDays: [1, 2, 3, 4, 5, 6],
    });

    const lead = await t.call(
      'leads.create',
      { name: 'Aziz Karimov', phone: '90 123 45 67', source: 'instagram' },
      seller.token,
    );
    expect(lead).toMatchObject({
      status: 'new',
      sellerId: seller.id,
      phone: '+998901234567',
      assignedAt: tashkent('2026-11-26T10:00'),
    });
    expect(await followups(lead.id, seller.token)).toEqual(['pending new_lead 2026-11-26 10:05']);

    t.clock.set(tashkent('2026-11-26T10:20'));
    await t.call(
      'leads.setStatus',
      { id: lead.id, status: 'contacted', note: "Qo'ng'iroq qildim, IELTS haqida so'radi" },
      seller.token,
    );
    expect(await followups(lead.id, seller.token)).toEqual([
      'cancelled new_lead 2026-11-26 10:05',
      'pending auto 2026-11-27 10:20', // +24 h
      'pending auto 2026-11-30 09:00', // +3 days = Sunday → Monday start
      'pending auto 2026-12-03 10:20', // +7 days
    ]);

    t.clock.set(tashkent('2026-11-27T10:30'));
    const { items: today } = await t.call('followups.list', { scope: 'today' }, seller.token);
    expect(today.map((f) => local(f.dueAt))).toEqual(['2026-11-27 10:20']);
    await t.call('followups.complete', { id: today[0].id, note: 'Gaplashdik' }, seller.token);

    t.clock.set(tashkent('2026-11-27T17:45'));
    await t.call(
      'leads.setStatus',
      { id: lead.id, status: 'interested', note: 'Narxini bildi, qiziqdi' },
      seller.token,
    );
    expect(await followups(lead.id, seller.token)).toEqual([
      'cancelled new_lead 2026-11-26 10:05',
      'done auto 2026-11-27 10:20',
      'pending auto 2026-11-28 09:00', // +30 min = 18:15, after work → Saturday start
      'cancelled auto 2026-11-30 09:00',
      'pending auto 2026-11-30 09:00', // +2 days = Sunday 17:45 → Monday start
      'pending auto 2026-12-02 17:45', // +5 days
      'cancelled auto 2026-12-03 10:20',
    ]);

    t.clock.set(tashkent('2026-11-30T11:00'));
    const lost = await t.call(
      'leads.setStatus',
      { id: lead.id, status: 'lost', note: 'Qimmat dedi', lostReason: 'too_expensive' },
      seller.token,
    );
    expect(lost).toMatchObject({ status: 'lost', lostReason: 'too_expensive' });
    const after = await followups(lead.id, seller.token);
    expect(after.filter((l) => l.startsWith('pending'))).toEqual([]); // the reactivation call comes on its day
    await t.setClock(tashkent('2026-12-30T11:00')); // +30 days
    expect((await followups(lead.id, seller.token)).filter((l) => l.startsWith('pending'))).toEqual([
      'pending reactivation 2026-12-30 11:00',
    ]);
    expect(after.filter((l) => l.startsWith('cancelled auto'))).toHaveLength(5);

    const history = await t.call('leads.history', { id: lead.id }, seller.token);
    expect(history.map((h) => h.type)).toEqual(['created', 'assigned', 'status', 'followup_done', 'status', 'status']);
    expect(history[4]).toMatchObject({
      userName: 'dilnoza',
      data: { from: 'contacted', to: 'interested', note: 'Narxini bildi, qiziqdi' },
    });
  });

  it('a manual follow-up stays when the status changes', async () => {
    t = await createTestCore('2026-11-26T05:00:00Z');
    const seller = await t.addUser('seller', 'dilnoza');
    const lead = await t.call('leads.create', { name: 'Ali', phone: '+998 90 000 00 01' }, seller.token);
    const manual = await t.call(
      'followups.create',
      { leadId: lead.id, dueAt: tashkent('2026-11-26T20:00'), note: 'Kechqurun qo‘ng‘iroq' },
      seller.token,
    );
    expect(local(manual.dueAt)).toBe('2026-11-27 09:00'); // placed in working time
    await t.call('leads.setStatus', { id: lead.id, status: 'contacted', note: 'ok' }, seller.token);
    expect(await followups(lead.id, seller.token)).toContain('pending manual 2026-11-27 09:00');
  });

  it('a seller must write a note; lost needs a reason; admin may change without a note', async () => {
    t = await createTestCore('2026-11-26T05:00:00Z');
    const seller = await t.addUser('seller', 'dilnoza');
    const lead = await t.call('leads.create', { name: 'Ali', phone: '901111111' }, seller.token);
    expect(await t.fail('leads.setStatus', { id: lead.id, status: 'contacted' }, seller.token)).toMatchObject({
      code: 'VALIDATION',
      message: "Eslatma yozing (status nima uchun o'zgarganini)",
    });
    expect(await t.fail('leads.setStatus', { id: lead.id, status: 'lost', note: 'x' }, seller.token)).toMatchObject({
      code: 'VALIDATION',
      details: { key: 'error.lostReasonRequired' },
    });
    expect(await t.fail('leads.setStatus', { id: lead.id, status: 'new', note: 'x' }, seller.token)).toMatchObject({
      code: 'RULE',
    });
    expect((await t.call('leads.setStatus', { id: lead.id, status: 'contacted' }, t.adminToken)).status).toBe(
      'contacted',
    );
  });
});
