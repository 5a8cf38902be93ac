import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, truncateSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../src-main/core';
import { listBackups } from '../../src-main/db/backup-files';
import { DamagedDatabaseError } from '../../src-main/db/soundness';
import { silentLogger } from '../../src-main/logger';
import { createRecoveryDispatch } from '../../src-main/recovery/recovery';
import { createRecoveryServer } from '../../src-main/transports/http/recovery-server';
import { isAppError } from '../../src-shared/contract/errors';
import { createTestCore, type TestCore } from '../helpers/core';
import { generateLeads } from '../helpers/generate';

let t: TestCore;
afterEach(() => t?.close());

const sha = (file: string) => createHash('sha1').update(readFileSync(file)).digest('hex');
const backupsDir = () => join(t.dataDir, 'backups');

/** A centre with a backup of 1 lead, then a second lead, then the app closed. */
async function centreWithBackup() {
  t = await createTestCore('2026-11-27T06:00:00Z');
  await t.call('leads.create', { name: 'Zaxirada bor', phone: '+998901111111' }, t.adminToken);
  const backup = await t.call('backups.create', {}, t.adminToken);
  await t.call('leads.create', { name: 'Keyin', phone: '+998902222222' }, t.adminToken);
  await t.core.close();
  return backup;
}

const boot = () => createCore({ dataDir: t.dataDir, clock: t.clock, log: silentLogger, schedulerTimers: false });

