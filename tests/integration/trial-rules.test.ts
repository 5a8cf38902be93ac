import { afterEach, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../helpers/core';
import { local, tashkent } from '../helpers/time';

/** Issue 9: trial stages only through trials, results from the trial's day, "Ko'chirish". */
let t: TestCore;
afterEach(() => t?.close());

async function centre() {
  t = await createTestCore('2026-11-26T05:00:00Z'); // Thu 26 Nov 10:00 Tashkent
  const a = await t.addUser('seller', 'seller_a');
  const b = await t.addUser('seller', 'seller_b');
  const fields = { price: 1000, lessonDuration: 90, lessonsPerWeek: 3 };
  const course = await t.call('courses.create', { name: 'IELTS', ...fields }, t.adminToken);
  const group = await t.call(
    'groups.create',
    { name: 'IELTS-01', courseId: course.id, days: 'odd', time: '15:00', capacity: 15 },
    t.adminToken,
  );
  const lead = await t.call('leads.create', { name: 'Aziz', phone: '901234567' }, a.token);
  return { a, b, group, lead };
}

const pendingOf = async (leadId: number, token: string) =>
  (await t.call('followups.list', { scope: 'lead', leadId }, token)).items
    .filter((f) => f.state === 'pending')
    .map((f) => `${f.kind} ${local(f.dueAt)}`);

describe('trial stages', () => {
  it.each(['trial_registered', 'trial_attended', 'trial_missed'] as const)(
    'leads.setStatus refuses %s: only booking and results set it',
    async (status) => {
      const { a, lead } = await centre();
      const body = await t.fail('leads.setStatus', { id: lead.id, status, note: 'Keladi' }, a.token);
      expect(body).toMatchObject({
        code: 'RULE',
        details: { key: 'error.trialStageViaTrial', fields: [{ path: 'status', key: 'error.trialStageViaTrial' }] },
      });
      expect(body.message).toBe(
        'Sinov bosqichlari qo\'lda tanlanmaydi: ular "Sinovga Yozish" va sinov "Natija"sini kiritish orqali o\'rnatiladi',
      );
      expect((await t.call('leads.get', { id: lead.id }, a.token)).status).toBe('new');
      expect((await t.fail('leads.setStatus', { id: lead.id, status }, t.adminToken)).code).toBe('RULE');
    },
  );

  it('booking and results still set them', async () => {
    const { a, group, lead } = await centre();
    const trial = await t.call('trials.create', { leadId: lead.id, groupId: group.id, date: '2026-11-30' }, a.token);
    expect((await t.call('leads.get', { id: lead.id }, a.token)).status).toBe('trial_registered');
    t.clock.set(tashkent('2026-11-30T16:40'));
    await t.call('trials.setResult', { id: trial.id, result: 'attended' }, a.token);
    expect((await t.call('leads.get', { id: lead.id }, a.token)).status).toBe('trial_attended');
  });
});

describe('results wait for the trial day', () => {
  it.each(['attended', 'missed', 'accepted', 'declined'] as const)(
    '%s before the trial date is refused; from the date (centre time) it is taken',
    async (result) => {
      const { a, group, lead } = await centre();
      const trial = await t.call('trials.create', { leadId: lead.id, groupId: group.id, date: '2026-11-30' }, a.token);
      t.clock.set(tashkent('2026-11-29T23:59')); // the evening before, in the centre's zone
      const body = await t.fail('trials.setResult', { id: trial.id, result }, a.token);
      expect(body).toMatchObject({
        code: 'RULE',
        details: { key: 'error.resultBeforeTrial', params: { date: '2026-11-30' } },
      });
      expect(body.message).toBe('Natijani sinov kunidan (2026-11-30) boshlab kiritish mumkin');
      expect((await t.call('trials.list', { leadId: lead.id }, a.token))[0].result).toBeNull();
      t.clock.set(tashkent('2026-11-30T00:01'));
      expect((await t.call('trials.setResult', { id: trial.id, result }, a.token)).result).toBe(result);
    },
  );
});

describe("moving a trial (Ko'chirish)", () => {
  it('moves it to another lesson day: the reminder follows, history says so, the time stays unless given', async () => {
    const { a, group, lead } = await centre();
    const trial = await t.call('trials.create', { leadId: lead.id, groupId: group.id, date: '2026-11-30' }, a.token);
    expect(await pendingOf(lead.id, a.token)).toEqual(['trial_reminder 2026-11-28 09:00']);

    const moved = await t.call('trials.move', { id: trial.id, date: '2026-12-02' }, a.token);
    expect(moved).toMatchObject({ id: trial.id, date: '2026-12-02', time: '15:00', result: null, groupId: group.id });
    expect(await pendingOf(lead.id, a.token)).toEqual(['trial_reminder 2026-12-01 09:00']);
    const { items } = await t.call('followups.list', { scope: 'lead', leadId: lead.id }, a.token);
    expect(items.filter((f) => f.closeKind === 'trial_moved').map((f) => local(f.dueAt))).toEqual(['2026-11-28 09:00']);
    expect((await t.call('leads.get', { id: lead.id }, a.token)).status).toBe('trial_registered');

    const again = await t.call('trials.move', { id: trial.id, date: '2026-12-04', time: '16:30' }, t.adminToken);
    expect(again).toMatchObject({ date: '2026-12-04', time: '16:30' });
    expect(await pendingOf(lead.id, a.token)).toEqual(['trial_reminder 2026-12-03 09:00']);
    const history = (await t.call('leads.history', { id: lead.id }, a.token)).filter((h) => h.type === 'trial_moved');
    expect(history.map((h) => h.data)).toEqual([
      { trialId: trial.id, fromDate: '2026-11-30', fromTime: '15:00', toDate: '2026-12-02', toTime: '15:00' },
      { trialId: trial.id, fromDate: '2026-12-02', fromTime: '15:00', toDate: '2026-12-04', toTime: '16:30' },
    ]);
  });

  it('plans a reminder again when the last one was already made', async () => {
    const { a, group, lead } = await centre();
    const trial = await t.call('trials.create', { leadId: lead.id, groupId: group.id, date: '2026-11-30' }, a.token);
    t.clock.set(tashkent('2026-11-28T09:30'));
    const [reminder] = (await t.call('followups.list', { scope: 'lead', leadId: lead.id }, a.token)).items;
    await t.call('followups.complete', { id: reminder.id, note: 'Dushanba kela olmaydi' }, a.token);
    expect(await pendingOf(lead.id, a.token)).toEqual([]);
    await t.call('trials.move', { id: trial.id, date: '2026-12-02' }, a.token);
    expect(await pendingOf(lead.id, a.token)).toEqual(['trial_reminder 2026-12-01 09:00']);
  });

  it("refuses a trial with a result, a trial whose day passed, a past or wrong day, the same day; another seller's trial is not found", async () => {
    const { a, b, group, lead } = await centre();
    const trial = await t.call('trials.create', { leadId: lead.id, groupId: group.id, date: '2026-11-30' }, a.token);
    const field = (key: string) => ({ code: 'VALIDATION', details: { key, fields: [{ path: 'date', key }] } });
    expect(await t.fail('trials.move', { id: trial.id, date: '2026-12-01' }, a.token)).toMatchObject(
      field('error.notLessonDay'),
    );
    expect(await t.fail('trials.move', { id: trial.id, date: '2026-11-25' }, a.token)).toMatchObject(
      field('error.trialInPast'),
    );
    expect(await t.fail('trials.move', { id: trial.id, date: '2026-11-30', time: '15:00' }, a.token)).toMatchObject(
      field('error.trialSameDate'),
    );
    const missing = await t.fail('trials.move', { id: 999999, date: '2026-12-02' }, b.token);
    expect(await t.fail('trials.move', { id: trial.id, date: '2026-12-02' }, b.token)).toEqual(missing);
    expect(missing).toMatchObject({ code: 'NOT_FOUND', details: { key: 'error.notFound' } });

    t.clock.set(tashkent('2026-12-01T10:00')); // Monday's trial has passed without a result
    expect(await t.fail('trials.move', { id: trial.id, date: '2026-12-02' }, a.token)).toMatchObject({
      code: 'RULE',
      details: { key: 'error.trialAlreadyHeld' },
    });
    await t.call('trials.setResult', { id: trial.id, result: 'missed' }, a.token);
    expect(await t.fail('trials.move', { id: trial.id, date: '2026-12-02' }, a.token)).toMatchObject({
      code: 'RULE',
      details: { key: 'error.trialHasResult' },
    });
    expect((await t.call('trials.list', { leadId: lead.id }, a.token))[0]).toMatchObject({
      date: '2026-11-30',
      result: 'missed',
    });
  });

  it("today's trial can still move; a full group refuses like a booking", async () => {
    const { a, group, lead } = await centre();
    const trial = await t.call('trials.create', { leadId: lead.id, groupId: group.id, date: '2026-11-30' }, a.token);
    t.clock.set(tashkent('2026-11-30T09:15'));
    await t.call('groups.update', { id: group.id, currentStudents: 15 }, t.adminToken);
    expect(await t.fail('trials.move', { id: trial.id, date: '2026-12-02' }, a.token)).toMatchObject({
      code: 'RULE',
      details: { key: 'error.groupFull' },
    });
    await t.call('groups.update', { id: group.id, currentStudents: 3 }, t.adminToken);
    expect((await t.call('trials.move', { id: trial.id, date: '2026-12-02' }, a.token)).date).toBe('2026-12-02');
    // The reminder's working day before (Tuesday) starts tomorrow: due then, not now.
    expect(await pendingOf(lead.id, a.token)).toEqual(['trial_reminder 2026-12-01 09:00']);
  });
});
