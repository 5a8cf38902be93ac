import { afterEach, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../helpers/core';
import { local, tashkent } from '../helpers/time';

/** Issue 9: "Bajarildi" logs the call in one step — outcome status, note, next call (SPEC §5). */
let t: TestCore;
afterEach(() => t?.close());

async function day() {
  t = await createTestCore('2026-11-26T05:00:00Z'); // Thu 26 Nov 10:00 Tashkent
  const a = await t.addUser('seller', 'seller_a', { firstName: 'Dilnoza' });
  const lead = await t.call('leads.create', { name: 'Aziz', phone: '901234567' }, a.token); // new_lead call 10:05
  const [call] = (await t.call('followups.list', { scope: 'lead', leadId: lead.id }, a.token)).items;
  t.clock.set(tashkent('2026-11-26T10:10'));
  return { a, lead, call };
}

const followupsOf = async (leadId: number, token: string) =>
  (await t.call('followups.list', { scope: 'lead', leadId }, token)).items.map(
    (f) => `${f.kind} ${local(f.dueAt)} ${f.state}${f.note ? ` "${f.note}"` : ''}`,
  );

describe('followups.complete with an outcome', () => {
  it('closes the call, changes the status with its follow-ups and adds the next call, in one step', async () => {
    const { a, lead, call } = await day();
    const done = await t.call(
      'followups.complete',
      { id: call.id, status: 'interested', note: "IELTS so'radi", nextCallAt: tashkent('2026-11-27T11:00') },
      a.token,
    );
    expect(done).toMatchObject({ id: call.id, state: 'done', closeKind: 'done', note: "IELTS so'radi" });
    expect(await t.call('leads.get', { id: lead.id }, a.token)).toMatchObject({ status: 'interested', version: 2 });
    expect((await followupsOf(lead.id, a.token)).sort()).toEqual(
      [
        'new_lead 2026-11-26 10:05 done "IELTS so\'radi"',
        'auto 2026-11-26 10:40 pending', // interested: +30 min, +2 days, +5 days
        'auto 2026-11-28 10:10 pending',
        'auto 2026-12-01 10:10 pending',
        'manual 2026-11-27 11:00 pending "IELTS so\'radi"',
      ].sort(),
    );
    const history = await t.call('leads.history', { id: lead.id }, a.token);
    expect(history.slice(-2).map((h) => [h.type, h.data])).toEqual([
      ['followup_done', { followupId: call.id, kind: 'new_lead', note: "IELTS so'radi" }],
      ['status', { from: 'new', to: 'interested', note: "IELTS so'radi" }],
    ]);
  });

  it('places the next call in working time like every due time', async () => {
    const { a, lead, call } = await day();
    await t.call('followups.complete', { id: call.id, nextCallAt: tashkent('2026-11-28T20:00') }, a.token); // Saturday evening
    expect(await followupsOf(lead.id, a.token)).toContain('manual 2026-11-30 09:00 pending');
    expect((await t.call('leads.get', { id: lead.id }, a.token)).status).toBe('new');
  });

  it('lost needs its reason and plans the reactivation; the current status is no change', async () => {
    const { a, lead, call } = await day();
    expect(
      await t.fail('followups.complete', { id: call.id, status: 'lost', note: "Javob yo'q" }, a.token),
    ).toMatchObject({
      code: 'VALIDATION',
      details: { fields: [{ path: 'lostReason', key: 'error.lostReasonRequired' }] },
    });
    await t.call(
      'followups.complete',
      { id: call.id, status: 'lost', lostReason: 'no_answer', note: "Javob yo'q" },
      a.token,
    );
    expect(await t.call('leads.get', { id: lead.id }, a.token)).toMatchObject({
      status: 'lost',
      lostReason: 'no_answer',
    });
    // The reactivation call is created when its day comes (the scheduler), 30 days after the loss.
    expect((await followupsOf(lead.id, a.token)).filter((f) => f.startsWith('reactivation'))).toEqual([]);
    await t.setClock(tashkent('2026-12-26T10:10'));
    expect(await followupsOf(lead.id, a.token)).toContain('reactivation 2026-12-26 10:10 pending');

    const other = await t.call('leads.create', { name: 'Bek', phone: '901234568' }, a.token);
    const [c2] = (await t.call('followups.list', { scope: 'lead', leadId: other.id }, a.token)).items;
    await t.call('followups.complete', { id: c2.id, status: 'new' }, a.token); // "still new": no note needed
    const h = await t.call('leads.history', { id: other.id }, a.token);
    expect(h.map((x) => x.type)).not.toContain('status');
    expect((await t.call('leads.get', { id: other.id }, a.token)).version).toBe(1);
  });

  it('refuses a trial stage, a seller without a note, a next call in the past — and then changes nothing', async () => {
    const { a, lead, call } = await day();
    const refusals = [
      [{ status: 'trial_registered', note: 'x' }, 'RULE', 'status', 'error.trialStageViaTrial'],
      [{ status: 'contacted' }, 'VALIDATION', 'note', 'error.noteRequired'],
      [{ nextCallAt: tashkent('2026-11-26T10:08') }, 'VALIDATION', 'nextCallAt', 'error.dueInPast'],
      [
        { status: 'contacted', note: 'x', nextCallAt: tashkent('2026-11-25T12:00') },
        'VALIDATION',
        'nextCallAt',
        'error.dueInPast',
      ],
    ] as const;
    for (const [extra, code, path, key] of refusals) {
      const body = await t.fail('followups.complete', { id: call.id, ...extra }, a.token);
      expect(body, key).toMatchObject({ code, details: { key, fields: [{ path, key }] } });
    }
    expect(await followupsOf(lead.id, a.token)).toEqual(['new_lead 2026-11-26 10:05 pending']);
    expect((await t.call('leads.get', { id: lead.id }, a.token)).status).toBe('new');
    // A manager changes the status without a note, as in "Statusni yangilash".
    await t.call('followups.complete', { id: call.id, status: 'contacted' }, t.adminToken);
    expect((await t.call('leads.get', { id: lead.id }, a.token)).status).toBe('contacted');
  });

  it('without the new fields behaves as before', async () => {
    const { a, lead, call } = await day();
    const done = await t.call('followups.complete', { id: call.id, note: 'Gaplashdik' }, a.token);
    expect(done).toMatchObject({ state: 'done', closeKind: 'done', note: 'Gaplashdik', leadStatus: 'new' });
    expect(await followupsOf(lead.id, a.token)).toEqual(['new_lead 2026-11-26 10:05 done "Gaplashdik"']);
    expect((await t.call('leads.history', { id: lead.id }, a.token)).map((h) => h.type)).toEqual([
      'created',
      'assigned',
      'followup_done',
    ]);
  });
});

describe('followups.create', () => {
  it('refuses a due time in the past; the current minute still counts as now', async () => {
    const { a, lead } = await day();
    const body = await t.fail('followups.create', { leadId: lead.id, dueAt: tashkent('2026-11-26T09:00') }, a.token);
    expect(body).toMatchObject({
      code: 'VALIDATION',
      details: { key: 'error.dueInPast', fields: [{ path: 'dueAt', key: 'error.dueInPast' }] },
    });
    expect(body.message).toBe("Bu vaqt o'tib ketgan: keyingi aloqa vaqtini kelajakdan tanlang");
    t.clock.advance(30_000);
    const now = await t.call('followups.create', { leadId: lead.id, dueAt: tashkent('2026-11-26T10:10') }, a.token);
    expect(local(now.dueAt)).toBe('2026-11-26 10:10');
  });
});
