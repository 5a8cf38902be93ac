import { readdirSync } from 'node:fs';
import { Migrator, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src-main/db/migrate';
import { upTo, useMigrationDb } from '../helpers/migration-db';

const BEFORE = upTo('0002-leads');
const WITH = upTo('0003-catalog-trials');

const m = useMigrationDb();
const { tables, columns, indexes, foreignKeys, snapshot } = m;

/** A 0002 database as a centre would have it: an admin, a seller, a course and two leads. */
async function seed0002() {
  await migrateToLatest(m.conn, m.backups, 0, BEFORE);
  const { db } = m.conn;
  const user = (username: string, role: 'admin' | 'seller') =>
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
  const seller = await user('Dilnoza', 'seller');
  const course = await db
    .insertInto('courses')
    .values({ name: 'IELTS 7.0', price: 900000, created_at: 1000 })
    .returning('id')
    .executeTakeFirstOrThrow();
  const lead = (name: string, phone: string, sellerId: number | null) =>
    db
      .insertInto('leads')
      .values({
        name,
        phone,
        phone_rev: [...phone].reverse().join(''),
        source: 'instagram',
        course_id: course.id,
        status: sellerId ? 'contacted' : 'new',
        seller_id: sellerId,
        created_by: admin.id,
        created_at: 2000,
        status_changed_at: 2000,
        updated_at: 2000,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  const aziz = await lead('Aziz Karimov', '+998901234567', seller.id);
  const malika = await lead('Malika Yusupova', '+998935554433', null);
  return { admin: admin.id, seller: seller.id, course: course.id, aziz: aziz.id, malika: malika.id };
}

describe('0003-catalog-trials', () => {
  it('upgrades a 0002 database with leads: backup first, nothing existing changed, the four new tables exactly as designed', async () => {
    await seed0002();
    const old = ['users', 'courses', 'leads', 'lead_counts', 'lead_phones', 'lead_search', 'activities', 'followups'];
    const before = snapshot(old);
    expect(before.leads).toHaveLength(2);
    expect(before.lead_counts).toHaveLength(2);

    const report = await migrateToLatest(m.conn, m.backups, Date.parse('2026-11-26T06:00:00Z'), WITH);
    expect(report.applied).toEqual(['0003-catalog-trials']);
    expect(readdirSync(m.backups)).toEqual(['crm-2026-11-26T06-00-00-000Z-before-0003-catalog-trials.sqlite']);
    expect(snapshot(old)).toEqual(before);
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
      'rooms',
      'sessions',
      'settings',
      'trials',
      'users',
    ]);

    expect(columns('rooms')).toEqual([
      'id integer pk',
      'name text notnull',
      'capacity integer notnull',
      'archived integer notnull default 0',
      'created_at integer notnull',
    ]);
    expect(columns('groups')).toEqual([
      'id integer pk',
      'name text notnull',
      'course_id integer notnull',
      'room_id integer',
      'days text notnull',
      'time text notnull',
      'capacity integer notnull',
      'current_students integer notnull default 0',
      'active integer notnull default 1',
      'archived integer notnull default 0',
      'created_at integer notnull',
    ]);
    expect(columns('offers')).toEqual([
      'id integer pk',
      'title text notnull',
      "description text notnull default ''",
      'type text notnull',
      'priority text notnull',
      'channel text notnull',
      'audience text notnull',
      'course_id integer',
      'valid_from text notnull',
      'valid_to text notnull',
      'active integer notnull default 1',
      'created_by integer notnull',
      'created_at integer notnull',
    ]);
    expect(columns('trials')).toEqual([
      'id integer pk',
      'lead_id integer notnull',
      'group_id integer notnull',
      'date text notnull',
      'time text notnull',
      'room_id integer',
      "notes text notnull default ''",
      'result text',
      "result_note text notnull default ''",
      'result_at integer',
      'result_by integer',
      'created_by integer notnull',
      'created_at integer notnull',
    ]);

    expect(indexes('rooms')).toEqual({});
    expect(indexes('groups')).toEqual({ groups_course: 'course_id,active', groups_room: 'room_id' });
    expect(indexes('offers')).toEqual({ offers_live: 'active,valid_to' });
    expect(indexes('trials')).toEqual({
      trials_lead: 'lead_id',
      trials_group_date: 'group_id,date',
      trials_created: 'created_by,created_at',
    });

    expect(foreignKeys('rooms')).toEqual([]);
    expect(foreignKeys('groups')).toEqual([
      'course_id -> courses.id on delete NO ACTION',
      'room_id -> rooms.id on delete NO ACTION',
    ]);
    expect(foreignKeys('offers')).toEqual([
      'course_id -> courses.id on delete NO ACTION',
      'created_by -> users.id on delete NO ACTION',
    ]);
    expect(foreignKeys('trials')).toEqual([
      'created_by -> users.id on delete NO ACTION',
      'group_id -> groups.id on delete NO ACTION',
      'lead_id -> leads.id on delete CASCADE',
      'result_by -> users.id on delete NO ACTION',
      'room_id -> rooms.id on delete NO ACTION',
    ]);
    expect(m.conn.sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('books trials for the existing leads, fills defaults, and enforces references, NOT NULL and the lead cascade', async () => {
    const s = await seed0002();
    await migrateToLatest(m.conn, m.backups, 1, WITH);
    const { db } = m.conn;

    const room = await db
      .insertInto('rooms')
      .values({ name: 'Room 3', capacity: 12, created_at: 3000 })
      .returning('id')
      .executeTakeFirstOrThrow();
    const group = await db
      .insertInto('groups')
      .values({
        name: 'IELTS-evening',
        course_id: s.course,
        room_id: room.id,
        days: 'odd',
        time: '18:30',
        capacity: 12,
        created_at: 3000,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('offers')
      .values({
        title: '10% off in November',
        type: 'discount',
        priority: 'high',
        channel: 'trial',
        audience: 'trial_registered',
        course_id: s.course,
        valid_from: '2026-11-01',
        valid_to: '2026-11-30',
        created_by: s.admin,
        created_at: 3000,
      })
      .execute();
    const trial = await db
      .insertInto('trials')
      .values({
        lead_id: s.aziz,
        group_id: group.id,
        date: '2026-11-27',
        time: '18:30',
        room_id: room.id,
        created_by: s.seller,
        created_at: 3000,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('trials')
      .values({
        lead_id: s.malika,
        group_id: group.id,
        date: '2026-11-29',
        time: '18:30',
        created_by: s.admin,
        created_at: 3001,
      })
      .execute();

    expect(await db.selectFrom('rooms').select(['name', 'capacity', 'archived']).execute()).toEqual([
      { name: 'Room 3', capacity: 12, archived: 0 },
    ]);
    expect(await db.selectFrom('groups').select(['name', 'current_students', 'active', 'archived']).execute()).toEqual([
      { name: 'IELTS-evening', current_students: 0, active: 1, archived: 0 },
    ]);
    expect(await db.selectFrom('offers').select(['title', 'description', 'active']).execute()).toEqual([
      { title: '10% off in November', description: '', active: 1 },
    ]);
    expect(
      await db
        .selectFrom('trials')
        .select(['lead_id', 'room_id', 'notes', 'result', 'result_note', 'result_at', 'result_by'])
        .orderBy('id')
        .execute(),
    ).toEqual([
      { lead_id: s.aziz, room_id: room.id, notes: '', result: null, result_note: '', result_at: null, result_by: null },
      { lead_id: s.malika, room_id: null, notes: '', result: null, result_note: '', result_at: null, result_by: null },
    ]);

    // References must point at real rows.
    await expect(
      db
        .insertInto('groups')
        .values({ name: 'G', course_id: 999, days: 'even', time: '09:00', capacity: 5, created_at: 1 })
        .execute(),
    ).rejects.toThrow(/FOREIGN KEY/);
    await expect(
      db
        .insertInto('groups')
        .values({
          name: 'G',
          course_id: s.course,
          room_id: 999,
          days: 'even',
          time: '09:00',
          capacity: 5,
          created_at: 1,
        })
        .execute(),
    ).rejects.toThrow(/FOREIGN KEY/);
    await expect(
      db
        .insertInto('offers')
        .values({
          title: 'T',
          type: 'bonus',
          priority: 'low',
          channel: 'general',
          audience: 'all',
          valid_from: '2026-01-01',
          valid_to: '2026-12-31',
          created_by: 999,
          created_at: 1,
        })
        .execute(),
    ).rejects.toThrow(/FOREIGN KEY/);
    await expect(
      db
        .insertInto('trials')
        .values({
          lead_id: 999,
          group_id: group.id,
          date: '2026-11-27',
          time: '18:30',
          created_by: s.admin,
          created_at: 1,
        })
        .execute(),
    ).rejects.toThrow(/FOREIGN KEY/);
    await expect(
      db
        .insertInto('trials')
        .values({
          lead_id: s.aziz,
          group_id: 999,
          date: '2026-11-27',
          time: '18:30',
          created_by: s.admin,
          created_at: 1,
        })
        .execute(),
    ).rejects.toThrow(/FOREIGN KEY/);
    await expect(
      db.updateTable('trials').set({ result: 'attended', result_by: 999 }).where('id', '=', trial.id).execute(),
    ).rejects.toThrow(/FOREIGN KEY/);
    // Required columns stay required.
    await expect(sql`INSERT INTO rooms (name, created_at) VALUES ('No capacity', 1)`.execute(db)).rejects.toThrow(
      /NOT NULL constraint failed: rooms\.capacity/,
    );
    await expect(
      sql`INSERT INTO groups (name, days, time, capacity, created_at) VALUES ('No course', 'odd', '10:00', 5, 1)`.execute(
        db,
      ),
    ).rejects.toThrow(/NOT NULL constraint failed: groups\.course_id/);
    await expect(
      sql`INSERT INTO trials (lead_id, group_id, time, created_by, created_at) VALUES (${s.aziz}, ${group.id}, '10:00', ${s.admin}, 1)`.execute(
        db,
      ),
    ).rejects.toThrow(/NOT NULL constraint failed: trials\.date/);

    // A group, room or course still used elsewhere cannot vanish; deleting a lead takes its trials with it.
    await expect(db.deleteFrom('groups').where('id', '=', group.id).execute()).rejects.toThrow(/FOREIGN KEY/);
    await expect(db.deleteFrom('rooms').where('id', '=', room.id).execute()).rejects.toThrow(/FOREIGN KEY/);
    await expect(db.deleteFrom('courses').where('id', '=', s.course).execute()).rejects.toThrow(/FOREIGN KEY/);
    await db.deleteFrom('leads').where('id', '=', s.aziz).execute();
    expect(await db.selectFrom('trials').select('lead_id').execute()).toEqual([{ lead_id: s.malika }]);
    expect(m.conn.sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('can be rolled back and re-applied: down drops only its own tables, up brings them back empty and enforced', async () => {
    const s = await seed0002();
    await migrateToLatest(m.conn, m.backups, 1, WITH);
    const room = await m.conn.db
      .insertInto('rooms')
      .values({ name: 'Room 1', capacity: 8, created_at: 3000 })
      .returning('id')
      .executeTakeFirstOrThrow();
    const group = await m.conn.db
      .insertInto('groups')
      .values({
        name: 'G1',
        course_id: s.course,
        room_id: room.id,
        days: 'daily',
        time: '10:00',
        capacity: 8,
        created_at: 3000,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await m.conn.db
      .insertInto('trials')
      .values({
        lead_id: s.aziz,
        group_id: group.id,
        date: '2026-11-28',
        time: '10:00',
        created_by: s.seller,
        created_at: 3000,
      })
      .execute();
    const kept = snapshot(['users', 'courses', 'leads', 'lead_counts']);

    const migrator = new Migrator({ db: m.conn.db, provider: { getMigrations: async () => WITH } });
    const down = await migrator.migrateDown();
    expect(down.error).toBeUndefined();
    expect(down.results).toEqual([{ migrationName: '0003-catalog-trials', direction: 'Down', status: 'Success' }]);
    expect(tables().filter((t) => ['rooms', 'groups', 'offers', 'trials'].includes(t))).toEqual([]);
    expect(
      m.conn.sqlite
        .prepare(
          `SELECT name FROM sqlite_master WHERE type = 'index' AND name IN ('groups_course', 'groups_room', 'offers_live', 'trials_lead', 'trials_group_date', 'trials_created')`,
        )
        .all(),
    ).toEqual([]);
    expect(snapshot(['users', 'courses', 'leads', 'lead_counts'])).toEqual(kept);
    expect((await migrator.getMigrations()).map((m) => [m.name, Boolean(m.executedAt)])).toEqual([
      ['0001-init', true],
      ['0002-leads', true],
      ['0003-catalog-trials', false],
    ]);

    const again = await migrateToLatest(m.conn, m.backups, 2, WITH);
    expect(again.applied).toEqual(['0003-catalog-trials']);
    expect(await m.conn.db.selectFrom('trials').selectAll().execute()).toEqual([]);
    expect(await m.conn.db.selectFrom('rooms').selectAll().execute()).toEqual([]);
    expect(indexes('trials')).toEqual({
      trials_lead: 'lead_id',
      trials_group_date: 'group_id,date',
      trials_created: 'created_by,created_at',
    });
    expect(snapshot(['users', 'courses', 'leads', 'lead_counts'])).toEqual(kept);
    await expect(
      m.conn.db
        .insertInto('groups')
        .values({ name: 'G', course_id: 999, days: 'odd', time: '09:00', capacity: 5, created_at: 1 })
        .execute(),
    ).rejects.toThrow(/FOREIGN KEY/);
  });
});
