import { afterEach, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../helpers/core';
import { local, tashkent } from '../helpers/time';

let t: TestCore;
afterEach(() => t?.close());

async function centre() {
  t = await createTestCore('2026-11-26T05:00:00Z'); // Thu 26 Nov 10:00 Tashkent
  const a = await t.addUser('seller', 'seller_a');
  const b = await t.addUser('seller', 'seller_b');
  const m = await t.addUser('manager', 'manager1');
  const course = await t.call(
    'courses.create',
    {
      name: 'IELTS Preparation',
      price: 1_200_000,
      salesScript: 'Assalomu alaykum!\n- Kursimiz 3 oylik\n  * Bonus: kitoblar ✅',
      lessonDuration: 90,
      lessonsPerWeek: 3,
    },
    t.adminToken,
  );
  const room = await t.call('rooms.create', { name: 'Xona 101', capacity: 16 }, t.adminToken);
  const group = await t.call(
    'groups.create',
    {
      name: 'IELTS-01',
      courseId: course.id,
      roomId: room.id,
      days: 'odd',
      time: '15:00',
      capacity: 15,
      currentStudents: 13,
    },
    t.adminToken,
  );
  const lead = await t.call('leads.create', { name: 'Aziz', phone: '901234567', courseId: course.id }, a.token);
  return { a, b, m, course, room, group, lead };
}

describe('catalog roles and data', () => {
  it('admin manages courses, rooms, groups; a manager cannot; the script is kept as typed', async () => {
    const { m, a, course, group } = await centre();
    expect(course).toMatchObject({
      price: 1_200_000,
      salesScript: 'Assalomu alaykum!\n- Kursimiz 3 oylik\n  * Bonus: kitoblar ✅',
      active: true,
    });
    expect(
      await t.fail('courses.create', { name: 'SAT', price: 1, lessonDuration: 60, lessonsPerWeek: 2 }, m.token),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(await t.fail('groups.update', { id: group.id, capacity: 20 }, m.token)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await t.fail('rooms.create', { name: 'X', capacity: 3 }, a.token)).toMatchObject({ code: 'FORBIDDEN' });
    expect((await t.call('groups.list', {}, a.token))[0]).toMatchObject({
      name: 'IELTS-01',
      courseName: 'IELTS Preparation',
      roomName: 'Xona 101',
      full: false,
    });
    expect(await t.fail('groups.update', { id: group.id, currentStudents: 16 }, t.adminToken)).toMatchObject({
      code: 'VALIDATION',
      details: { key: 'error.studentsOverCapacity' },
    });
  });

  it('deleting a course in use archives it and keeps its leads and groups; an unused one is deleted', async () => {
    const { course, lead, group } = await centre();
    expect((await t.call('courses.list', {}, t.adminToken))[0]).toMatchObject({ leadCount: 1, groupCount: 1 });
    expect(await t.call('courses.delete', { id: course.id }, t.adminToken)).toEqual({ result: 'archived' });
    expect(await t.call('courses.list', { includeInactive: true }, t.adminToken)).toEqual([]);
    expect((await t.call('leads.get', { id: lead.id }, t.adminToken)).courseName).toBe('IELTS Preparation');
    expect((await t.call('groups.list', {}, t.adminToken)).map((g) => g.id)).toEqual([group.id]);
    const spare = await t.call(
      'courses.create',
      { name: 'SAT', price: 900_000, lessonDuration: 60, lessonsPerWeek: 2 },
      t.adminToken,
    );
    expect(await t.call('courses.delete', { id: spare.id }, t.adminToken)).toEqual({ result: 'deleted' });
  });
});

describe('booking a trial', () => {
  it('moves the lead to trial_registered with a reminder on the working day before', async () => {
    const { a, group, lead } = await centre();
    const trial = await t.call(
      'trials.create',
      { leadId: lead.id, groupId: group.id, date: '2026-11-30', notes: 'Onasi bilan keladi' },
      a.token,
    ); // Monday
    expect(trial).toMatchObject({
      date: '2026-11-30',
      time: '15:00',
      roomName: 'Xona 101',
      result: null,
      groupName: 'IELTS-01',
    });
    expect((await t.call('leads.get', { id: lead.id }, a.token)).status).toBe('trial_registered');
    const { items } = await t.call('followups.list', { scope: 'lead', leadId: lead.id }, a.token);
    const pending = items.filter((f) => f.state === 'pending');
    expect(pending.map((f) => `${f.kind} ${local(f.dueAt)}`)).toEqual(['trial_reminder 2026-11-28 09:00']); // Saturday: Sunday is off
    expect(items.find((f) => f.kind === 'new_lead')?.state).toBe('cancelled');
  });

  it("refuses a wrong day, a past day, a full group, a second open trial, and someone else's lead", async () => {
    const { a, b, group, lead } = await centre();
    expect(
      await t.fail('trials.create', { leadId: lead.id, groupId: group.id, date: '2026-12-01' }, a.token),
    ).toMatchObject({ code: 'VALIDATION', details: { key: 'error.notLessonDay', fields: [{ path: 'date' }] } });
    expect(
      await t.fail('trials.create', { leadId: lead.id, groupId: group.id, date: '2026-11-25' }, a.token),
    ).toMatchObject({ details: { key: 'error.trialInPast' } });
    expect(
      await t.fail('trials.create', { leadId: lead.id, groupId: group.id, date: '2026-11-30' }, b.token),
    ).toMatchObject({ code: 'NOT_FOUND' });
    await t.call('trials.create', { leadId: lead.id, groupId: group.id, date: '2026-11-30' }, a.token);
    expect(
      await t.fail('trials.create', { leadId: lead.id, groupId: group.id, date: '2026-12-02' }, a.token),
    ).toMatchObject({ code: 'RULE', details: { key: 'error.openTrial' } });
    await t.call('groups.update', { id: group.id, currentStudents: 15 }, t.adminToken);
    const other = await t.call('leads.create', { name: 'Bek', phone: '901234568' }, a.token);
    expect(
      await t.fail('trials.create', { leadId: other.id, groupId: group.id, date: '2026-12-02' }, a.token),
    ).toMatchObject({ code: 'RULE', message: "Guruh to'lgan: yangi o'quvchi yoki sinov qo'shib bo'lmaydi" });
  });
});

describe('trial results', () => {
  it('attended → trial_attended with the +24 h offer call; then accepted → enrolled and the group grows', async () => {
    const { a, group, lead } = await centre();
    const trial = await t.call('trials.create', { leadId: lead.id, groupId: group.id, date: '2026-11-30' }, a.token);
    t.clock.set(tashkent('2026-11-30T16:40'));
    await t.call('trials.setResult', { id: trial.id, result: 'attended', note: 'Yoqdi' }, a.token);
    expect((await t.call('leads.get', { id: lead.id }, a.token)).status).toBe('trial_attended');
    const f = await t.call('followups.list', { scope: 'lead', leadId: lead.id }, a.token);
    expect(f.items.filter((x) => x.state === 'pending').map((x) => `${x.kind} ${local(x.dueAt)}`)).toEqual([
      'auto 2026-12-01 16:40',
    ]);
    expect(f.items.find((x) => x.kind === 'trial_reminder')?.state).toBe('cancelled');

    await t.call('trials.setResult', { id: trial.id, result: 'accepted', note: "To'lov qildi" }, a.token);
    expect((await t.call('leads.get', { id: lead.id }, a.token)).status).toBe('enrolled');
    expect((await t.call('groups.list', {}, a.token))[0]).toMatchObject({ currentStudents: 14, full: false });
    expect(await t.fail('trials.setResult', { id: trial.id, result: 'declined' }, a.token)).toMatchObject({
      code: 'RULE',
      details: { key: 'error.resultFinal' },
    });
    const history = await t.call('leads.history', { id: lead.id }, a.token);
    expect(history.filter((h) => h.type === 'trial_result').map((h) => h.data.result)).toEqual([
      'attended',
      'accepted',
    ]);
  });

  it('missed → trial_missed follow-ups; then a new booking moves the trial', async () => {
    const { a, group, lead } = await centre();
    const trial = await t.call('trials.create', { leadId: lead.id, groupId: group.id, date: '2026-11-30' }, a.token);
    t.clock.set(tashkent('2026-11-30T16:00'));
    await t.call('trials.setResult', { id: trial.id, result: 'missed' }, a.token);
    const f = await t.call('followups.list', { scope: 'lead', leadId: lead.id }, a.token);
    expect(
      f.items
        .filter((x) => x.state === 'pending')
        .map((x) => local(x.dueAt))
        .sort(),
    ).toEqual(['2026-11-30 16:30', '2026-12-01 16:00', '2026-12-03 16:00']);
    const again = await t.call('trials.create', { leadId: lead.id, groupId: group.id, date: '2026-12-02' }, a.token);
    expect(again.result).toBeNull();
    expect((await t.call('trials.list', { leadId: lead.id }, a.token)).map((x) => x.result)).toEqual([null, 'missed']);
  });

  it('declined → lost with "declined after trial"; accepted into a full group is refused', async () => {
    const { a, group, lead } = await centre();
    const trial = await t.call('trials.create', { leadId: lead.id, groupId: group.id, date: '2026-11-30' }, a.token);
    const other = await t.call('leads.create', { name: 'Bek', phone: '901234568' }, a.token);
    const t2 = await t.call('trials.create', { leadId: other.id, groupId: group.id, date: '2026-11-30' }, a.token);
    t.clock.set(tashkent('2026-11-30T16:40')); // results from the trial's day on
    await t.call('trials.setResult', { id: trial.id, result: 'declined', note: 'Qimmat' }, a.token);
    expect(await t.call('leads.get', { id: lead.id }, a.token)).toMatchObject({
      status: 'lost',
      lostReason: 'declined_after_trial',
    });

    await t.call('groups.update', { id: group.id, currentStudents: 15 }, t.adminToken);
    expect(await t.fail('trials.setResult', { id: t2.id, result: 'accepted' }, a.token)).toMatchObject({
      code: 'RULE',
      details: { key: 'error.groupFull' },
    });
    expect((await t.call('leads.get', { id: other.id }, a.token)).status).toBe('trial_registered');
    expect((await t.call('trials.list', { leadId: other.id }, a.token))[0].result).toBeNull();
  });
});

describe('offers', () => {
  it('shows a lead the live offers that fit its status and course, urgent first', async () => {
    const { a, m, course, lead } = await centre();
    const base = {
      description: '✅ 20% chegirma',
      type: 'discount' as const,
      channel: 'general' as const,
      validFrom: '2026-11-01',
      validTo: '2026-12-31',
    };
    await t.call('offers.create', { ...base, title: 'Hammaga', priority: 'low', audience: 'all' }, m.token);
    await t.call(
      'offers.create',
      { ...base, title: 'IELTS yangi', priority: 'urgent', audience: 'new', courseId: course.id },
      m.token,
    );
    await t.call(
      'offers.create',
      { ...base, title: 'Sinovdagilar', priority: 'high', audience: 'trial_registered' },
      m.token,
    );
    await t.call(
      'offers.create',
      { ...base, title: 'Eskirgan', priority: 'urgent', audience: 'all', validTo: '2026-11-25' },
      t.adminToken,
    );
    expect(
      await t.fail('offers.create', { ...base, title: 'X', priority: 'low', audience: 'all' }, a.token),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      await t.fail(
        'offers.create',
        { ...base, title: 'X', priority: 'low', audience: 'all', validTo: '2026-10-01' },
        m.token,
      ),
    ).toMatchObject({ code: 'VALIDATION' });

    expect((await t.call('offers.forLead', { leadId: lead.id }, a.token)).map((o) => o.title)).toEqual([
      'IELTS yangi',
      'Hammaga',
    ]);
    const list = await t.call('offers.list', {}, m.token);
    expect(list.map((o) => `${o.title}:${o.live}`)).toEqual([
      'IELTS yangi:true',
      'Sinovdagilar:true',
      'Hammaga:true',
      'Eskirgan:false',
    ]);
    expect((await t.call('offers.list', {}, a.token)).map((o) => o.title)).not.toContain('Eskirgan');
  });
});
