import { afterEach, describe, expect, it } from 'vitest';
import { createTestCore, STRONG, type TestCore } from '../helpers/core';

let t: TestCore;
afterEach(() => t?.close());

const seller = (username: string) => ({
  role: 'seller' as const,
  username,
  password: STRONG,
  firstName: 'Dilnoza',
  lastName: 'Yusupova',
  workStart: '09:00',
  workEnd: '18:00',
  workDays: [1, 2, 3, 4, 5, 6],
  isActiveSales: true,
});

describe('team management', () => {
  it('admin creates a manager and a seller with work time', async () => {
    t = await createTestCore();
    const m = await t.call(
      'users.create',
      {
        role: 'manager',
        username: 'manager_asror',
        password: STRONG,
        firstName: 'Asror',
        email: 'asror@markaz.uz',
        telegramUsername: 'asror',
      },
      t.adminToken,
    );
    expect(m).toMatchObject({
      role: 'manager',
      username: 'manager_asror',
      email: 'asror@markaz.uz',
      isActiveSales: false,
    });
    const s = await t.call(
      'users.create',
      { ...seller('dilnoza'), workStart: '10:00', workEnd: '19:00', workDays: [6, 1, 2, 3] },
      t.adminToken,
    );
    expect(s).toMatchObject({
      role: 'seller',
      workStart: '10:00',
      workEnd: '19:00',
      workDays: [1, 2, 3, 6],
      isActiveSales: true,
      absentNow: null,
    });
    const list = await t.call('users.list', { role: 'seller' }, t.adminToken);
    expect(list.map((u) => u.username)).toEqual(['dilnoza']);
  });

  it('keeps usernames unique regardless of case', async () => {
    t = await createTestCore();
    await t.call('users.create', seller('dilnoza'), t.adminToken);
    const dup = await t.fail('users.create', seller('Dilnoza'), t.adminToken);
    expect(dup).toMatchObject({
      code: 'CONFLICT',
      message: 'Bu foydalanuvchi nomi band: Dilnoza. Boshqasini tanlang.',
    });
  });

  it('validates with field paths and Uzbek messages', async () => {
    t = await createTestCore();
    const err = await t.fail(
      'users.create',
      { ...seller('x'), firstName: '', workStart: '9:00', workDays: [] },
      t.adminToken,
    );
    expect(err.code).toBe('VALIDATION');
    expect(Object.fromEntries((err.details.fields ?? []).map((f) => [f.path, f.message]))).toEqual({
      username: 'Kamida 3 ta belgi kiriting',
      firstName: "Bu maydonni to'ldiring",
      workStart: "Vaqtni SS:dd ko'rinishida kiriting (masalan: 09:00)",
      workDays: "Qiymat noto'g'ri",
    });
    const backwards = await t.fail(
      'users.create',
      { ...seller('vali'), workStart: '18:00', workEnd: '09:00' },
      t.adminToken,
    );
    expect(backwards.details.fields).toEqual([
      expect.objectContaining({ path: 'workEnd', key: 'error.workEndBeforeStart' }),
    ]);
  });

  it('enforces roles in the core: manager manages sellers only, seller nothing', async () => {
    t = await createTestCore();
    const manager = await t.addUser('manager', 'manager1');
    const s = await t.addUser('seller', 'seller1');
    expect(await t.fail('users.create', seller('seller2'), s.token)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await t.fail('users.list', {}, s.token)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await t.fail('users.create', seller('seller2'), null)).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await t.call('users.create', seller('seller2'), manager.token)).role).toBe('seller');
    expect(await t.fail('users.create', { ...seller('manager2'), role: 'manager' }, manager.token)).toMatchObject({
      code: 'FORBIDDEN',
      details: { key: 'error.cannotManageRole' },
    });
    const other = await t.addUser('manager', 'manager3');
    expect(await t.fail('users.update', { id: other.id, firstName: 'Hacked' }, manager.token)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await t.call('users.update', { id: s.id, workStart: '08:00' }, manager.token)).workStart).toBe('08:00');
    expect(await t.fail('users.resetPassword', { id: s.id, newPassword: 'Reset#2026' }, manager.token)).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('edits keep untouched fields and clear emptied ones', async () => {
    t = await createTestCore();
    const u = await t.call(
      'users.create',
      { ...seller('dilnoza'), email: 'd@markaz.uz', phone: '+998901112233' },
      t.adminToken,
    );
    const edited = await t.call(
      'users.update',
      { id: u.id, workDays: [1, 2, 3, 4, 5], isActiveSales: false },
      t.adminToken,
    );
    expect(edited).toMatchObject({
      email: 'd@markaz.uz',
      phone: '+998901112233',
      workDays: [1, 2, 3, 4, 5],
      isActiveSales: false,
    });
    expect((await t.call('users.update', { id: u.id, email: '' }, t.adminToken)).email).toBeNull();
  });

  it('deactivation locks the user out at once; the last admin and oneself are protected', async () => {
    t = await createTestCore();
    const s = await t.addUser('seller', 'seller1');
    await t.call('users.update', { id: s.id, active: false }, t.adminToken);
    expect((await t.fail('auth.me', {}, s.token)).code).toBe('UNAUTHENTICATED');
    expect(await t.fail('auth.login', { username: 'seller1', password: STRONG })).toMatchObject({
      code: 'FORBIDDEN',
      details: { key: 'error.userInactive' },
    });
    const me = await t.call('auth.me', {}, t.adminToken);
    expect(await t.fail('users.update', { id: me.id, active: false }, t.adminToken)).toMatchObject({
      code: 'RULE',
      details: { key: 'error.cannotDeactivateSelf' },
    });
    await t.call('users.update', { id: s.id, active: true }, t.adminToken);
    expect(await t.login('seller1')).toBeTruthy();
  });

  it('admin resets a password; old sessions end', async () => {
    t = await createTestCore();
    const s = await t.addUser('seller', 'seller1');
    expect((await t.fail('users.resetPassword', { id: s.id, newPassword: 'short' }, t.adminToken)).code).toBe(
      'VALIDATION',
    );
    await t.call('users.resetPassword', { id: s.id, newPassword: 'Reset#2026' }, t.adminToken);
    expect((await t.fail('auth.me', {}, s.token)).code).toBe('UNAUTHENTICATED');
    expect(await t.login('seller1', 'Reset#2026')).toBeTruthy();
  });
});

