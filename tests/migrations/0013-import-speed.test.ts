import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src-main/db/migrate';
import { upTo, useMigrationDb } from '../helpers/migration-db';

const m = useMigrationDb();
const s = () => m.conn.sqlite;
const run = m.run;
const pending = (id: number) =>
  (s().prepare('SELECT pending_followups AS n FROM leads WHERE id = ?').get(id) as { n: number }).n;

describe('0013-import-speed', () => {
  it('counts a new follow-up on its lead unless the writer says it is counted already; keeps old imports; indexes the outbox by lead', async () => {
    await migrateToLatest(m.conn, m.backups, 0, upTo('0012-kpi'));
    run(
      `INSERT INTO users (username, username_key, password_hash, role, first_name, created_at, updated_at)
       VALUES ('admin', 'admin', 'scrypt$x', 'admin', 'Aziza', 1, 1)`,
    );
    run(
      `INSERT INTO imports (user_id, file_name, sheet, status, created_at) VALUES (1, 'eski.xlsx', 'Lidlar', 'committed', 5)`,
    );
    run(`INSERT INTO import_data (import_id, data, outcomes) VALUES (1, '{"parsed":{}}', '[]')`);
    expect((await migrateToLatest(m.conn, m.backups, 1, upTo('0013-import-speed'))).applied).toEqual([
      '0013-import-speed',
    ]);
    expect(m.columns('import_data')).toEqual(
      expect.arrayContaining(['packed_file blob', 'packed_rows blob', 'held text']),
    );
    expect(s().prepare('SELECT data, outcomes, packed_rows FROM import_data').get()).toEqual({
      data: '{"parsed":{}}',
      outcomes: '[]',
      packed_rows: null,
    });

    const lead = (phone: string, counted: number) =>
      Number(
        run(
          `INSERT INTO leads (name, phone, phone_rev, source, status, seller_id, created_by, created_at, status_changed_at, updated_at, pending_followups)
           VALUES ('Aziz', ?, '1', 'instagram', 'new', 1, 1, 1, 1, 1, ?)`,
          phone,
          counted,
        ).lastInsertRowid,
      );
    const call = (leadId: number) =>
      run(
        `INSERT INTO followups (lead_id, seller_id, due_at, kind, created_at) VALUES (?, 1, 10, 'new_lead', 1)`,
        leadId,
      );
    // Any writer: the trigger counts the call.
    const a = lead('+998901000001', 0);
    call(a);
    expect(pending(a)).toBe(1);
    // writeLeadRows: the lead went in counting its call, and says so while it writes the calls.
    const b = lead('+998901000002', 1);
    s().transaction(() => {
      run('INSERT INTO followups_precounted (one) VALUES (1)');
      call(b);
      run('DELETE FROM followups_precounted');
    })();
    expect(pending(b)).toBe(1);
    call(b); // and after it, counted again
    expect(pending(b)).toBe(2);
    expect(() => run('INSERT INTO followups_precounted (one) VALUES (2)')).toThrow(/CHECK/);

    const plan = s().prepare(`EXPLAIN QUERY PLAN SELECT id FROM outbox WHERE lead_id = ?`).all(a) as Array<{
      detail: string;
    }>;
    expect(plan.map((p) => p.detail).join()).toMatch(/outbox_lead/);
  });
});
