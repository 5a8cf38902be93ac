import { readdirSync } from 'node:fs';
import { Migrator, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src-main/db/migrate';
import { upTo, useMigrationDb } from '../helpers/migration-db';

const BEFORE = upTo('0006-name-search-keys');
const WITH = upTo('0007-next-call');
const OTHERS = [
  'users',
  'sessions',
  'settings',
  'absences',
  'courses',
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
  'login_throttle',
];
/** The condition of the partial indexes, word for word (as leads.repo.ts noNextCall writes it). */
const NO_NEXT_CALL = `pending_followups = 0 AND seller_id IS NOT NULL AND status NOT IN ('enrolled', 'lost')`;

const m = useMigrationDb();
const { columns, indexes, snapshot, tables } = m;
const s = () => m.conn.sqlite;
const { plan } = m;
const pending = () =>
  Object.fromEntries(
    (
      s().prepare('SELECT id, pending_followups FROM leads ORDER BY id').all() as {
        id: number;
        pending_followups: number;
      }[]
    ).map((r) => [r.id, r.pending_followups]),
  );

/** A 0006 database in use: a seller's leads with follow-ups pending, done and cancelled, one lead nobody took. */
async function seed0006() {
  await migrateToLatest(m.conn, m.backups, 0, BEFORE);
  const seller = Number(
    s()
      .prepare(
        `INSERT INTO users (username, username_key, password_hash, role, first_name, created_at, updated_at)
         VALUES ('dilnoza', 'dilnoza', 'scrypt$x', 'seller', 'Dilnoza', 1000, 1000)`,
      )
      .run().lastInsertRowid,
  );
  const lead = (n: number, status: string, sellerId: number | null = seller) =>
    Number(
      s()
        .prepare(
          `INSERT INTO leads (name, phone, phone_rev, source, status, seller_id, created_by, created_at, status_changed_at, updated_at)
           VALUES (?, ?, '0', 'other', ?, ?, ?, ?, ?, ?)`,
        )
        .run(`Lead ${n}`, `+99890100000${n}`, status, sellerId, seller, n, n, n).lastInsertRowid,
    );
  const followup = (leadId: number, state: string) =>
    Number(
      s()
        .prepare(
          `INSERT INTO followups (lead_id, seller_id, due_at, kind, state, created_at) VALUES (?, ?, 5000, 'auto', ?, 1)`,
        )
        .run(leadId, seller, state).lastInsertRowid,
    );
  const ids = {
    twoPending: lead(1, 'contacted'),
    donePending: lead(2, 'interested'),
    allClosed: lead(3, 'interested'), // open, its calls all made: without a next call
    none: lead(4, 'new'),
    enrolled: lead(5, 'enrolled'),
    lost: lead(6, 'lost'),
    unassigned: lead(7, 'new', null),
  };
  followup(ids.twoPending, 'pending');
  followup(ids.twoPending, 'pending');
  followup(ids.donePending, 'done');
  followup(ids.donePending, 'pending');
  followup(ids.allClosed, 'done');
  followup(ids.allClosed, 'cancelled');
  return { seller, ids, followup };
}

/** The counters as "seller status n" (zeros left out), and what counting the rows says. */
const counters = () =>
  (
    s().prepare('SELECT * FROM no_next_call_counts WHERE n <> 0 ORDER BY seller_id, status').all() as {
      seller_id: number;
      status: string;
      n: number;
    }[]
  ).map((r) => `${r.seller_id} ${r.status} ${r.n}`);
const counted = () =>
  (
    s()
      .prepare(
        `SELECT seller_id, status, count(*) AS n FROM leads WHERE ${NO_NEXT_CALL} GROUP BY seller_id, status ORDER BY seller_id, status`,
      )
      .all() as { seller_id: number; status: string; n: number }[]
  ).map((r) => `${r.seller_id} ${r.status} ${r.n}`);

const withoutNextCall = () =>
  (s().prepare(`SELECT id FROM leads WHERE ${NO_NEXT_CALL} ORDER BY created_at DESC`).all() as { id: number }[]).map(
    (r) => r.id,
  );

describe('0007-next-call', () => {
  it("counts each lead's pending follow-ups: backup first, nothing else changed, the column and partial indexes as designed", async () => {
    const { ids, seller } = await seed0006();
    const before = snapshot(OTHERS);
    const leadsBefore = s().prepare('SELECT * FROM leads ORDER BY id').all();

    const report = await migrateToLatest(m.conn, m.backups, Date.parse('2026-11-26T06:00:00Z'), WITH);
    expect(report.applied).toEqual(['0007-next-call']);
    expect(readdirSync(m.backups)).toEqual(['crm-2026-11-26T06-00-00-000Z-before-0007-next-call.sqlite']);
    expect(snapshot(OTHERS)).toEqual(before);
    expect(s().prepare('SELECT * FROM leads ORDER BY id').all()).toEqual(
      leadsBefore.map((l) => ({ ...(l as object), pending_followups: expect.any(Number) })),
    );
    expect(columns('leads').at(-1)).toBe('pending_followups integer notnull default 0');
    expect(pending()).toEqual({
      [ids.twoPending]: 2,
      [ids.donePending]: 1,
      [ids.allClosed]: 0,
      [ids.none]: 0,
      [ids.enrolled]: 0,
      [ids.lost]: 0,
      [ids.unassigned]: 0,
    });
    expect(indexes('leads')).toMatchObject({
      leads_no_next_call: 'created_at',
      leads_seller_no_next_call: 'seller_id,created_at',
      leads_status_no_next_call: 'status,created_at',
      leads_source_no_next_call: 'source,created_at',
      leads_course_no_next_call: 'course_id,created_at',
    });
    expect(tables()).toEqual([...OTHERS, 'leads', 'no_next_call_counts'].sort());
    expect(columns('no_next_call_counts')).toEqual([
      'seller_id integer pk notnull',
      'status text pk notnull',
      'n integer notnull',
    ]);
    expect(counters()).toEqual([`${seller} interested 1`, `${seller} new 1`]);
    // Open, held by a seller, nothing pending: the unassigned, enrolled and lost leads are not "forgotten".
    expect(withoutNextCall()).toEqual([ids.none, ids.allClosed]);
    expect(plan(`SELECT id FROM leads WHERE ${NO_NEXT_CALL} ORDER BY created_at DESC LIMIT 25`)).toMatch(
      /USING INDEX leads_no_next_call/,
    );
    expect(plan(`SELECT count(*) FROM leads WHERE seller_id = 1 AND ${NO_NEXT_CALL}`)).toMatch(
      /USING (COVERING )?INDEX leads_seller_no_next_call/,
    );
    for (const [filter, index] of [
      ["status = 'new'", 'status'],
      ["source = 'other'", 'source'],
      ['course_id = 1', 'course'],
    ])
      expect(plan(`SELECT count(*) FROM leads WHERE ${filter} AND ${NO_NEXT_CALL}`), filter).toMatch(
        new RegExp(`USING (COVERING )?INDEX leads_${index}_no_next_call`),
      );
  });

  it('keeps the counts exact whatever writes the follow-ups: insert, close, reopen, move, delete', async () => {
    const { ids, followup } = await seed0006();
    await migrateToLatest(m.conn, m.backups, 1, WITH);
    const f = followup(ids.none, 'pending');
    expect(pending()[ids.none]).toBe(1);
    expect(withoutNextCall()).toEqual([ids.allClosed]);
    followup(ids.none, 'done'); // a closed one counts for nothing
    expect(pending()[ids.none]).toBe(1);
    s().prepare(`UPDATE followups SET due_at = 9000, seller_id = NULL WHERE id = ?`).run(f); // not the state
    expect(pending()[ids.none]).toBe(1);
    s().prepare(`UPDATE followups SET state = 'done' WHERE id = ?`).run(f);
    expect(pending()[ids.none]).toBe(0);
    s().prepare(`UPDATE followups SET state = 'done' WHERE id = ?`).run(f); // no change, no count
    expect(pending()[ids.none]).toBe(0);
    s().prepare(`UPDATE followups SET state = 'pending' WHERE id = ?`).run(f);
    expect(pending()[ids.none]).toBe(1);
    s().prepare(`UPDATE followups SET lead_id = ? WHERE id = ?`).run(ids.allClosed, f);
    expect([pending()[ids.none], pending()[ids.allClosed]]).toEqual([0, 1]);
    s().prepare(`UPDATE followups SET state = 'cancelled', lead_id = ? WHERE id = ?`).run(ids.none, f);
    expect([pending()[ids.none], pending()[ids.allClosed]]).toEqual([0, 0]);
    s().prepare(`DELETE FROM followups WHERE lead_id = ?`).run(ids.twoPending);
    expect(pending()[ids.twoPending]).toBe(0);
    // Many rows in one statement count one by one.
    s().prepare(`UPDATE followups SET state = 'done' WHERE state = 'pending'`).run();
    expect(Object.values(pending()).every((n) => n === 0)).toBe(true);
    expect(counters()).toEqual(counted());
  });

  it('keeps the per-seller counters exact whatever writes the leads: status, seller, follow-ups, new and removed leads', async () => {
    const { seller, ids, followup } = await seed0006();
    await migrateToLatest(m.conn, m.backups, 1, WITH);
    const other = Number(
      s()
        .prepare(
          `INSERT INTO users (username, username_key, password_hash, role, first_name, created_at, updated_at)
           VALUES ('jasur', 'jasur', 'x', 'seller', 'Jasur', 1, 1)`,
        )
        .run().lastInsertRowid,
    );
    const steps = [
      `UPDATE leads SET status = 'contacted' WHERE id = ${ids.none}`,
      `UPDATE leads SET status = 'enrolled' WHERE id = ${ids.allClosed}`,
      `UPDATE leads SET status = 'interested' WHERE id = ${ids.enrolled}`,
      `UPDATE leads SET seller_id = ${other} WHERE id = ${ids.none}`,
      `UPDATE leads SET seller_id = ${seller} WHERE id = ${ids.unassigned}`,
      `UPDATE leads SET seller_id = NULL WHERE id = ${ids.lost}`,
      `UPDATE leads SET seller_id = ${other}, status = 'offer_made' WHERE id = ${ids.enrolled}`,
      `UPDATE leads SET notes = 'x', version = version + 1`,
      `DELETE FROM leads WHERE id = ${ids.unassigned}`,
      `INSERT INTO leads (name, phone, phone_rev, source, status, seller_id, created_by, created_at, status_changed_at, updated_at)
       VALUES ('New', '+998901009999', '0', 'other', 'new', ${other}, ${seller}, 9, 9, 9)`,
    ];
    for (const step of steps) {
      s().prepare(step).run();
      expect(counters(), step).toEqual(counted());
    }
    followup(ids.none, 'pending');
    followup(ids.enrolled, 'pending');
    expect(counters()).toEqual(counted());
    s().prepare(`UPDATE followups SET state = 'cancelled' WHERE lead_id = ${ids.none}`).run();
    expect(counters()).toEqual(counted());
    expect(counters()).toContain(`${other} contacted 1`);
  });

  it('can be rolled back and re-applied: down removes column, triggers and indexes; up counts again', async () => {
    const { ids, followup } = await seed0006();
    await migrateToLatest(m.conn, m.backups, 1, WITH);
    const migrator = new Migrator({ db: m.conn.db, provider: { getMigrations: async () => WITH } });
    const down = await migrator.migrateDown();
    expect(down.error).toBeUndefined();
    expect(columns('leads')).not.toContain('pending_followups integer notnull default 0');
    expect(Object.keys(indexes('leads')).filter((i) => i.includes('no_next_call'))).toEqual([]);
    expect(tables()).not.toContain('no_next_call_counts');
    expect(
      s()
        .prepare(
          `SELECT name FROM sqlite_master WHERE type = 'trigger' AND (name LIKE 'followups_pending%' OR name LIKE 'no_next_call%')`,
        )
        .all(),
    ).toEqual([]);
    followup(ids.none, 'pending'); // written while down: counted when up again
    await migrateToLatest(m.conn, m.backups, 2, WITH);
    expect(pending()[ids.none]).toBe(1);
    expect(pending()[ids.twoPending]).toBe(2);
    expect(counters()).toEqual(counted());
    await sql`UPDATE followups SET state = 'done' WHERE lead_id = ${ids.none}`.execute(m.conn.db);
    expect(pending()[ids.none]).toBe(0);
    expect(counters()).toEqual(counted());
  });
});