describe('absences', () => {
  it('marks a seller absent; the badge shows while today is covered', async () => {
    t = await createTestCore('2026-11-26T06:00:00Z');
    const s = await t.addUser('seller', 'seller1');
    const manager = await t.addUser('manager', 'manager1');
    const a = await t.call(
      'absences.create',
      { userId: s.id, startDate: '2026-11-26', endDate: '2026-11-27', reason: 'Kasallik' },
      manager.token,
    );
    expect(a).toMatchObject({ userId: s.id, startDate: '2026-11-26', endDate: '2026-11-27', reason: 'Kasallik' });
    expect((await t.call('users.get', { id: s.id }, t.adminToken)).absentNow).toMatchObject({ reason: 'Kasallik' });
    const dash = await t.call('dashboard.get', {}, t.adminToken);
    expect(dash).toMatchObject({ kind: 'team', activeSellers: 0, sellers: [{ id: s.id, absent: true }] });

    // 2026-11-27 ends at 19:00 UTC in Tashkent.
    t.clock.set(Date.parse('2026-11-27T18:59:00Z'));
    expect((await t.call('users.get', { id: s.id }, t.adminToken)).absentNow).not.toBeNull();
    t.clock.set(Date.parse('2026-11-27T19:00:00Z'));
    expect((await t.call('users.get', { id: s.id }, t.adminToken)).absentNow).toBeNull();
    expect(await t.call('dashboard.get', {}, t.adminToken)).toMatchObject({ activeSellers: 1 });
  });

  it('refuses backwards dates, non-sellers and sellers asking', async () => {
    t = await createTestCore();
    const s = await t.addUser('seller', 'seller1');
    const m = await t.addUser('manager', 'manager1');
    expect(
      await t.fail(
        'absences.create',
        { userId: s.id, startDate: '2026-11-27', endDate: '2026-11-26', reason: 'x' },
        t.adminToken,
      ),
    ).toMatchObject({ code: 'VALIDATION', details: { key: 'error.absenceDates' } });
    expect(
      await t.fail(
        'absences.create',
        { userId: m.id, startDate: '2026-11-26', endDate: '2026-11-26', reason: 'x' },
        t.adminToken,
      ),
    ).toMatchObject({ code: 'RULE' });
    expect(
      await t.fail(
        'absences.create',
        { userId: s.id, startDate: '2026-11-26', endDate: '2026-11-26', reason: 'x' },
        s.token,
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('dashboard', () => {
  it('gives each role its cards', async () => {
    t = await createTestCore();
    const s = await t.addUser('seller', 'seller1');
    expect(await t.call('dashboard.get', {}, s.token)).toEqual({
      kind: 'seller',
      myLeads: 0,
      todayFollowups: 0,
      overdue: 0,
      noNextCall: 0,
    });
    expect(await t.call('dashboard.get', {}, t.adminToken)).toMatchObject({
      kind: 'team',
      totalLeads: 0,
      todayNew: 0,
      activeSellers: 1,
      overdue: 0,
    });
  });
});
