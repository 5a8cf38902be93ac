import { afterEach, describe, expect, it } from 'vitest';
import { createTestCore, STRONG, type TestCore } from '../helpers/core';

/** Issue 9: Uzbek/Russian name search, Telegram usernames, one's own password, numbers refused not rewritten. */
let t: TestCore;
afterEach(() => t?.close());

describe('name search across spellings', () => {
  it('finds "Shohruh O\'tkirov" however his name is typed', async () => {
    t = await createTestCore('2026-11-26T05:00:00Z');
    const a = await t.addUser('seller', 'seller_a');
    const shohruh = await t.call('leads.create', { name: "Shohruh O'tkirov", phone: '901000001' }, a.token);
    const cyr = await t.call('leads.create', { name: 'Шоҳруҳ Ўткиров', phone: '901000002' }, a.token);
    await t.call('leads.create', { name: 'Sherzod Umarov', phone: '901000003' }, a.token);
    const ids = async (q: string) => (await t.call('leads.list', { q }, t.adminToken)).items.map((l) => l.id).sort();
    const both = [shohruh.id, cyr.id].sort();
    for (const q of [
      'Шохрух',
      'shoxrux',
      'Шоҳруҳ',
      'Shohruh',
      'Shokhrukh',
      'SHOH',
      'Уткиров',
      'otkirov',
      'Shoxrux Utkirov',
    ])
      expect(await ids(q), q).toEqual(both);
    expect(await ids('Шерзод')).toHaveLength(1);
    expect(await ids('Shoxrux Umarov')).toEqual([]);
    // The list page's other filters take the name search too.
    expect((await t.call('leads.list', { q: 'Шохрух', source: 'other' }, t.adminToken)).total).toBe(2);
  });
});

describe('Telegram usernames', () => {
  it('are stored without "@" as Telegram allows them, or refused with the field', async () => {
    t = await createTestCore('2026-11-26T05:00:00Z');
    const base = { role: 'seller', password: STRONG, firstName: 'Dilnoza' } as const;
    const u = await t.call(
      'users.create',
      { ...base, username: 'dilnoza', telegramUsername: '@Dilnoza_92' },
      t.adminToken,
    );
    expect(u.telegramUsername).toBe('Dilnoza_92');
    for (const bad of ['@abc', 'dil noza', '1dilnoza', 'дилноза', 'a'.repeat(33), '@@dilnoza']) {
      const body = await t.fail('users.create', { ...base, username: 'jasur', telegramUsername: bad }, t.adminToken);
      expect(body, bad).toMatchObject({
        code: 'VALIDATION',
        details: { fields: [{ path: 'telegramUsername', key: 'error.telegramInvalid' }] },
      });
    }
    expect(await t.fail('users.update', { id: u.id, telegramUsername: 't.me/dilnoza' }, t.adminToken)).toMatchObject({
      details: { fields: [{ path: 'telegramUsername', key: 'error.telegramInvalid' }] },
    });
    expect(
      (await t.call('users.update', { id: u.id, telegramUsername: 'dilnoza_uz' }, t.adminToken)).telegramUsername,
    ).toBe('dilnoza_uz');
    expect(
      (await t.call('users.update', { id: u.id, telegramUsername: '' }, t.adminToken)).telegramUsername,
    ).toBeNull();
    const bad = await t.fail('auth.updateProfile', { firstName: 'Aziza', telegramUsername: 'aziza!' }, t.adminToken);
    expect(bad).toMatchObject({ details: { fields: [{ path: 'telegramUsername', key: 'error.telegramInvalid' }] } });
    expect(bad.details.fields![0].message).toContain('@dilnoza_92');
    const own = await t.call(
      'auth.updateProfile',
      { firstName: 'Aziza', telegramUsername: '@aziza_admin' },
      t.adminToken,
    );
    expect(own.telegramUsername).toBe('aziza_admin');
  });
});

describe("changing one's own password", () => {
  it('refuses the old password as the new one', async () => {
    t = await createTestCore('2026-11-26T05:00:00Z');
    const a = await t.addUser('seller', 'seller_a');
    const body = await t.fail(
      'auth.changePassword',
      { oldPassword: STRONG, newPassword: STRONG, confirmPassword: STRONG },
      a.token,
    );
    expect(body).toMatchObject({
      code: 'VALIDATION',
      details: { key: 'error.samePassword', fields: [{ path: 'newPassword', key: 'error.samePassword' }] },
    });
    expect(body.message).toBe('Yangi parol eski paroldan farq qilishi kerak');
    expect(await t.login('seller_a')).toBeTruthy();
  });
});

describe('numbers are refused, never rewritten', () => {
  it('names the bound a number broke, and stores nothing', async () => {
    t = await createTestCore('2026-11-26T05:00:00Z');
    const a = await t.addUser('seller', 'seller_a');
    const admin = t.adminToken;
    const field = (path: string, key: string, params?: Record<string, number>) => ({
      code: 'VALIDATION',
      details: { fields: [params ? { path, key, params } : { path, key }] },
    });
    const course = { name: 'IELTS', lessonDuration: 90, lessonsPerWeek: 3 };
    const negative = await t.fail('courses.create', { ...course, price: -1_200_000 }, admin);
    expect(negative).toMatchObject(field('price', 'field.min', { min: 0 }));
    expect(negative.details.fields![0].message).toBe("Kamida 0 bo'lsin");
    expect(await t.fail('courses.create', { ...course, price: 1.5 }, admin)).toMatchObject(
      field('price', 'field.integer'),
    );
    expect(await t.fail('courses.create', { ...course, price: 1e300 }, admin)).toMatchObject(
      field('price', 'field.max', { max: 1_000_000_000 }),
    );
    expect(await t.fail('rooms.create', { name: 'Xona', capacity: 0 }, admin)).toMatchObject(
      field('capacity', 'field.min', { min: 1 }),
    );
    expect(await t.fail('rooms.create', { name: 'Xona', capacity: 1001 }, admin)).toMatchObject(
      field('capacity', 'field.max', { max: 1000 }),
    );
    expect(await t.fail('settings.update', { reactivationDays: -3 }, admin)).toMatchObject(
      field('reactivationDays', 'field.min', { min: 0 }),
    );
    const lead = await t.call('leads.create', { name: 'Aziz', phone: '901234567' }, a.token);
    const [call] = (await t.call('followups.list', { scope: 'lead', leadId: lead.id }, a.token)).items;
    for (const hours of [-3, 0, 0.5])
      expect(await t.fail('followups.bulk', { action: 'reschedule', ids: [call.id], hours }, admin)).toMatchObject(
        field('hours', 'field.min', { min: 1 }),
      );
    expect(await t.call('courses.list', {}, admin)).toEqual([]);
    expect(await t.call('rooms.list', {}, admin)).toEqual([]);
    expect((await t.call('followups.list', { scope: 'lead', leadId: lead.id }, a.token)).items[0].dueAt).toBe(
      call.dueAt,
    );
  });
});
