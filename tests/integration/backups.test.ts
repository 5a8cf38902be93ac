import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../src-shared/contract/events';
import { planRetention } from '../../src-shared/domain/backup-retention';
import { createTestCore, type TestCore } from '../helpers/core';
import { generateLeads } from '../helpers/generate';
import { tashkent } from '../helpers/time';

let t: TestCore;
afterEach(() => t?.close());

const DAY = 86_400_000;
const folderOf = (tc: TestCore) => join(tc.dataDir, 'backups');
const open = (file: string) => new BetterSqlite3(file, { readonly: true, fileMustExist: true });
const countLeads = (file: string) => {
  const db = open(file);
  try {
    return db.prepare('SELECT count(*) FROM leads').pluck().get() as number;
  } finally {
    db.close();
  }
};
const integrity = (file: string) => {
  const db = open(file);
  try {
    return db.pragma('integrity_check', { simple: true });
  } finally {
    db.close();
  }
};
const sha = (file: string) => createHash('sha1').update(readFileSync(file)).digest('hex');
const newLead = (name: string, phone: string) => t.call('leads.create', { name, phone }, t.adminToken);

describe('backups.create', () => {
  it('is a sound database holding the data of its moment, while writes go on', async () => {
    t = await createTestCore('2026-11-27T06:00:00Z');
    // Big enough that the online backup takes many steps (100 pages each) with writes between them.
    generateLeads(t.core.sqlite, { leads: 3000, sellerIds: [1], createdBy: 1, courseIds: [], now: t.clock.now() });
    const before = countLeads(t.core.dbFile);
    const backup = t.call('backups.create', {}, t.adminToken);
    const writes = Promise.all(
      Array.from({ length: 10 }, (_, i) => newLead(`Yozuv ${i}`, `+9989012300${String(i).padStart(2, '0')}`)),
    );
    const [item] = await Promise.all([backup, writes]);
    expect(item).toMatchObject({ kind: 'manual', createdAt: t.clock.now() });
    expect(item.name).toMatch(/^crm-2026-11-27T06-00-00-000Z-manual\.sqlite$/);
    const file = join(folderOf(t), item.name);
    expect(integrity(file)).toBe('ok');
    const inBackup = countLeads(file);
    expect(inBackup).toBeGreaterThanOrEqual(before);
    expect(inBackup).toBeLessThanOrEqual(before + 10);
    expect(item.sizeBytes).toBe(readFileSync(file).length);
    // One file, no WAL beside it: it can be copied to a USB drive as it is.
    expect(readdirSync(folderOf(t)).filter((f) => f.includes(item.name))).toEqual([item.name]);
    const { items } = await t.call('backups.list', {}, t.adminToken);
    expect(items).toEqual([item]);
  });

  it('two in the same millisecond get two names; admin only; a failure tells the admins', async () => {
    t = await createTestCore('2026-11-27T06:00:00Z');
    const a = await t.call('backups.create', {}, t.adminToken);
    const b = await t.call('backups.create', {}, t.adminToken);
    expect(b.name).toBe(a.name.replace('.sqlite', '-2.sqlite'));
    const seller = await t.addUser('seller', 'seller_a');
    const manager = await t.addUser('manager', 'manager_a');
    for (const token of [seller.token, manager.token]) {
      expect((await t.fail('backups.create', {}, token)).code).toBe('FORBIDDEN');
      expect((await t.fail('backups.list', {}, token)).code).toBe('FORBIDDEN');
    }
    // The folder becomes a file: the backup cannot be written.
    const broken = join(t.dataDir, 'usb');
    mkdirSync(broken);
    await t.call('backups.setFolder', { folder: broken }, t.adminToken);
    rmSync(broken, { recursive: true });
    writeFileSync(broken, 'not a folder');
    const err = await t.fail('backups.create', {}, t.adminToken);
    expect(err).toMatchObject({ code: 'UNAVAILABLE', details: { key: 'backups.failed' } });
    const bell = await t.call('notifications.list', {}, t.adminToken);
    expect(bell.items[0]).toMatchObject({ key: 'backups.failedNotice' });
  });

  it('accepts only names of the list: no paths, no ../', async () => {
    t = await createTestCore('2026-11-27T06:00:00Z');
    const item = await t.call('backups.create', {}, t.adminToken);
    for (const name of ['../crm.sqlite', `../backups/${item.name}`, '/etc/passwd', 'crm.sqlite', `..\\${item.name}`]) {
      for (const method of ['backups.restore', 'backups.delete', 'backups.download'] as const) {
        const e = await t.fail(method, { name }, t.adminToken);
        expect(e.code, `${method} ${name}`).toBe('VALIDATION');
      }
    }
    const unknown = item.name.replace('06-00-00', '07-00-00');
    expect((await t.fail('backups.restore', { name: unknown }, t.adminToken)).code).toBe('NOT_FOUND');
    expect(await t.call('backups.download', { name: item.name }, t.adminToken)).toEqual({
      fileName: item.name,
      sizeBytes: item.sizeBytes,
    });
    await t.call('backups.delete', { name: item.name }, t.adminToken);
    expect((await t.call('backups.list', {}, t.adminToken)).items).toEqual([]);
  });
});

