import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, createTestCore, STRONG, type TestCore } from '../helpers/core';

let t: TestCore;
afterEach(() => t?.close());

describe('first-run setup', () => {
  it('is open only while no user exists', async () => {
    t = await createTestCore(undefined, { setup: false });
    expect(await t.call('auth.setupStatus', {})).toEqual({ needsSetup: true });
    const admin = await t.call('auth.setup', ADMIN);
    expect(admin).toMatchObject({ username: 'admin', role: 'admin', active: true });
    expect(admin).not.toHaveProperty('passwordHash');
    expect(await t.call('auth.setupStatus', {})).toEqual({ needsSetup: false });
    expect((await t.call('auth.login', { username: 'admin', password: ADMIN.password })).user.firstName).toBe('Aziza');
    const again = await t.fail('auth.setup', { username: 'intruder', password: ADMIN.password });
    expect(again).toMatchObject({ code: 'CONFLICT', details: { key: 'error.setupDone' } });
  });

  it('refuses a weak admin password with every broken rule', async () => {
    t = await createTestCore(undefined, { setup: false });
    const err = await t.fail('auth.setup', { ...ADMIN, password: 'admin123' });
    expect(err.code).toBe('VALIDATION');
    expect(err.details.fields?.map((f) => f.key)).toEqual(['password.rule.upper', 'password.rule.special']);
    expect(err.message).toContain("Parolda kamida bitta katta harf bo'lishi kerak");
  });
});

describe('login and sessions', () => {
  it('logs in case-insensitively and returns a working token', async () => {
    t = await createTestCore();
    const { token, user, expiresAt } = await t.call('auth.login', { username: 'ADMIN', password: ADMIN.password });
    expect(user.username).toBe('admin');
    expect(expiresAt).toBe(t.clock.now() + 60 * 24 * 3600_000);
    expect((await t.call('auth.me', {}, token)).id).toBe(user.id);
  });

  it('answers a wrong password in Uzbek and slows down a guesser', async () => {
    t = await createTestCore();
    const wrong = await t.fail('auth.login', { username: 'admin', password: 'Wrong#2026' });
    expect(wrong).toMatchObject({ code: 'UNAUTHENTICATED', message: "Foydalanuvchi nomi yoki parol noto'g'ri" });
    for (let i = 0; i < 4; i++) await t.fail('auth.login', { username: 'admin', password: 'Wrong#2026' });
    const locked = await t.fail('auth.login', { username: 'admin', password: ADMIN.password });
    expect(locked.code).toBe('RATE_LIMITED');
    expect(locked.message).toContain('daqiqadan keyin');
    t.clock.advance(61_000);
    expect((await t.call('auth.login', { username: 'admin', password: ADMIN.password })).token).toBeTruthy();
  });

  it('needs a token, expires idle and 90-day-old sessions and ends them on logout', async () => {
    t = await createTestCore();
    expect((await t.fail('auth.me', {})).code).toBe('UNAUTHENTICATED');
    expect((await t.fail('auth.me', {}, 'made-up')).code).toBe('UNAUTHENTICATED');
    const token = await t.login('admin', ADMIN.password);
    await t.call('auth.logout', {}, token);
    expect((await t.fail('auth.me', {}, token)).code).toBe('UNAUTHENTICATED');
    const other = await t.login('admin', ADMIN.password);
    // Every use renews the session: 50 and 89 days in, still signed in; 91 days after sign-in it ends
    // however often it was used (the absolute lifetime).
    t.clock.advance(50 * 24 * 3600_000);
    expect((await t.call('auth.me', {}, other)).username).toBe('admin');
    t.clock.advance(39 * 24 * 3600_000);
    expect((await t.call('auth.me', {}, other)).username).toBe('admin');
    t.clock.advance(2 * 24 * 3600_000);
    expect(await t.fail('auth.me', {}, other)).toMatchObject({ details: { key: 'error.sessionExpired' } });
    // 60 idle days end a session too.
    const idle = await t.login('admin', ADMIN.password);
    t.clock.advance(60 * 24 * 3600_000);
    expect(await t.fail('auth.me', {}, idle)).toMatchObject({
      code: 'UNAUTHENTICATED',
      details: { key: 'error.sessionExpired' },
    });
  });

  it('rejects an unknown method', async () => {
    t = await createTestCore();
    expect(await t.fail('leads.drop', {}, t.adminToken)).toMatchObject({
      code: 'NOT_FOUND',
      details: { key: 'error.unknownMethod' },
    });
  });
});

describe('own profile and password', () => {
  it('edits the profile and changes the password with the old one', async () => {
    t = await createTestCore();
    const seller = await t.addUser('seller', 'dilnoza');
    const me = await t.call(
      'auth.updateProfile',
      {
        firstName: 'Dilnoza',
        lastName: 'Yusupova',
        email: 'd@markaz.uz',
        phone: '+998901234567',
        telegramUsername: 'dilnoza_y',
      },
      seller.token,
    );
    expect(me).toMatchObject({
      firstName: 'Dilnoza',
      lastName: 'Yusupova',
      email: 'd@markaz.uz',
      telegramUsername: 'dilnoza_y',
    });

    expect(
      await t.fail(
        'auth.changePassword',
        { oldPassword: 'Nope#2026', newPassword: 'Newer#2027', confirmPassword: 'Newer#2027' },
        seller.token,
      ),
    ).toMatchObject({ code: 'VALIDATION', message: "Eski parol noto'g'ri" });
    expect(
      await t.fail(
        'auth.changePassword',
        { oldPassword: STRONG, newPassword: 'Newer#2027', confirmPassword: 'Newer#2028' },
        seller.token,
      ),
    ).toMatchObject({ code: 'VALIDATION', message: 'Yangi parollar bir xil emas' });
    const weak = await t.fail(
      'auth.changePassword',
      { oldPassword: STRONG, newPassword: 'newer2027', confirmPassword: 'newer2027' },
      seller.token,
    );
    expect(weak.details.fields?.map((f) => f.message)).toEqual([
      "Parolda kamida bitta katta harf bo'lishi kerak",
      "Parolda kamida bitta maxsus belgi bo'lishi kerak (masalan: ! @ # $ %)",
    ]);

    const otherSession = await t.login('dilnoza');
    await t.call(
      'auth.changePassword',
      { oldPassword: STRONG, newPassword: 'Newer#2027', confirmPassword: 'Newer#2027' },
      seller.token,
    );
    expect((await t.call('auth.me', {}, seller.token)).username).toBe('dilnoza');
    expect((await t.fail('auth.me', {}, otherSession)).code).toBe('UNAUTHENTICATED');
    expect(await t.login('dilnoza', 'Newer#2027')).toBeTruthy();
  });
});

describe('setup by a script', () => {
  it('needs only a username and a password', async () => {
    t = await createTestCore(undefined, { setup: false });
    expect(await t.call('auth.setup', { username: 'boss', password: ADMIN.password })).toMatchObject({
      username: 'boss',
      firstName: 'Admin',
      role: 'admin',
    });
  });
});
