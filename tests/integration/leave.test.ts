import { afterEach, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../helpers/core';
import { local, tashkent } from '../helpers/time';

let t: TestCore;
afterEach(() => t?.close());

// 2026-11-26 is a Thursday; 27 Friday; 28 Saturday; 29 Sunday (off); 30 Monday.
async function centre() {
  t = await createTestCore('2026-11-26T05:00:00Z'); // Thu 10:00 Tashkent
  const a = await t.addUser('seller', 'seller_a', { firstName: 'Dilnoza' });
  const b = await t.addUser('seller', 'seller_b', { firstName: 'Jasur' });
  const m = await t.addUser('manager', 'manager1', { firstName: 'Malika' });
  return { a, b, m };
}

const dayOff = (token: string, dateFrom: string, dateTo = dateFrom) =>
  t.call('leave.request', { type: 'full_day', dateFrom, dateTo, reason: 'sickness', comment: 'Shamollash' }, token);

async function pendingOf(token: string, leadId: number) {
  const { items } = await t.call('followups.list', { scope: 'lead', leadId }, token);
  return items
    .filter((f) => f.state === 'pending')
    .map((f) => `${f.kind} ${local(f.dueAt)}`)
    .sort();
}

describe('leave requests', () => {
  it('a day off, approved: calls inside it move to the first working minute after it; the seller is told', async () => {
    const { a, b, m } = await centre();
    const lead = await t.call('leads.create', { name: 'Aziz', phone: '901234567' }, a.token);
    await t.call('leads.setStatus', { id: lead.id, status: 'contacted', note: "Qo'ng'iroq qildim" }, a.token);
    await t.call(
      'followups.create',
      { leadId: lead.id, dueAt: tashkent('2026-11-27T15:00'), note: 'kechqurun' },
      a.token,
    );
    expect(await pendingOf(a.token, lead.id)).toEqual([
      'auto 2026-11-27 10:00',
      'auto 2026-11-30 09:00', // +3 days is Sunday 10:00, a day off
      'auto 2026-12-03 10:00',
      'manual 2026-11-27 15:00',
    ]);

    const req = await dayOff(a.token, '2026-11-27');
    expect(req).toMatchObject({ status: 'pending', type: 'full_day', dateFrom: '2026-11-27', dateTo: '2026-11-27' });
    expect(req.timeFrom).toBeNull();
    // The team hears of the request; nothing moves yet.
    expect((await t.call('notifications.list', {}, m.token)).items[0]).toMatchObject({
      key: 'notify.leaveRequested',
      params: { name: 'Dilnoza', when: '27.11.2026' },
      leaveId: req.id,
    });
    expect((await t.call('leave.list', { status: 'pending' }, m.token)).items.map((l) => l.id)).toEqual([req.id]);
    expect(await pendingOf(a.token, lead.id)).toContain('manual 2026-11-27 15:00');

    const approved = await t.call('leave.approve', { id: req.id }, m.token);
    expect(approved).toMatchObject({ status: 'approved', reviewedBy: m.id, reviewerName: 'Malika' });
    expect(await pendingOf(a.token, lead.id)).toEqual([
      'auto 2026-11-28 09:00',
      'auto 2026-11-30 09:00',
      'auto 2026-12-03 10:00',
      'manual 2026-11-28 09:00',
    ]);
    expect((await t.call('notifications.list', {}, a.token)).items[0]).toMatchObject({
      key: 'notify.leaveApproved',
      params: { when: '27.11.2026' },
      leaveId: req.id,
    });
    expect((await t.call('leave.mine', {}, a.token)).items[0].status).toBe('approved');
    expect((await t.call('leave.list', { status: 'pending' }, m.token)).total).toBe(0);
    expect((await t.fail('leave.approve', { id: req.id }, t.adminToken)).code).toBe('CONFLICT');

    // Thursday 17:50: "interested" asks for a call at 18:20 → after hours → Friday → on leave → Saturday 09:00.
    await t.setClock(tashkent('2026-11-26T17:50'));
    const other = await t.call('leads.create', { name: 'Bobur', phone: '901234568' }, a.token);
    await t.call('leads.setStatus', { id: other.id, status: 'interested', note: 'qiziqdi' }, a.token);
    expect((await pendingOf(a.token, other.id))[0]).toBe('auto 2026-11-28 09:00');

    // Friday: not eligible for new leads, shown on leave, and cannot mark calls done.
    await t.setClock(tashkent('2026-11-27T11:00'));
    await t.call('leads.create', { name: 'Jasurniki', phone: '901234571' }, b.token); // Jasur is ahead today
    const auto = await t.call('leads.create', { name: 'Yangi', phone: '901234569' }, t.adminToken);
    expect(auto.sellerId).toBe(b.id);
    const sellers = await t.call('users.list', { role: 'seller' }, m.token);
    expect(sellers.find((u) => u.id === a.id)?.onLeaveNow).toMatchObject({ id: req.id, type: 'full_day' });
    expect(sellers.find((u) => u.id === b.id)?.onLeaveNow).toBeNull();
    const dash = await t.call('dashboard.get', {}, m.token);
    expect(dash.kind === 'team' && dash.sellers.find((s) => s.id === a.id)).toMatchObject({
      onLeave: true,
      eligible: false,
    });
    const [call] = (await t.call('followups.list', { scope: 'lead', leadId: lead.id }, a.token)).items;
    expect(await t.fail('followups.complete', { id: call.id }, a.token)).toMatchObject({
      code: 'RULE',
      message: "Siz hozir ruxsatdasiz: follow-up'ni ruxsat tugagach bajaring",
    });
    // Saturday 09:00 the leave is over: the seller is back in distribution and at work.
    await t.setClock(tashkent('2026-11-28T09:00'));
    const next = await t.call('leads.create', { name: 'Shanba', phone: '901234570' }, t.adminToken);
    expect(next.sellerId).toBe(a.id); // fewer leads today than Jasur
    await t.call('followups.complete', { id: call.id }, a.token);
  });

  it('hourly leave blocks just those hours of that day', async () => {
    const { a, b, m } = await centre();
    const lead = await t.call('leads.create', { name: 'Aziz', phone: '901234567' }, a.token);
    for (const at of [
      '2026-11-30T13:55',
      '2026-11-30T14:00',
      '2026-11-30T15:30',
      '2026-11-30T16:00',
      '2026-12-01T15:00',
    ])
      await t.call('followups.create', { leadId: lead.id, dueAt: tashkent(at) }, a.token);
    const req = await t.call(
      'leave.request',
      {
        type: 'hourly',
        dateFrom: '2026-11-30',
        dateTo: '2026-12-05',
        timeFrom: '14:00',
        timeTo: '16:00',
        reason: 'personal',
      },
      a.token,
    );
    expect(req).toMatchObject({ dateFrom: '2026-11-30', dateTo: '2026-11-30', timeFrom: '14:00', timeTo: '16:00' });
    await t.call('leave.approve', { id: req.id }, t.adminToken);
    expect((await pendingOf(a.token, lead.id)).filter((f) => f.startsWith('manual'))).toEqual([
      'manual 2026-11-30 13:55',
      'manual 2026-11-30 16:00',
      'manual 2026-11-30 16:00',
      'manual 2026-11-30 16:00',
      'manual 2026-12-01 15:00',
    ]);
    // Monday 15:00 the seller is away; 16:00 back at work.
    await t.setClock(tashkent('2026-11-30T15:00'));
    const [first] = (await t.call('followups.list', { scope: 'today' }, a.token)).items;
    expect((await t.fail('followups.complete', { id: first.id }, a.token)).code).toBe('RULE');
    await t.call('leads.create', { name: 'Jasurniki', phone: '901234581' }, b.token); // Jasur is ahead today
    expect((await t.call('leads.create', { name: 'Auto', phone: '901234580' }, m.token)).sellerId).toBe(b.id);
    await t.setClock(tashkent('2026-11-30T16:00'));
    await t.call('followups.complete', { id: first.id }, a.token);
  });

  it('two hourly leaves on one day both keep the seller out of distribution', async () => {
    const { a, b, m } = await centre();
    for (const [timeFrom, timeTo] of [
      ['10:00', '11:00'],
      ['15:00', '16:00'],
    ]) {
      const r = await t.call(
        'leave.request',
        { type: 'hourly', dateFrom: '2026-11-30', timeFrom, timeTo, reason: 'personal' },
        a.token,
      );
      await t.call('leave.approve', { id: r.id }, m.token);
    }
    for (const [at, phone] of [
      ['2026-11-30T10:30', '901234591'],
      ['2026-11-30T15:30', '901234592'],
    ]) {
      await t.setClock(tashkent(at));
      await t.call('leads.create', { name: `Jasurniki ${at}`, phone: `90777${phone.slice(5)}` }, b.token); // Jasur is ahead
      expect((await t.call('leads.create', { name: at, phone }, m.token)).sellerId).toBe(b.id);
    }
  });

  it('rejection needs a reason and tells the seller; a pending request can be withdrawn, not another', async () => {
    const { a, b, m } = await centre();
    const req = await dayOff(a.token, '2026-12-01', '2026-12-02');
    expect((await t.fail('leave.reject', { id: req.id, reason: '  ' }, m.token)).details.fields?.[0]?.path).toBe(
      'reason',
    );
    const rejected = await t.call('leave.reject', { id: req.id, reason: 'Imtihon haftasi' }, m.token);
    expect(rejected).toMatchObject({ status: 'rejected', rejectReason: 'Imtihon haftasi' });
    expect((await t.call('notifications.list', {}, a.token)).items[0]).toMatchObject({
      key: 'notify.leaveRejected',
      params: { when: '01.12.2026–02.12.2026', reason: 'Imtihon haftasi' },
    });
    expect((await t.call('leave.mine', {}, a.token)).items[0]).toMatchObject({
      status: 'rejected',
      rejectReason: 'Imtihon haftasi',
    });
    // A rejected request no longer blocks asking again; the new one is withdrawn.
    const again = await dayOff(a.token, '2026-12-01');
    expect((await t.fail('leave.cancel', { id: again.id }, b.token)).code).toBe('NOT_FOUND');
    expect((await t.call('leave.cancel', { id: again.id }, a.token)).status).toBe('cancelled');
    expect((await t.fail('leave.cancel', { id: again.id }, a.token)).code).toBe('CONFLICT');
    expect((await t.fail('leave.approve', { id: again.id }, m.token)).code).toBe('CONFLICT');
    expect((await t.call('leave.list', { status: 'pending' }, m.token)).total).toBe(0);
    expect((await t.call('leave.list', {}, m.token)).items.map((l) => l.status)).toEqual(['cancelled', 'rejected']);
    expect((await t.call('leave.mine', {}, b.token)).total).toBe(0);
  });

  it('refuses overlapping, past and malformed requests with a clear message under the field', async () => {
    const { a, b } = await centre();
    await dayOff(a.token, '2026-11-28', '2026-12-02');
    const refused = async (input: Record<string, unknown>, token = a.token) => {
      const e = await t.fail('leave.request', { type: 'full_day', reason: 'personal', ...input }, token);
      return [e.details.fields?.[0]?.path, e.message];
    };
    expect(await refused({ dateFrom: '2026-12-02', dateTo: '2026-12-04' })).toEqual([
      'dateFrom',
      "Bu muddatga sizda allaqachon so'rov bor (kutilmoqda yoki tasdiqlangan)",
    ]);
    expect(await refused({ dateFrom: '2026-11-25' })).toEqual([
      'dateTo',
      "Bu muddat o'tib ketgan: kelgusi kunlar uchun so'rang",
    ]);
    expect(await refused({ type: 'hourly', dateFrom: '2026-11-26', timeFrom: '08:00', timeTo: '09:30' })).toEqual([
      'timeTo',
      "Bu muddat o'tib ketgan: kelgusi kunlar uchun so'rang",
    ]);
    expect((await refused({ type: 'hourly', dateFrom: '2026-11-27', timeFrom: '12:00' }))[0]).toBe('timeTo');
    expect((await refused({ type: 'hourly', dateFrom: '2026-11-27', timeFrom: '12:00', timeTo: '11:00' }))[0]).toBe(
      'timeTo',
    );
    expect((await refused({ dateFrom: '2026-12-10', dateTo: '2026-12-09' }))[0]).toBe('dateTo');
    expect((await refused({ dateFrom: '2026-02-30' }))[0]).toBe('dateFrom');
    expect((await refused({ dateFrom: '2026-12-10', reason: 'bored' }))[0]).toBe('reason');
    // Today is not over, so it can still be asked for; another seller's leave does not overlap mine.
    expect((await dayOff(a.token, '2026-11-26')).status).toBe('pending');
    expect((await dayOff(b.token, '2026-11-28')).status).toBe('pending');
    expect((await t.call('leave.mine', {}, a.token)).total).toBe(2);
  });

  it("only sellers ask, only the team decides, and nobody sees another seller's requests", async () => {
    const { a, b, m } = await centre();
    const req = await dayOff(a.token, '2026-12-01');
    expect(
      (await t.fail('leave.request', { type: 'full_day', dateFrom: '2026-12-01', reason: 'other' }, m.token)).code,
    ).toBe('FORBIDDEN');
    expect((await t.fail('leave.list', {}, a.token)).code).toBe('FORBIDDEN');
    expect((await t.fail('leave.approve', { id: req.id }, b.token)).code).toBe('FORBIDDEN');
    expect((await t.fail('leave.approve', { id: 4242 }, m.token)).code).toBe('NOT_FOUND');
    expect((await t.call('leave.list', { userId: b.id }, m.token)).total).toBe(0);
  });
});
