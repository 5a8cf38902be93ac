import { readdirSync } from 'node:fs';
import { Migrator, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src-main/db/migrate';
import { upTo, useMigrationDb } from '../helpers/migration-db';

const BEFORE = upTo('0004-outbox');
const WITH = upTo('0005-login-throttle');
const OLD_TABLES = [
  'users',
  'sessions',
  'settings',
  'absences',
  'courses',
  'leads',
  'lead_counts',
  'lead_phones',
  'lead_search',
  'activities',
  'followups',
  'rooms',
  'groups',
  'offers',
  'trials',
  'outbox',
];

const m = useMigrationDb();
const { tables, columns, indexes, foreignKeys, snapshot } = m;

const { plan } = m;

/** A 0004 database in use: an admin with a first-release password hash, a session and an in-app notice. */
async function seed0004() {
  await migrateToLatest(m.conn, m.backups, 0, BEFORE);
  const { db } = m.conn;
  const admin = await db
    .insertInto('users')
    .values({
      username: 'Admin',
      username_key: 'admin',
      password_hash: 'scrypt$16384$8$1$c2FsdHNhbHRzYWx0c2FsdA==$a2V5',
      role: 'admin',
      first_name: 'Aziza',
      created_at: 1000,
      updated_at: 1000,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('sessions')
    .values({ token_hash: 'tok-1', user_id: admin.id, created_at: 1000, expires_at: 9_000_000 })
    .execute();
  await db.insertInto('settings').values({ key: 'centre.name', value: '"Bright English"' }).execute();
  await db
    .insertInto('outbox')
    .values({
      recipient_id: admin.id,
      channel: 'in_app',
      text_key: 'notify.leadUnassigned',
      dedupe_key: 'x:1:in_app',
      created_at: 2000,
    })
    .execute();
  return { admin: admin.id };
}

const failure = (ip: string, usernameKey: string, failures = 1, at = 5000) =>
  m.conn.db
    .insertInto('login_throttle')
    .values({ ip, username_key: usernameKey, failures, first_failure_at: at })
    .execute();

describe('0005-login-throttle', () => {
  it('upgrades a 0004 database in use: backup first, nothing existing changed, the throttle table exactly as designed', async () => {
    await seed0004();
    const before = snapshot(OLD_TABLES);
    expect(before.outbox).toHaveLength(1);

    const report = await migrateToLatest(m.conn, m.backups, Date.parse('2026-11-26T06:00:00Z'), WITH);
    expect(report.applied).toEqual(['0005-login-throttle']);
    expect(readdirSync(m.backups)).toEqual(['crm-2026-11-26T06-00-00-000Z-before-0005-login-throttle.sqlite']);
    expect(snapshot(OLD_TABLES)).toEqual(before);
    expect(tables()).toEqual([...OLD_TABLES, 'login_throttle'].sort());

    expect(columns('login_throttle')).toEqual([
      'ip text pk notnull',
      'username_key text pk notnull',
      'failures integer notnull',
      'first_failure_at integer notnull',
      'locked_until integer notnull default 0',
    ]);
    expect(indexes('login_throttle')).toEqual({
      login_throttle_first: 'first_failure_at',
      sqlite_autoindex_login_throttle_1: 'ip,username_key unique',
    });
    expect(foreignKeys('login_throttle')).toEqual([]);
    // Keyed by its primary key alone (no hidden rowid): a row is its address, username and three integers.
    expect(m.conn.sqlite.prepare(`SELECT sql FROM sqlite_master WHERE name = 'login_throttle'`).pluck().get()).toMatch(
      /without rowid$/i,
    );

    // The login check reads by primary key; the prune on every failure reads by the age index.
    expect(
      plan(`SELECT max(locked_until) FROM login_throttle WHERE ip = '10.0.0.1' AND username_key IN ('', 'admin')`),
    ).toMatch(/USING PRIMARY KEY/);
    expect(plan(`DELETE FROM login_throttle WHERE first_failure_at <= 100 AND locked_until <= 200`)).toMatch(
      /USING INDEX login_throttle_first/,
    );
  });

  it('holds one row per (address, username) with its defaults, and refuses incomplete ones', async () => {
    await seed0004();
    await migrateToLatest(m.conn, m.backups, 1, WITH);
    const { db } = m.conn;
    await failure('10.0.0.1', '');
    await failure('10.0.0.1', 'admin');
    await failure('10.0.0.2', 'admin');
    expect(await db.selectFrom('login_throttle').selectAll().orderBy('ip').orderBy('username_key').execute()).toEqual([
      { ip: '10.0.0.1', username_key: '', failures: 1, first_failure_at: 5000, locked_until: 0 },
      { ip: '10.0.0.1', username_key: 'admin', failures: 1, first_failure_at: 5000, locked_until: 0 },
      { ip: '10.0.0.2', username_key: 'admin', failures: 1, first_failure_at: 5000, locked_until: 0 },
    ]);
    await expect(failure('10.0.0.1', 'admin', 2)).rejects.toThrow(
      /UNIQUE constraint failed: login_throttle\.ip, login_throttle\.username_key/,
    );
    await expect(
      sql`INSERT INTO login_throttle (ip, username_key, failures) VALUES ('10.0.0.3', 'x', 1)`.execute(db),
    ).rejects.toThrow(/NOT NULL constraint failed: login_throttle\.first_failure_at/);
    await expect(
      sql`INSERT INTO login_throttle (ip, failures, first_failure_at) VALUES ('10.0.0.3', 1, 1)`.execute(db),
    ).rejects.toThrow(/NOT NULL constraint failed: login_throttle\.username_key/);
    await expect(
      sql`INSERT INTO login_throttle (ip, username_key, failures, first_failure_at) VALUES (NULL, 'x', 1, 1)`.execute(
        db,
      ),
    ).rejects.toThrow(/NOT NULL constraint failed: login_throttle\.ip/);
  });

  it('can be rolled back and re-applied: down drops only the throttle table, up brings it back empty', async () => {
    await seed0004();
    await migrateToLatest(m.conn, m.backups, 1, WITH);
    await failure('10.0.0.1', 'admin', 5);
    const kept = snapshot(OLD_TABLES);

    const migrator = new Migrator({ db: m.conn.db, provider: { getMigrations: async () => WITH } });
    const down = await migrator.migrateDown();
    expect(down.error).toBeUndefined();
    expect(down.results).toEqual([{ migrationName: '0005-login-throttle', direction: 'Down', status: 'Success' }]);
    expect(tables()).not.toContain('login_throttle');
    expect(m.conn.sqlite.prepare(`SELECT name FROM sqlite_master WHERE name = 'login_throttle_first'`).all()).toEqual(
      [],
    );
    expect(snapshot(OLD_TABLES)).toEqual(kept);

    const again = await migrateToLatest(m.conn, m.backups, 2, WITH);
    expect(again.applied).toEqual(['0005-login-throttle']);
    expect(await m.conn.db.selectFrom('login_throttle').selectAll().execute()).toEqual([]);
    expect(snapshot(OLD_TABLES)).toEqual(kept);
    await failure('10.0.0.1', 'admin', 5);
    expect(await m.conn.db.selectFrom('login_throttle').select('failures').execute()).toEqual([{ failures: 5 }]);
  });
});