describe('backups.restore', () => {
  it('brings the backup back, keeps a pre-restore copy, signs everyone out and can be undone', async () => {
    t = await createTestCore('2026-11-27T06:00:00Z');
    await newLead('Aziz Karimov', '+998901111111');
    const backup = await t.call('backups.create', {}, t.adminToken);
    t.clock.set(t.clock.now() + 3600_000);
    await newLead('Keyin qo‘shilgan', '+998902222222');
    const events: AppEvent[] = [];
    t.core.events.subscribe((e) => events.push(e));

    const { preRestore } = await t.call('backups.restore', { name: backup.name }, t.adminToken);
    expect(preRestore).toMatchObject({ kind: 'pre-restore', createdAt: t.clock.now() });
    expect(events.map((e) => e.type)).toContain('system.restored');
    // Every session ended with the old file.
    expect((await t.fail('leads.list', {}, t.adminToken)).code).toBe('UNAUTHENTICATED');
    const token = await t.login('admin', 'Admin#2026');
    const names = async () => (await t.call('leads.list', {}, token)).items.map((l) => l.name);
    expect(await names()).toEqual(['Aziz Karimov']);
    expect(countLeads(join(folderOf(t), preRestore.name))).toBe(2);
    expect(existsSync(`${t.core.dbFile}.restoring`)).toBe(false);

    // Undo: restore the pre-restore copy.
    await t.call('backups.restore', { name: preRestore.name }, token);
    const again = await t.login('admin', 'Admin#2026');
    expect((await t.call('leads.list', {}, again)).items.map((l) => l.name).sort()).toEqual([
      'Aziz Karimov',
      'Keyin qo‘shilgan',
    ]);
    // Writes work on the restored file, and it survives a restart.
    await t.call('leads.create', { name: 'Yangi', phone: '+998903333333' }, again);
    await t.restart();
    expect(countLeads(t.core.dbFile)).toBe(3);
  });

  it('refuses a damaged backup and leaves the live database as it was', async () => {
    t = await createTestCore('2026-11-27T06:00:00Z');
    await newLead('Aziz', '+998901111111');
    const item = await t.call('backups.create', {}, t.adminToken);
    writeFileSync(join(folderOf(t), item.name), 'garbage'.repeat(1000));
    const e = await t.fail('backups.restore', { name: item.name }, t.adminToken);
    expect(e).toMatchObject({ code: 'RULE', details: { key: 'backups.unsound' } });
    expect((await t.call('leads.list', {}, t.adminToken)).items).toHaveLength(1);
  });
});

describe('a restore that cannot be upgraded', () => {
  it('puts the current database back and says why; the app goes on as it was', async () => {
    t = await createTestCore('2026-11-27T06:00:00Z');
    await newLead('Aziz', '+998901111111');
    const item = await t.call('backups.create', {}, t.adminToken);
    // A backup from a newer version of the app: a migration this one does not know.
    const db = new BetterSqlite3(join(folderOf(t), item.name));
    db.prepare("INSERT INTO kysely_migration (name, timestamp) VALUES ('9999-from-the-future', '2030')").run();
    db.close();
    await newLead('Keyin', '+998902222222');
    const e = await t.fail('backups.restore', { name: item.name }, t.adminToken);
    expect(e).toMatchObject({ code: 'RULE', details: { key: 'backups.unsound' } });
    expect((await t.call('leads.list', {}, t.adminToken)).items).toHaveLength(2);
    await newLead('Yana', '+998903333333');
    expect(integrity(t.core.dbFile)).toBe('ok');
  });
});

