import { afterEach, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../helpers/core';

/** Issue item 4: every bad value is a 400 with its field, never a 500, never stored. */
let t: TestCore;
afterEach(() => t?.close());

async function centre() {
  t = await createTestCore('2026-11-26T05:00:00Z'); // Thu 26 Nov 10:00 Tashkent
  const a = await t.addUser('seller', 'seller_a');
  const b = await t.addUser('seller', 'seller_b');
  const m = await t.addUser('manager', 'manager1');
  const fields = { price: 1000, lessonDuration: 90, lessonsPerWeek: 3 };
  const course = await t.call('courses.create', { name: 'IELTS', ...fields }, t.adminToken);
  const group = await t.call(
    'groups.create',
    { name: 'IELTS-01', courseId: course.id, days: 'odd', time: '15:00', capacity: 15 },
    t.adminToken,
  );
  const lead = await t.call('leads.create', { name: 'Aziz', phone: '901234567' }, a.token);
  return { a, b, m, course, group, lead };
}

const rowCount = (table: 'absences' | 'trials' | 'offers' | 'followups') =>
  (t.core.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number) ?? 0;

describe('calendar dates', () => {
  it.each(['2026-02-30', '9999-99-99', '0000-00-00', '2026-13-01', '1999-12-31', '2101-01-01'])(
    '%s is refused with its field wherever a date is taken',
    async (date) => {
      const { a, b, m, group, lead } = await centre();
      const absence = await t.fail(
        'absences.create',
        { userId: b.id, startDate: date, endDate: '2026-12-01', reason: 'Kasal' },
        m.token,
      );
      expect(absence).toMatchObject({
        code: 'VALIDATION',
        details: { fields: [{ path: 'startDate', key: 'format.realDate', params: { from: 2000, to: 2100 } }] },
      });
      expect(absence.details.fields![0].message).toBe(
        "Bunday sana yo'q: 2000–2100 yillar oralig'idagi haqiqiy sanani kiriting",
      );
      expect(await t.fail('trials.create', { leadId: lead.id, groupId: group.id, date }, a.token)).toMatchObject({
        code: 'VALIDATION',
        details: { fields: [{ path: 'date', key: 'format.realDate' }] },
      });
      expect(await t.fail('leads.list', { createdFrom: date }, m.token)).toMatchObject({
        code: 'VALIDATION',
        details: { fields: [{ path: 'createdFrom', key: 'format.realDate' }] },
      });
      expect(await t.fail('leads.list', { createdTo: date }, a.token)).toMatchObject({
        details: { fields: [{ path: 'createdTo' }] },
      });
      expect(rowCount('absences') + rowCount('trials')).toBe(0);
    },
  );

  it('a badly shaped date says so, once', async () => {
    const { m } = await centre();
    expect(await t.fail('trials.list', { from: '26.11.2026' }, m.token)).toMatchObject({
      details: { fields: [{ path: 'from', key: 'format.date' }] },
    });
  });

  it('keeps real dates, leap days included', async () => {
    const { b, m } = await centre();
    const leap = await t.call(
      'absences.create',
      { userId: b.id, startDate: '2028-02-29', endDate: '2028-03-01', reason: 'Kasal' },
      m.token,
    );
    expect(leap).toMatchObject({ startDate: '2028-02-29', endDate: '2028-03-01' });
  });
});

describe('instants', () => {
  it.each([8.64e15, -8.64e15, 0, Date.UTC(2101, 0, 1), Number.MAX_SAFE_INTEGER])(
    'followups.create refuses dueAt %d with its field',
    async (dueAt) => {
      const { a, lead } = await centre();
      const before = rowCount('followups');
      const body = await t.fail('followups.create', { leadId: lead.id, dueAt }, a.token);
      expect(body).toMatchObject({
        code: 'VALIDATION',
        details: { fields: [{ path: 'dueAt', key: 'format.instant', params: { from: 2000, to: 2100 } }] },
      });
      expect(body.details.fields![0].message).toBe("Vaqt 2000–2100 yillar oralig'ida bo'lsin");
      expect(rowCount('followups')).toBe(before);
    },
  );
});

describe('references to rows that do not exist', () => {
  it('answer 400 with the field, never a foreign-key 500', async () => {
    const { a, b, m, course, group, lead } = await centre();
    const offer = {
      title: 'Chegirma',
      type: 'discount',
      priority: 'high',
      channel: 'followup',
      audience: 'all',
      validFrom: '2026-11-01',
      validTo: '2026-12-31',
    } as const;
    const field = (path: string, key: string) => ({ code: 'VALIDATION', details: { key, fields: [{ path, key }] } });

    expect(await t.fail('offers.create', { ...offer, courseId: 999999 }, m.token)).toMatchObject(
      field('courseId', 'error.courseNotFound'),
    );
    const created = await t.call('offers.create', { ...offer, courseId: course.id }, m.token);
    expect(await t.fail('offers.update', { id: created.id, courseId: 999999 }, m.token)).toMatchObject(
      field('courseId', 'error.courseNotFound'),
    );
    expect(
      await t.fail(
        'trials.create',
        { leadId: lead.id, groupId: group.id, date: '2026-11-27', roomId: 999999 },
        a.token,
      ),
    ).toMatchObject(field('roomId', 'error.roomNotFound'));
    expect(
      await t.fail('trials.create', { leadId: lead.id, groupId: 999999, date: '2026-11-27' }, a.token),
    ).toMatchObject(field('groupId', 'error.groupNotFound'));
    expect(
      await t.fail(
        'groups.create',
        { name: 'X', courseId: course.id, roomId: 999999, days: 'odd', time: '10:00', capacity: 5 },
        t.adminToken,
      ),
    ).toMatchObject(field('roomId', 'error.roomNotFound'));
    expect(
      await t.fail(
        'absences.create',
        { userId: 999999, startDate: '2026-12-01', endDate: '2026-12-01', reason: 'x' },
        m.token,
      ),
    ).toMatchObject(field('userId', 'error.userNotFound'));
    expect(await t.fail('leads.create', { name: 'X', phone: '901234599', sellerId: 999999 }, m.token)).toMatchObject(
      field('sellerId', 'error.notASeller'),
    );
    expect(await t.fail('leads.update', { id: lead.id, courseId: 999999 }, b.token)).toMatchObject({
      code: 'NOT_FOUND', // not b's lead: the lead itself is not found first
    });
    expect(await t.fail('leads.update', { id: lead.id, courseId: 999999 }, a.token)).toMatchObject(
      field('courseId', 'error.courseNotFound'),
    );
    expect(rowCount('trials')).toBe(0);
    expect((await t.call('offers.list', {}, m.token)).map((o) => o.courseId)).toEqual([course.id]);
  });
});

describe("another seller's trial", () => {
  it('answers exactly like a trial that does not exist', async () => {
    const { a, b, group, lead } = await centre();
    const trial = await t.call('trials.create', { leadId: lead.id, groupId: group.id, date: '2026-11-27' }, a.token);
    const missing = await t.fail('trials.setResult', { id: 999999, result: 'attended' }, b.token);
    const foreign = await t.fail('trials.setResult', { id: trial.id, result: 'attended' }, b.token);
    expect(foreign).toEqual(missing);
    expect(missing).toMatchObject({ code: 'NOT_FOUND', details: { key: 'error.notFound' } });
    expect((await t.call('trials.list', { leadId: lead.id }, a.token))[0].result).toBeNull();
  });
});

describe('profile phones', () => {
  it('are stored as E.164 like lead phones, or refused with the field', async () => {
    t = await createTestCore('2026-11-26T05:00:00Z');
    const created = await t.call(
      'users.create',
      { role: 'seller', username: 'dilnoza', password: 'Strong#2026', firstName: 'Dilnoza', phone: '(90) 123-45-67' },
      t.adminToken,
    );
    expect(created.phone).toBe('+998901234567');
    expect(
      await t.fail(
        'users.create',
        { role: 'seller', username: 'jasur', password: 'Strong#2026', firstName: 'Jasur', phone: '12345' },
        t.adminToken,
      ),
    ).toMatchObject({
      code: 'VALIDATION',
      details: { fields: [{ path: 'phone', key: 'error.phoneInvalid', params: { phone: '12345' } }] },
    });
    expect((await t.call('users.list', {}, t.adminToken)).map((u) => u.username).sort()).toEqual(['admin', 'dilnoza']);

    expect((await t.call('users.update', { id: created.id, phone: '8 90 765 43 21' }, t.adminToken)).phone).toBe(
      '+998907654321',
    );
    expect(await t.fail('users.update', { id: created.id, phone: '+99890' }, t.adminToken)).toMatchObject({
      details: { fields: [{ path: 'phone', key: 'error.phoneInvalid' }] },
    });
    expect((await t.call('users.get', { id: created.id }, t.adminToken)).phone).toBe('+998907654321');
    expect((await t.call('users.update', { id: created.id, phone: '' }, t.adminToken)).phone).toBeNull();

    const own = await t.call('auth.updateProfile', { firstName: 'Aziza', phone: '+998 90 111 22 33' }, t.adminToken);
    expect(own.phone).toBe('+998901112233');
    const bad = await t.fail('auth.updateProfile', { firstName: 'Aziza', phone: 'call me' }, t.adminToken);
    expect(bad).toMatchObject({
      code: 'VALIDATION',
      details: { fields: [{ path: 'phone', key: 'error.phoneInvalid' }] },
    });
    expect(bad.details.fields![0].message).toContain('call me');
    expect((await t.call('auth.me', {}, t.adminToken)).phone).toBe('+998901112233');
  });
});
