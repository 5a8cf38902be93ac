import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { connect, type Connection } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import {
  ADDRESS_POLICY,
  addressKey,
  lockAfter,
  LoginThrottle,
  MAX_USERNAMES_PER_ADDRESS,
  PAIR_POLICY,
  WINDOW_MS,
} from './login-throttle';

const open: { dir: string; conn: Connection }[] = [];
afterEach(async () => {
  for (const { dir, conn } of open.splice(0)) {
    await conn.db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
});

async function throttle() {
  const dir = mkdtempSync(join(tmpdir(), 'crm-throttle-'));
  const conn = connect(join(dir, 'crm.sqlite'));
  open.push({ dir, conn });
  await migrateToLatest(conn, join(dir, 'backups'), 0);
  const rows = () => conn.db.selectFrom('login_throttle').selectAll().orderBy('ip').orderBy('username_key').execute();
  return { t: new LoginThrottle(conn.db), rows };
}

const MIN = 60_000;
const T0 = 1_000_000_000;

describe('lockAfter', () => {
  it('is free up to the budget, then 1, 2, 4 … minutes, never above 15', () => {
    expect([1, 4, 5, 6, 7, 8, 9, 10, 30].map((n) => lockAfter(n, PAIR_POLICY) / MIN)).toEqual([
      0, 0, 1, 2, 4, 8, 15, 15, 15,
    ]);
    expect([19, 20, 21, 22].map((n) => lockAfter(n, ADDRESS_POLICY) / MIN)).toEqual([0, 1, 2, 4]);
  });
});

describe('addressKey', () => {
  it('counts IPv4 as is, IPv6 in full, and every caller without an address as one', () => {
    expect(addressKey('192.168.1.20')).toBe('192.168.1.20');
    expect(addressKey('::ffff:192.168.1.20')).toBe('192.168.1.20');
    expect(addressKey('2001:db8:0:1:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:0:1:aaaa:bbbb:cccc:dddd');
    expect(addressKey('2001:db8:0:1::7')).toBe('2001:db8:0:1:0:0:0:7');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0:0:0:0:1');
    expect(addressKey('::1')).toBe('0:0:0:0:0:0:0:1');
    expect(addressKey('local')).toBe('local');
    expect(addressKey(undefined)).toBe('unknown');
    expect(addressKey('not an address')).toBe('unknown');
  });
});

describe('LoginThrottle', () => {
  it('locks one username from one address after five failures, for longer each time; a success clears it', async () => {
    const { t, rows } = await throttle();
    for (let i = 0; i < 4; i++) await t.failed('ali', '10.0.0.1', T0);
    await t.assertAllowed('ali', '10.0.0.1', T0);
    await t.failed('ali', '10.0.0.1', T0);
    await expect(t.assertAllowed('ali', '10.0.0.1', T0 + 59_000)).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      key: 'error.tooManyAttempts',
      params: { minutes: 1 },
    });
    // Nobody else is stopped: another username from there, the same username from elsewhere.
    await t.assertAllowed('vali', '10.0.0.1', T0);
    await t.assertAllowed('ali', '10.0.0.2', T0);
    await t.assertAllowed('ali', '10.0.0.1', T0 + MIN);
    await t.failed('ali', '10.0.0.1', T0 + MIN);
    await expect(t.assertAllowed('ali', '10.0.0.1', T0 + MIN)).rejects.toMatchObject({ params: { minutes: 2 } });
    await expect(t.assertAllowed('ali', '10.0.0.1', T0 + MIN + 119_000)).rejects.toMatchObject({
      code: 'RATE_LIMITED',
    });
    expect(await rows()).toEqual([
      { ip: '10.0.0.1', username_key: '', failures: 6, first_failure_at: T0, locked_until: 0 },
      { ip: '10.0.0.1', username_key: 'ali', failures: 6, first_failure_at: T0, locked_until: T0 + 3 * MIN },
    ]);
    await t.succeeded('ali', '10.0.0.1');
    await t.assertAllowed('ali', '10.0.0.1', T0 + MIN + 1);
    // The address keeps its overall count: a success of one account does not buy a sprayer a new budget.
    expect((await rows()).map((r) => [r.username_key, r.failures])).toEqual([['', 6]]);
  });

  it('gives one address 20 failures over all usernames, then locks it for every username', async () => {
    const { t } = await throttle();
    for (let i = 0; i < 19; i++) await t.failed(`user${i}`, '10.0.0.9', T0);
    await t.assertAllowed('someone', '10.0.0.9', T0);
    await t.failed('user19', '10.0.0.9', T0);
    await expect(t.assertAllowed('someone', '10.0.0.9', T0)).rejects.toMatchObject({ params: { minutes: 1 } });
    await t.assertAllowed('someone', '10.0.0.10', T0);
    await t.failed('user20', '10.0.0.9', T0 + MIN);
    await expect(t.assertAllowed('admin', '10.0.0.9', T0 + MIN + 119_000)).rejects.toMatchObject({
      params: { minutes: 1 },
    });
    await t.assertAllowed('admin', '10.0.0.9', T0 + 3 * MIN);
  });

  it('counts at most 50 usernames per address and forgets everything a day after the first failure', async () => {
    const { t, rows } = await throttle();
    for (let i = 0; i < 80; i++) await t.failed(`spray${i}`, '10.0.0.7', T0);
    await t.failed('ali', '10.0.0.8', T0 + 1000);
    const all = await rows();
    expect(all.filter((r) => r.ip === '10.0.0.7' && r.username_key !== '')).toHaveLength(MAX_USERNAMES_PER_ADDRESS);
    expect(all.find((r) => r.ip === '10.0.0.7' && r.username_key === '')?.failures).toBe(80);

    // A day later the first failure prunes every row whose window is over and whose lock has ended.
    await t.failed('ali', '10.0.0.8', T0 + WINDOW_MS + 500);
    expect(await rows()).toEqual([
      { ip: '10.0.0.8', username_key: '', failures: 2, first_failure_at: T0 + 1000, locked_until: 0 },
      { ip: '10.0.0.8', username_key: 'ali', failures: 2, first_failure_at: T0 + 1000, locked_until: 0 },
    ]);
    await t.failed('ali', '10.0.0.8', T0 + WINDOW_MS + 1000);
    expect((await rows()).map((r) => [r.username_key, r.failures, r.first_failure_at])).toEqual([
      ['', 1, T0 + WINDOW_MS + 1000],
      ['ali', 1, T0 + WINDOW_MS + 1000],
    ]);
  });
});