describe('start-up on a damaged database', () => {
  it.each([
    ['a garbage file', (file: string) => writeFileSync(file, Buffer.alloc(64 * 1024, 'garbage! '))],
    ['a truncated file', (file: string) => truncateSync(file, Math.floor(statSync(file).size / 2))],
  ])(
    '%s: no crash, no overwrite; recovery mode restores the newest sound backup',
    async (_, damage) => {
      const backup = await centreWithBackup();
      const dbFile = join(t.dataDir, 'crm.sqlite');
      // Make the file big enough that half of it cuts real pages.
      const db = new BetterSqlite3(dbFile);
      generateLeads(db, { leads: 500, sellerIds: [1], createdBy: 1, courseIds: [], now: t.clock.now() });
      db.pragma('journal_mode = DELETE');
      db.close();
      damage(dbFile);
      const damaged = sha(dbFile);

      const err = await boot().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DamagedDatabaseError);
      expect(sha(dbFile)).toBe(damaged);
      expect(readdirSync(t.dataDir).filter((f) => f.startsWith('crm.sqlite'))).toEqual(['crm.sqlite']);

      let restarted = false;
      const recovery = createRecoveryDispatch(
        { dataDir: t.dataDir, dbFile, reason: (err as DamagedDatabaseError).reason },
        t.clock,
        () => (restarted = true),
      );
      expect(await recovery('backups.recovery', {}, { token: null, clientIp: '192.168.1.20' })).toMatchObject({
        damaged: true,
        newest: { name: backup.name, kind: 'manual' },
        canRestore: false,
      });
      const refused = await recovery('auth.setupStatus', {}, { token: null }).catch((e: unknown) => e);
      expect(isAppError(refused) && refused.key).toBe('backups.databaseDamaged');
      const lan = await recovery('backups.recoveryRestore', {}, { token: null, clientIp: '192.168.1.20' }).catch(
        (e: unknown) => e,
      );
      expect(isAppError(lan) && lan.code).toBe('FORBIDDEN');
      expect(sha(dbFile)).toBe(damaged);

      expect(await recovery('backups.recoveryRestore', {}, { token: null, clientIp: 'local' })).toMatchObject({
        restored: { name: backup.name },
      });
      await new Promise((r) => setTimeout(r, 80));
      expect(restarted).toBe(true);
      // The damaged file is kept, listed as a pre-restore copy.
      const kept = listBackups(backupsDir()).find((b) => b.kind === 'pre-restore')!;
      expect(sha(join(backupsDir(), kept.name))).toBe(damaged);

      const core = await boot();
      const { token } = (await core.dispatch(
        'auth.login',
        { username: 'admin', password: 'Admin#2026' },
        { token: null },
      )) as {
        token: string;
      };
      const { items } = (await core.dispatch('leads.list', {}, { token })) as { items: Array<{ name: string }> };
      expect(items.map((l) => l.name)).toEqual(['Zaxirada bor']);
      await core.close();
      rmSync(t.dataDir, { recursive: true, force: true });
      t = undefined as unknown as TestCore;
    },
    30_000,
  );

  it('a truncated file with its WAL beside it (a kill -9): both stay exactly as they were', async () => {
    await centreWithBackup();
    const dbFile = join(t.dataDir, 'crm.sqlite');
    const db = new BetterSqlite3(dbFile);
    db.pragma('wal_autocheckpoint = 0');
    generateLeads(db, { leads: 500, sellerIds: [1], createdBy: 1, courseIds: [], now: t.clock.now() });
    const wal = readFileSync(`${dbFile}-wal`);
    db.close(); // checkpoints and removes the WAL: put it back as a killed process leaves it
    writeFileSync(`${dbFile}-wal`, wal);
    truncateSync(dbFile, 8192); // pages the WAL does not hold are gone
    const [main, log] = [sha(dbFile), sha(`${dbFile}-wal`)];
    expect(await boot().catch((e: unknown) => e)).toBeInstanceOf(DamagedDatabaseError);
    expect([sha(dbFile), sha(`${dbFile}-wal`)]).toEqual([main, log]);
  }, 30_000);

  it('a file cut to nothing while backups exist is damaged, not a new install', async () => {
    await centreWithBackup();
    const dbFile = join(t.dataDir, 'crm.sqlite');
    truncateSync(dbFile, 0);
    const err = await boot().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DamagedDatabaseError);
    expect(statSync(dbFile).size).toBe(0);
  });

  it('the headless recovery server serves the recovery answers and nothing else', async () => {
    await centreWithBackup();
    const dbFile = join(t.dataDir, 'crm.sqlite');
    writeFileSync(dbFile, 'not a database at all, not even close'.repeat(100));
    const recovery = createRecoveryDispatch(
      { dataDir: t.dataDir, dbFile, reason: 'file is not a database' },
      t.clock,
      () => {},
    );
    const server = createRecoveryServer(recovery, {});
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const post = (m: string) =>
      fetch(`${base}/api/rpc/${m}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    const setup = await post('auth.setupStatus');
    expect(setup.status).toBe(503);
    expect(((await setup.json()) as { details: { key: string } }).details.key).toBe('backups.databaseDamaged');
    const info = (await (await post('backups.recovery')).json()) as { damaged: boolean; canRestore: boolean };
    expect(info).toMatchObject({ damaged: true, canRestore: true });
    expect((await fetch(`${base}/api/health`)).status).toBe(503);
    server.close();
  });
});

describe('kill -9 during a backup', () => {
  it('leaves the live database and the older backups intact', async () => {
    t = await createTestCore('2026-11-27T06:00:00Z');
    generateLeads(t.core.sqlite, { leads: 15_000, sellerIds: [1], createdBy: 1, courseIds: [], now: t.clock.now() });
    const older = await t.call('backups.create', {}, t.adminToken);
    const olderSha = sha(join(backupsDir(), older.name));
    await t.core.close();

    // One process (node with the tsx loader), so SIGKILL hits the process that writes the backup.
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/backup-child.ts', t.dataDir], {
      stdio: 'ignore',
    });
    const exited = new Promise((r) => child.once('exit', r));
    const deadline = Date.now() + 20_000;
    while (!readdirSync(backupsDir()).some((f) => f.startsWith('.tmp-')) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 2));
    child.kill('SIGKILL');
    await exited;

    expect(readdirSync(backupsDir()).some((f) => f.startsWith('.tmp-'))).toBe(true);
    const live = new BetterSqlite3(join(t.dataDir, 'crm.sqlite'));
    expect(live.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(live.prepare('SELECT count(*) FROM leads').pluck().get()).toBe(15_000);
    live.close();
    expect(sha(join(backupsDir(), older.name))).toBe(olderSha);
    // Backups the child finished before it was killed are whole; the half-written one is not listed.
    for (const b of listBackups(backupsDir())) {
      const db = new BetterSqlite3(join(backupsDir(), b.name), { readonly: true });
      expect(db.pragma('integrity_check', { simple: true }), b.name).toBe('ok');
      db.close();
    }
    await t.restart();
    expect(readdirSync(backupsDir()).some((f) => f.startsWith('.tmp-'))).toBe(false);
    expect(existsSync(join(backupsDir(), older.name))).toBe(true);
  }, 60_000);
});
