import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src-main/db/migrate';
import { upTo, useMigrationDb } from '../helpers/migration-db';

const BEFORE = upTo('0007-next-call');
const WITH = upTo('0008-messages-leave-scheduler');
const PAST = Date.parse('2020-01-01T10:00:00Z'); // long before any run of this test
const FUTURE = Date.parse('2099-01-01T10:00:00Z');

const m = useMigrationDb();
const { columns, indexes, foreignKeys, snapshot, tables, plan } = m;
const s = () => m.conn.sqlite;

/** A 0007 database in use: a seller with follow-ups due long ago and far ahead, a lost lead, a notice. */
async function seed0007() {
  await migrateToLatest(m.conn, m.backups, 0, BEFORE);
  const seller = Number(
    s()
      .prepare(
        `INSERT INTO users (username, username_key, password_hash, role, first_name, created_at, updated_at)
         VALUES ('dilnoza', 'dilnoza', 'scrypt$x', 'seller', 'Dilnoza', 1000, 1000)`,
      )
      .run().lastInsertRowid,
  );
  const lead = (n: number, status: string) =>
    Number(
      s()
        .prepare(
          `INSERT INTO leads (name, phone, phone_rev, source, status, seller_id, created_by, created_at, status_changed_at, updated_at)
           VALUES (?, ?, '0', 'other', ?, ?, ?, ?, ?, ?)`,
        )
        .run(`Lead ${n}`, `+99890100000${n}`, status, seller, seller, n, n, n).lastInsertRowid,
    );
  const followup = (leadId: number, dueAt: number, state = 'pending') =>
    Number(
      s()
        .prepare(
          `INSERT INTO followups (lead_id, seller_id, due_at, kind, state, created_at) VALUES (?, ?, ?, 'auto', ?, 1)`,
        )
        .run(leadId, seller, dueAt, state).lastInsertRowid,
    );
  const open = lead(1, 'contacted');
  const lost = lead(2, 'lost');
  const ids = {
    past: followup(open, PAST),
    future: followup(open, FUTURE),
    closed: followup(open, PAST, 'done'),
    reactivation: followup(lost, FUTURE),
  };
  s()
    .prepare(
      `INSERT INTO outbox (recipient_id, channel, text_key, dedupe_key, sent_at, created_at) VALUES (?, 'in_app', 'notify.leadAssigned', 'k', 1, 1)`,
    )
    .run(seller);
  return { seller, ids, lost };
}

const notified = () =>
  Object.fromEntries(
    (
      s().prepare('SELECT id, due_notified_at, overdue_notified_at FROM followups ORDER BY id').all() as {
        id: number;
        due_notified_at: number | null;
        overdue_notified_at: number | null;
      }[]
    ).map((r) => [r.id, [r.due_notified_at !== null, r.overdue_notified_at !== null]]),
  );

describe('0008-messages-leave-scheduler', () => {
  it('adds messages, leave and notice marks: backup first, old calls owe no notice, the rest kept', async () => {
    const { ids, lost } = await seed0007();
    const before = snapshot(['users', 'absences', 'activities', 'trials', 'settings']);
    const report = await migrateToLatest(m.conn, m.backups, Date.parse('2026-11-27T06:00:00Z'), WITH);
    expect(report.applied).toEqual(['0008-messages-leave-scheduler']);
    expect(readdirSync(m.backups)).toEqual([
      'crm-2026-11-27T06-00-00-000Z-before-0008-messages-leave-scheduler.sqlite',
    ]);
    expect(snapshot(['users', 'absences', 'activities', 'trials', 'settings'])).toEqual(before);
    expect(tables()).toEqual(expect.arrayContaining(['messages', 'message_recipients', 'leave_requests']));

    // A first start must not flood the seller with last year's calls; calls still ahead are owed both notices.
    expect(notified()).toEqual({
      [ids.past]: [true, true],
      [ids.future]: [false, false],
      [ids.closed]: [false, false],
      [ids.reactivation]: [false, false],
    });
    // The lost lead had its reactivation call planned by the old rule: the scheduler adds none.
    expect(s().prepare('SELECT reactivation_pending FROM leads WHERE id = ?').get(lost)).toEqual({
      reactivation_pending: 0,
    });
    expect(columns('outbox')).toEqual(expect.arrayContaining(['message_id integer', 'leave_id integer']));
    expect(foreignKeys('outbox')).toEqual(
      expect.arrayContaining([
        'message_id -> messages.id on delete CASCADE',
        'leave_id -> leave_requests.id on delete SET NULL',
      ]),
    );
    expect(foreignKeys('message_recipients')).toContain('message_id -> messages.id on delete CASCADE');
    expect(indexes('message_recipients')).toMatchObject({ message_recipients_inbox: 'user_id,message_id' });
    expect(indexes('leave_requests')).toMatchObject({
      leave_status: 'status,id',
      leave_user: 'user_id,status,date_to',
    });
  });

  it("the scheduler's look-ups read the partial indexes, not the table", async () => {
    await seed0007();
    await migrateToLatest(m.conn, m.backups, 1, WITH);
    expect(
      plan(
        `SELECT id FROM followups INDEXED BY followups_due_notice WHERE state = 'pending' AND due_notified_at IS NULL AND due_at <= 5 ORDER BY due_at LIMIT 200`,
      ),
    ).toMatch(/USING INDEX followups_due_notice/);
    expect(
      plan(
        `SELECT min(due_at) FROM followups INDEXED BY followups_overdue_notice WHERE state = 'pending' AND overdue_notified_at IS NULL`,
      ),
    ).toMatch(/USING (COVERING )?INDEX followups_overdue_notice/);
    expect(plan(`SELECT id FROM leads WHERE reactivation_pending = 1 AND status_changed_at <= 5`)).toMatch(
      /USING (COVERING )?INDEX leads_reactivation/,
    );
    expect(plan(`SELECT count(*) FROM message_recipients WHERE user_id = 1 AND read_at IS NULL`)).toMatch(
      /USING (COVERING )?INDEX message_recipients_unread/,
    );
  });

  it('deleting a message takes its recipients and its undelivered notices with it', async () => {
    const { seller } = await seed0007();
    await migrateToLatest(m.conn, m.backups, 1, WITH);
    const msg = Number(
      s()
        .prepare(
          `INSERT INTO messages (sender_id, subject, body, priority, recipient_count, created_at) VALUES (?, 's', 'b', 'normal', 1, 1)`,
        )
        .run(seller).lastInsertRowid,
    );
    s().prepare('INSERT INTO message_recipients (message_id, user_id) VALUES (?, ?)').run(msg, seller);
    s()
      .prepare(
        `INSERT INTO outbox (recipient_id, channel, text_key, dedupe_key, message_id, created_at) VALUES (?, 'telegram', 'notify.message', 'm', ?, 1)`,
      )
      .run(seller, msg);
    s().prepare('DELETE FROM messages WHERE id = ?').run(msg);
    expect(s().prepare('SELECT count(*) AS n FROM message_recipients').get()).toEqual({ n: 0 });
    expect(s().prepare('SELECT dedupe_key FROM outbox').all()).toEqual([{ dedupe_key: 'k' }]);
  });
});
