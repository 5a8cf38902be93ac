import { readdirSync } from 'node:fs';
import { Migrator, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src-main/db/migrate';
import { upTo, useMigrationDb } from '../helpers/migration-db';

const BEFORE = upTo('0003-catalog-trials');
const WITH = upTo('0004-outbox');
const OLD_TABLES = [
  'users',
  'sessions',
  'settings',
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
];

const m = useMigrationDb();
const { tables, columns, indexes, foreignKeys, snapshot } = m;

/** Which index SQLite picks for a query, from EXPLAIN QUERY PLAN. */
const { plan } = m;

/** A 0003 database in use: users with a session, a lead with a booked trial in a group. */
async function seed0003() {
  await migrateToLatest(m.conn, m.backups, 0, BEFORE);
  const { db } = m.conn;
  const user = (username: string, role: 'admin' | 'manager' | 'seller') =>
    db
      .insertInto('users')
      .values({
        username,
        username_key: username.toLowerCase(),
        password_hash: 'scrypt$x',
        role,
        first_name: username,
        created_at: 1000,
        updated_at: 1000,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  const admin = await user('Admin', 'admin');
  const manager = await user('Sardor', 'manager');
  const seller = await user('Dilnoza', 'seller');
  await db
    .insertInto('sessions')
    .values({ token_hash: 'tok-1', user_id: seller.id, created_at: 1000, expires_at: 9_000_000 })
    .execute();
  await db.insertInto('settings').values({ key: 'centre.name', value: '"Bright English"' }).execute();
  const course = await db
    .insertInto('courses')
    .values({ name: 'General English', created_at: 1000 })
    .returning('id')
    .executeTakeFirstOrThrow();
  const lead = await db
    .insertInto('leads')
    .values({
      name: 'Aziz Karimov',
      phone: '+998901234567',
      phone_rev: '765432109899+',
      source: 'telegram',
      course_id: course.id,
      status: 'trial_registered',
      seller_id: seller.id,
      created_by: admin.id,
      created_at: 2000,
      status_changed_at: 2500,
      updated_at: 2500,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const room = await db
    .insertInto('rooms')
    .values({ name: 'Room 2', capacity: 10, created_at: 1000 })
    .returning('id')
    .executeTakeFirstOrThrow();
  const group = await db
    .insertInto('groups')
    .values({
      name: 'GE-morning',
      course_id: course.id,
      room_id: room.id,
      days: 'odd',
      time: '09:00',
      capacity: 10,
      created_at: 1000,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('trials')
    .values({
      lead_id: lead.id,
      group_id: group.id,
      date: '2026-11-27',
      time: '09:00',
      created_by: seller.id,
      created_at: 2500,
    })
    .execute();
  return { admin: admin.id, manager: manager.id, seller: seller.id, lead: lead.id };
}

/** A notice written the way NotifyService writes an in-app one. */
const notice = (recipient: number, dedupe: string, leadId: number | null, at: number) =>
  m.conn.db
    .insertInto('outbox')
    .values({
      recipient_id: recipient,
      channel: 'in_app',
      text_key: 'notify.leadAssigned',
      params: JSON.stringify({ name: 'Aziz Karimov' }),
      lead_id: leadId,
      dedupe_key: `${dedupe}:${recipient}:in_app`,
      sent_at: at,
      created_at: at,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing());

describe('0004-outbox', () => {
  it('upgrades a 0003 database in use: backup first, nothing existing changed, the outbox exactly as designed', async () => {
    await seed0003();
    const before = snapshot(OLD_TABLES);
    expect(before.trials).toHaveLength(1);

    const report = await migrateToLatest(m.conn, m.backups, Date.parse('2026-11-26T06:00:00Z'), WITH);
    expect(report.applied).toEqual(['0004-outbox']);
    expect(readdirSync(m.backups)).toEqual(['crm-2026-11-26T06-00-00-000Z-before-0004-outbox.sqlite']);
    expect(snapshot(OLD_TABLES)).toEqual(before);
    expect(tables()).toEqual([
      'absences',
      'activities',
      'courses',
      'followups',
      'groups',
      'lead_counts',
      'lead_phones',
      'lead_search',
      'leads',
      'offers',
      'outbox',
      'rooms',
      'sessions',
      'settings',
      'trials',
      'users',
    ]);

    expect(columns('outbox')).toEqual([
      'id integer pk',
      'recipient_id integer notnull',
      'channel text notnull',
      'text_key text notnull',
      "params text notnull default '{}'",
      'lead_id integer',
      'dedupe_key text notnull',
      'attempts integer notnull default 0',
      'next_attempt_at integer',
      'sent_at integer',
      'read_at integer',
      'created_at integer notnull',
    ]);
    expect(indexes('outbox')).toEqual({
      outbox_recipient: 'recipient_id,channel,read_at',
      outbox_pending: 'channel,sent_at,next_attempt_at',
      sqlite_autoindex_outbox_1: 'dedupe_key unique',
    });
    expect(foreignKeys('outbox')).toEqual([
      'lead_id -> leads.id on delete SET NULL',
      'recipient_id -> users.id on delete NO ACTION',
    ]);
    expect(m.conn.sqlite.pragma('foreign_key_check')).toEqual([]);

    // The bell badge and the Telegram sender's queue read through the new indexes, not a table scan.
    expect(
      plan(`SELECT count(*) FROM outbox WHERE recipient_id = 1 AND channel = 'in_app' AND read_at IS NULL`),
    ).toMatch(/USING (COVERING )?INDEX outbox_recipient/);
    expect(
      plan(`SELECT id FROM outbox WHERE channel = 'telegram' AND sent_at IS NULL AND next_attempt_at <= 5000`),
    ).toMatch(/USING (COVERING )?INDEX outbox_pending/);
  });

  it('stores notices with their defaults, writes each one once per dedupe key, and enforces its references', async () => {
    const s = await seed0003();
    await migrateToLatest(m.conn, m.backups, 1, WITH);
    const { db } = m.conn;

    // Minimal row: every default the sender relies on.
    await db
      .insertInto('outbox')
      .values({
        recipient_id: s.seller,
        channel: 'telegram',
        text_key: 'notify.trialTomorrow',
        dedupe_key: 'trial-1:tomorrow:seller:telegram',
        created_at: 3000,
      })
      .execute();
    expect(
      await db
        .selectFrom('outbox')
        .select(['params', 'lead_id', 'attempts', 'next_attempt_at', 'sent_at', 'read_at'])
        .execute(),
    ).toEqual([{ params: '{}', lead_id: null, attempts: 0, next_attempt_at: null, sent_at: null, read_at: null }]);

    // The same event told twice to the same person stays one row (the first one); other recipients get their own.
    await notice(s.seller, `lead-${s.lead}:assigned`, s.lead, 4000).execute();
    await notice(s.seller, `lead-${s.lead}:assigned`, s.lead, 4100).execute();
    await notice(s.manager, `lead-${s.lead}:assigned`, s.lead, 4100).execute();
    expect(
      await db
        .selectFrom('outbox')
        .select(['recipient_id', 'dedupe_key', 'created_at'])
        .where('channel', '=', 'in_app')
        .orderBy('id')
        .execute(),
    ).toEqual([
      { recipient_id: s.seller, dedupe_key: `lead-${s.lead}:assigned:${s.seller}:in_app`, created_at: 4000 },
      { recipient_id: s.manager, dedupe_key: `lead-${s.lead}:assigned:${s.manager}:in_app`, created_at: 4100 },
    ]);
    await expect(
      db
        .insertInto('outbox')
        .values({
          recipient_id: s.admin,
          channel: 'in_app',
          text_key: 'x',
          dedupe_key: `lead-${s.lead}:assigned:${s.seller}:in_app`,
          created_at: 1,
        })
        .execute(),
    ).rejects.toThrow(/UNIQUE constraint failed: outbox\.dedupe_key/);

    // References and required columns.
    await expect(
      db
        .insertInto('outbox')
        .values({ recipient_id: 999, channel: 'in_app', text_key: 'x', dedupe_key: 'k1', created_at: 1 })
        .execute(),
    ).rejects.toThrow(/FOREIGN KEY/);
    await expect(
      db
        .insertInto('outbox')
        .values({
          recipient_id: s.admin,
          channel: 'in_app',
          text_key: 'x',
          lead_id: 999,
          dedupe_key: 'k2',
          created_at: 1,
        })
        .execute(),
    ).rejects.toThrow(/FOREIGN KEY/);
    await expect(
      sql`INSERT INTO outbox (recipient_id, channel, text_key, created_at) VALUES (${s.admin}, 'in_app', 'x', 1)`.execute(
        db,
      ),
    ).rejects.toThrow(/NOT NULL constraint failed: outbox\.dedupe_key/);
    await expect(
      sql`INSERT INTO outbox (recipient_id, channel, dedupe_key, created_at) VALUES (${s.admin}, 'in_app', 'k3', 1)`.execute(
        db,
      ),
    ).rejects.toThrow(/NOT NULL constraint failed: outbox\.text_key/);
    await expect(
      sql`INSERT INTO outbox (recipient_id, channel, text_key, dedupe_key, params, created_at) VALUES (${s.admin}, 'in_app', 'x', 'k4', NULL, 1)`.execute(
        db,
      ),
    ).rejects.toThrow(/NOT NULL constraint failed: outbox\.params/);

    // A user with notices cannot be deleted; deleting a lead keeps its notices, unlinked.
    await expect(db.deleteFrom('users').where('id', '=', s.manager).execute()).rejects.toThrow(/FOREIGN KEY/);
    await db.deleteFrom('leads').where('id', '=', s.lead).execute();
    expect(
      await db.selectFrom('outbox').select(['recipient_id', 'lead_id', 'text_key']).orderBy('id').execute(),
    ).toEqual([
      { recipient_id: s.seller, lead_id: null, text_key: 'notify.trialTomorrow' },
      { recipient_id: s.seller, lead_id: null, text_key: 'notify.leadAssigned' },
      { recipient_id: s.manager, lead_id: null, text_key: 'notify.leadAssigned' },
    ]);
    expect(await db.selectFrom('trials').selectAll().execute()).toEqual([]);
    expect(m.conn.sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('can be rolled back and re-applied: down drops only the outbox, up brings it back empty with the dedupe key enforced', async () => {
    const s = await seed0003();
    await migrateToLatest(m.conn, m.backups, 1, WITH);
    await notice(s.seller, 'lead-1:assigned', s.lead, 4000).execute();
    const kept = snapshot(OLD_TABLES);

    const migrator = new Migrator({ db: m.conn.db, provider: { getMigrations: async () => WITH } });
    const down = await migrator.migrateDown();
    expect(down.error).toBeUndefined();
    expect(down.results).toEqual([{ migrationName: '0004-outbox', direction: 'Down', status: 'Success' }]);
    expect(tables()).not.toContain('outbox');
    expect(
      m.conn.sqlite
        .prepare(`SELECT name FROM sqlite_master WHERE name IN ('outbox_recipient', 'outbox_pending')`)
        .all(),
    ).toEqual([]);
    expect(snapshot(OLD_TABLES)).toEqual(kept);
    expect((await migrator.getMigrations()).map((m) => [m.name, Boolean(m.executedAt)])).toEqual([
      ['0001-init', true],
      ['0002-leads', true],
      ['0003-catalog-trials', true],
      ['0004-outbox', false],
    ]);

    const again = await migrateToLatest(m.conn, m.backups, 2, WITH);
    expect(again.applied).toEqual(['0004-outbox']);
    expect(await m.conn.db.selectFrom('outbox').selectAll().execute()).toEqual([]);
    expect(snapshot(OLD_TABLES)).toEqual(kept);
    expect(indexes('outbox')).toEqual({
      outbox_recipient: 'recipient_id,channel,read_at',
      outbox_pending: 'channel,sent_at,next_attempt_at',
      sqlite_autoindex_outbox_1: 'dedupe_key unique',
    });
    await notice(s.seller, 'lead-1:assigned', s.lead, 5000).execute();
    await expect(
      m.conn.db
        .insertInto('outbox')
        .values({
          recipient_id: s.seller,
          channel: 'in_app',
          text_key: 'x',
          dedupe_key: `lead-1:assigned:${s.seller}:in_app`,
          created_at: 1,
        })
        .execute(),
    ).rejects.toThrow(/UNIQUE constraint failed: outbox\.dedupe_key/);
  });
});
