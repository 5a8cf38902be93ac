import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../migrations/index';
import { connect, type Connection } from '../../src-main/db/connect';
import { migrateToLatest } from '../../src-main/db/migrate';

let dir: string;
let conn: Connection | null = null;
afterEach(async () => {
  await conn?.db.destroy();
  conn = null;
  rmSync(dir, { recursive: true, force: true });
});

const tables = async (c: Connection) =>
  (
    await sql<{
      name: string;
    }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'kysely_%' AND name NOT LIKE 'sqlite_%' ORDER BY name`.execute(
      c.db,
    )
  ).rows.map((r) => r.name);

const addUser = (c: Connection) =>
  c.db
    .insertInto('users')
    .values({
      username: 'admin',
      username_key: 'admin',
      password_hash: 'x',
      role: 'admin',
      first_name: 'A',
      created_at: 1,
      updated_at: 1,
    })
    .execute();

describe('migrations', () => {
  it('0001 creates the foundation tables on a fresh file, in WAL mode with foreign keys, without a backup', async () => {
    dir = mkdtempSync(join(tmpdir(), 'crm-mig-'));
    conn = connect(join(dir, 'crm.sqlite'));
    const report = await migrateToLatest(conn, join(dir, 'backups'), 0, { '0001-init': migrations['0001-init'] });
    expect(report).toEqual({ applied: ['0001-init'], backupFile: null });
    expect(await tables(conn)).toEqual(['absences', 'sessions', 'settings', 'users']);
    expect(conn.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(conn.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    await addUser(conn);
    await expect(
      conn.db.insertInto('sessions').values({ token_hash: 'h', user_id: 999, created_at: 0, expires_at: 1 }).execute(),
    ).rejects.toThrow(/FOREIGN KEY/);
    await expect(
      conn.db
        .insertInto('users')
        .values({
          username: 'ADMIN',
          username_key: 'admin',
          password_hash: 'x',
          role: 'admin',
          first_name: 'B',
          created_at: 1,
          updated_at: 1,
        })
        .execute(),
    ).rejects.toThrow(/UNIQUE/);
  });

  it('backs the file up before upgrading a database that holds data, and keeps it when an upgrade fails', async () => {
    dir = mkdtempSync(join(tmpdir(), 'crm-mig-'));
    conn = connect(join(dir, 'crm.sqlite'));
    await migrateToLatest(conn, join(dir, 'backups'), 0, { '0001-init': migrations['0001-init'] });
    await addUser(conn);

    const broken = {
      up: async (db: Kysely<unknown>) => {
        await sql`CREATE TABLE broken (`.execute(db);
      },
    };
    await expect(
      migrateToLatest(conn, join(dir, 'backups'), Date.parse('2026-11-26T06:00:00Z'), {
        '0001-init': migrations['0001-init'],
        '9999-broken': broken,
      }),
    ).rejects.toThrow(/9999-broken failed; the database before it is in .*before-9999-broken\.sqlite/);
    const [backup] = readdirSync(join(dir, 'backups'));
    expect(backup).toBe('crm-2026-11-26T06-00-00-000Z-before-9999-broken.sqlite');

    const copy = connect(join(dir, 'backups', backup));
    expect(await copy.db.selectFrom('users').select('username').execute()).toEqual([{ username: 'admin' }]);
    await copy.db.destroy();
    expect(await conn.db.selectFrom('users').select('username').execute()).toEqual([{ username: 'admin' }]);
    expect(existsSync(join(dir, 'crm.sqlite'))).toBe(true);
  });
});
