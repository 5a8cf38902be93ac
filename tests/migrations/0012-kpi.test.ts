import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src-main/db/migrate';
import { upTo, useMigrationDb } from '../helpers/migration-db';

const m = useMigrationDb();
const s = () => m.conn.sqlite;
const run = m.run;

describe('0012-kpi', () => {
  it('fills assignments, first contacts, trial sellers and stages from the history; triggers keep them after', async () => {
    await migrateToLatest(m.conn, m.backups, 0, upTo('0010-imports'));
    for (const [i, name] of ['admin', 'dilnoza', 'jasur'].entries())
      run(
        `INSERT INTO users (username, username_key, password_hash, role, first_name, created_at, updated_at)
         VALUES (?, ?, 'scrypt$x', ?, ?, 1, 1)`,
        name,
        name,
        i === 0 ? 'admin' : 'seller',
        name,
      );
    // Lead 1: given to 2 at 1000, status by 2 at 1600, moved to 3 at 2000, a call done by 3 at 2300, enrolled by 3.
    run(
      `INSERT INTO leads (name, phone, phone_rev, source, status, seller_id, created_by, created_at, assigned_at, status_changed_at, updated_at)
       VALUES ('Aziz', '+998901000001', '1', 'instagram', 'enrolled', 3, 1, 900, 2000, 2500, 2500)`,
    );
    const act = (type: string, userId: number, at: number, data: object) =>
      run(
        'INSERT INTO activities (lead_id, user_id, at, type, data) VALUES (1, ?, ?, ?, ?)',
        userId,
        at,
        type,
        JSON.stringify(data),
      );
    act('assigned', 1, 1000, { from: null, to: 2 });
    act('status', 2, 1600, { from: 'new', to: 'contacted' });
    act('assigned', 1, 2000, { from: 2, to: 3 });
    act('followup_done', 3, 2300, {});
    act('status', 3, 2500, { from: 'contacted', to: 'enrolled' });
    run(`INSERT INTO courses (name, created_at) VALUES ('IELTS', 1)`);
    run(
      `INSERT INTO groups (name, course_id, days, time, capacity, created_at) VALUES ('G', 1, 'odd', '15:00', 10, 1)`,
    );
    run(
      `INSERT INTO trials (lead_id, group_id, date, time, created_by, created_at) VALUES (1, 1, '2026-11-30', '15:00', 1, 1700)`,
    );

    expect((await migrateToLatest(m.conn, m.backups, 1, upTo('0012-kpi'))).applied).toContain('0012-kpi');
    expect(s().prepare('SELECT * FROM lead_assignments ORDER BY seller_id').all()).toEqual([
      // Enrolled now: a lead given to both counts for both (SPEC: "assigned in range, now enrolled").
      { lead_id: 1, seller_id: 2, assigned_at: 1000, first_contact_at: 1600, enrolled: 1 },
      { lead_id: 1, seller_id: 3, assigned_at: 2000, first_contact_at: 2300, enrolled: 1 },
    ]);
    expect(s().prepare('SELECT seller_id FROM trials').get()).toEqual({ seller_id: 2 });
    // new (1), contacted (2), enrolled (128) from the history
    expect(s().prepare('SELECT stages FROM leads').get()).toEqual({ stages: 1 + 2 + 128 });

    // From now on the triggers keep them: a new lead held by 2, its status by 2, a trial booked.
    run(
      `INSERT INTO leads (name, phone, phone_rev, source, status, seller_id, created_by, created_at, assigned_at, status_changed_at, updated_at)
       VALUES ('Bek', '+998901000002', '2', 'telegram', 'new', 2, 1, 5000, 5000, 5000, 5000)`,
    );
    run(`UPDATE leads SET status = 'interested' WHERE id = 2`);
    run(`INSERT INTO activities (lead_id, user_id, at, type, data) VALUES (2, 2, 5600, 'status', '{}')`);
    run(
      `INSERT INTO trials (lead_id, group_id, date, time, created_by, created_at) VALUES (2, 1, '2026-12-02', '15:00', 1, 5700)`,
    );
    run(`UPDATE leads SET status = 'enrolled' WHERE id = 2`);
    expect(s().prepare('SELECT * FROM lead_assignments WHERE lead_id = 2').get()).toEqual({
      lead_id: 2,
      seller_id: 2,
      assigned_at: 5000,
      first_contact_at: 5600,
      enrolled: 1,
    });
    expect(s().prepare('SELECT seller_id FROM trials WHERE lead_id = 2').get()).toEqual({ seller_id: 2 });
    // The statuses it left: new (1), interested (4); the current one is read from status.
    expect(s().prepare('SELECT stages FROM leads WHERE id = 2').get()).toEqual({ stages: 1 + 4 });
    // Moved on once enrolled: the new holder's row says enrolled too; leaving enrolled clears both.
    run(`UPDATE leads SET seller_id = 3, assigned_at = 6000 WHERE id = 2`);
    expect(
      s().prepare('SELECT seller_id, enrolled FROM lead_assignments WHERE lead_id = 2 ORDER BY seller_id').all(),
    ).toEqual([
      { seller_id: 2, enrolled: 1 },
      { seller_id: 3, enrolled: 1 },
    ]);
    run(`UPDATE leads SET status = 'lost' WHERE id = 2`);
    expect(s().prepare('SELECT sum(enrolled) AS n FROM lead_assignments WHERE lead_id = 2').get()).toEqual({ n: 0 });
    expect(
      m.plan(
        'SELECT count(*), sum(enrolled) FROM lead_assignments WHERE seller_id = 2 AND assigned_at >= 0 AND assigned_at < 9',
      ),
    ).toMatch(/COVERING INDEX lead_assignments_seller/);
    expect(
      m.plan(
        'SELECT source, status, stages, lost_reason, count(*) FROM leads INDEXED BY leads_cube WHERE created_at >= 0 GROUP BY source, status, stages, lost_reason',
      ),
    ).not.toMatch(/TEMP B-TREE/);
  });
});