describe('automatic backups', () => {
  it('follow the retention rule exactly over 60 simulated days, day by day', async () => {
    t = await createTestCore('2026-11-01T21:00:00Z'); // 02:00 Tashkent, Monday 2 November
    const manual = await t.call('backups.create', {}, t.adminToken);
    const expected: Array<{ name: string; createdAt: number }> = [];
    for (let d = 0; d < 60; d++) {
      await t.setClock(Date.parse('2026-11-01T21:00:00Z') + d * DAY + 5 * 60_000); // 02:05 each day
      expected.push({ name: `d${d}`, createdAt: t.clock.now() });
      // Twice more in the day: nothing new (one automatic backup a day).
      await t.setClock(t.clock.now() + 6 * 3600_000);
      await t.setClock(t.clock.now() + 6 * 3600_000);
      const plan = planRetention(expected, 'Asia/Tashkent');
      const want = expected
        .filter((b) => plan.get(b.name))
        .map((b) => ({ createdAt: b.createdAt, kind: plan.get(b.name) }))
        .reverse();
      const { items } = await t.call('backups.list', {}, t.adminToken);
      const auto = items.filter((b) => b.kind !== 'manual').map((b) => ({ createdAt: b.createdAt, kind: b.kind }));
      expect(auto, `day ${d}`).toEqual(want);
      expect(items.filter((b) => b.kind === 'manual')).toEqual([manual]);
    }
    const { items } = await t.call('backups.list', {}, t.adminToken);
    expect(items.filter((b) => b.kind === 'daily').map((b) => b.createdAt)).toEqual(
      Array.from({ length: 7 }, (_, i) => tashkent(`2026-12-${String(31 - i).padStart(2, '0')}T02:05`)),
    );
    expect(items.filter((b) => b.kind === 'weekly')).toHaveLength(4);
    expect(items.filter((b) => b.kind === 'monthly').map((b) => b.createdAt)).toEqual([tashkent('2026-11-29T02:05')]);
  }, 120_000);

  it('a backup killed half-way leaves no listed file; the leftover is removed at the next start', async () => {
    t = await createTestCore('2026-11-27T06:00:00Z');
    await t.call('backups.create', {}, t.adminToken);
    writeFileSync(join(folderOf(t), '.tmp-crm-2026-11-27T07-00-00-000Z-daily.sqlite'), 'half');
    expect((await t.call('backups.list', {}, t.adminToken)).items).toHaveLength(1);
    await t.restart();
    expect(readdirSync(folderOf(t)).filter((f) => f.startsWith('.tmp-'))).toEqual([]);
  });

  it('pre-migration copies appear in the list', async () => {
    t = await createTestCore('2026-11-27T06:00:00Z');
    mkdirSync(folderOf(t), { recursive: true });
    const legacy = join(folderOf(t), 'crm-2026-11-20T06-00-00-000Z-before-0009-telegram.sqlite');
    writeFileSync(legacy, readFileSync(t.core.dbFile));
    const { items } = await t.call('backups.list', {}, t.adminToken);
    expect(items.map((b) => [b.kind, b.createdAt])).toEqual([['pre-migration', Date.parse('2026-11-20T06:00:00Z')]]);
    expect(sha(legacy)).toBe(sha(legacy));
  });
});

describe('the backup folder', () => {
  it('moves to another absolute, writable folder; refuses anything else; null is the default again', async () => {
    t = await createTestCore('2026-11-27T06:00:00Z');
    const usb = join(t.dataDir, 'usb-drive');
    const s = await t.call('backups.setFolder', { folder: usb }, t.adminToken);
    expect(s).toMatchObject({ folder: usb, defaultFolder: folderOf(t), networkShare: false, writable: true });
    const item = await t.call('backups.create', {}, t.adminToken);
    expect(existsSync(join(usb, item.name))).toBe(true);
    for (const folder of ['relative/dir', 'D:Zaxira', '']) {
      const e = await t.fail('backups.setFolder', { folder }, t.adminToken);
      expect(e.code, folder).toBe('VALIDATION');
      expect(e.details.fields?.[0].path).toBe('folder');
    }
    expect((await t.call('backups.setFolder', { folder: null }, t.adminToken)).folder).toBe(folderOf(t));
    // The choice lives beside the database, not in it: a restart (or a restore) keeps it.
    await t.call('backups.setFolder', { folder: usb }, t.adminToken);
    await t.restart();
    expect((await t.call('backups.settings', {}, t.adminToken)).folder).toBe(usb);
  });
});
