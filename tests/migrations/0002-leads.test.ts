import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../migrations/index';
import { connect, type Connection } from '../../src-main/db/connect';
import { migrateToLatest } from '../../src-main/db/migrate';

let dir: string;
let conn: Connection;
afterEach(async () => {
  await conn.db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

describe('0002-leads', () => {
  it('upgrades a 0001 database that holds users, with a backup first', async () => {
    dir = mkdtempSync(join(tmpdir(), 'crm-mig-'));
    conn = connect(join(dir, 'crm.sqlite'));
    await migrateToLatest(conn, join(dir, 'backups'), 0, { '0001-init': migrations['0001-init'] });
    await conn.db
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
    const report = await migrateToLatest(conn, join(dir, 'backups'), Date.parse('2026-11-26T06:00:00Z'));
    // Every later migration runs too (this list grows with each one); one backup before the first of them.
    expect(report.applied).toEqual(Object.keys(migrations).slice(1));
    expect(report.applied.slice(0, 3)).toEqual(['0002-leads', '0003-catalog-trials', '0004-outbox']);
    expect(readdirSync(join(dir, 'backups'))).toEqual(['crm-2026-11-26T06-00-00-000Z-before-0002-leads.sqlite']);
    expect(await conn.db.selectFrom('users').select(['username', 'last_assigned_at']).execute()).toEqual([
      { username: 'admin', last_assigned_at: null },
    ]);
  });

  it('keeps lead counters exact through inserts, reassignments, status changes and deletes', async () => {
    dir = mkdtempSync(join(tmpdir(), 'crm-mig-'));
    conn = connect(join(dir, 'crm.sqlite'));
    await migrateToLatest(conn, join(dir, 'backups'), 0);
    const { db } = conn;
    const u = await db
      .insertInto('users')
      .values({
        username: 's',
        username_key: 's',
        password_hash: 'x',
        role: 'seller',
        first_name: 'S',
        created_at: 1,
        updated_at: 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const lead = (n: number, seller: number | null) =>
      db
        .insertInto('leads')
        .values({
          name: `L${n}`,
          phone: `+99890000000${n}`,
          phone_rev: 'x',
          source: 'other',
          status: 'new',
          seller_id: seller,
          created_by: u.id,
          created_at: 1,
          status_changed_at: 1,
          updated_at: 1,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    const counts = async () =>
      (
        await db
          .selectFrom('lead_counts')
          .selectAll()
          .where('n', '>', 0)
          .orderBy('seller_key')
          .orderBy('status')
          .execute()
      ).map((c) => `${c.seller_key}:${c.status}=${c.n}`);

    const a = await lead(1, null);
    const b = await lead(2, u.id);
    await lead(3, u.id);
    expect(await counts()).toEqual(['0:new=1', `${u.id}:new=2`]);
    await db.updateTable('leads').set({ seller_id: u.id }).where('id', '=', a.id).execute();
    await db.updateTable('leads').set({ status: 'enrolled' }).where('id', '=', b.id).execute();
    await db.updateTable('leads').set({ notes: 'no effect on counts' }).where('id', '=', b.id).execute();
    expect(await counts()).toEqual([`${u.id}:enrolled=1`, `${u.id}:new=2`]);
    await db.deleteFrom('leads').where('id', '=', b.id).execute();
    expect(await counts()).toEqual([`${u.id}:new=2`]);
  });
});
