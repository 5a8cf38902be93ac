import { sql, type Kysely } from 'kysely';

/** "Without a next call" for a leads row (`new`/`old` in a trigger, or the table itself). */
const FLAG = (row: string) =>
  sql.raw(
    `${row}.pending_followups = 0 AND ${row}.seller_id IS NOT NULL AND ${row}.status NOT IN ('enrolled', 'lost')`,
  );
/** The partial indexes' condition: the query must state it word for word (see leads.repo.ts noNextCall). */
const WHERE = sql.raw(`pending_followups = 0 AND seller_id IS NOT NULL AND status NOT IN ('enrolled', 'lost')`);

// "Without a next call" (SPEC §3): an open lead held by a seller with no pending follow-up.
// - leads.pending_followups counts each lead's pending follow-ups, kept exact by triggers whatever
//   writes the followups table (like lead_counts in 0002);
// - no_next_call_counts holds how many such leads each seller has per status, kept by triggers on
//   leads, so the dashboard and the list's total read a few counters instead of counting 100 000 rows;
// - partial indexes hold just those leads, newest first — overall and by each filter of the leads list
//   (seller, status, source, course) — for the pages and the other filters' totals. SQLite uses a partial index only when the query states its condition with the same
//   constants, a bound parameter does not count (see leads.repo.ts noNextCall).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('leads')
    .addColumn('pending_followups', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`UPDATE leads SET pending_followups =
      (SELECT count(*) FROM followups f WHERE f.lead_id = leads.id AND f.state = 'pending')
    WHERE id IN (SELECT lead_id FROM followups WHERE state = 'pending')`.execute(db);

  await sql`CREATE TRIGGER followups_pending_insert AFTER INSERT ON followups WHEN new.state = 'pending' BEGIN
    UPDATE leads SET pending_followups = pending_followups + 1 WHERE id = new.lead_id;
  END`.execute(db);
  await sql`CREATE TRIGGER followups_pending_delete AFTER DELETE ON followups WHEN old.state = 'pending' BEGIN
    UPDATE leads SET pending_followups = pending_followups - 1 WHERE id = old.lead_id;
  END`.execute(db);
  await sql`CREATE TRIGGER followups_pending_update AFTER UPDATE OF state, lead_id ON followups
    WHEN (old.state = 'pending' OR new.state = 'pending')
      AND (old.state IS NOT new.state OR old.lead_id IS NOT new.lead_id) BEGIN
    UPDATE leads SET pending_followups = pending_followups - 1 WHERE id = old.lead_id AND old.state = 'pending';
    UPDATE leads SET pending_followups = pending_followups + 1 WHERE id = new.lead_id AND new.state = 'pending';
  END`.execute(db);

  await db.schema
    .createTable('no_next_call_counts')
    .addColumn('seller_id', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('no_next_call_counts_pk', ['seller_id', 'status'])
    .execute();
  await sql`INSERT INTO no_next_call_counts (seller_id, status, n)
    SELECT seller_id, status, count(*) FROM leads WHERE ${FLAG('leads')} GROUP BY seller_id, status`.execute(db);
  await sql`CREATE TRIGGER no_next_call_insert AFTER INSERT ON leads WHEN ${FLAG('new')} BEGIN
    INSERT INTO no_next_call_counts (seller_id, status, n) VALUES (new.seller_id, new.status, 1)
      ON CONFLICT (seller_id, status) DO UPDATE SET n = n + 1;
  END`.execute(db);
  await sql`CREATE TRIGGER no_next_call_delete AFTER DELETE ON leads WHEN ${FLAG('old')} BEGIN
    UPDATE no_next_call_counts SET n = n - 1 WHERE seller_id = old.seller_id AND status = old.status;
  END`.execute(db);
  await sql`CREATE TRIGGER no_next_call_update AFTER UPDATE OF pending_followups, status, seller_id ON leads
    WHEN ${FLAG('old')} OR ${FLAG('new')} BEGIN
    UPDATE no_next_call_counts SET n = n - 1
      WHERE seller_id = old.seller_id AND status = old.status AND ${FLAG('old')};
    INSERT INTO no_next_call_counts (seller_id, status, n) SELECT new.seller_id, new.status, 1 WHERE ${FLAG('new')}
      ON CONFLICT (seller_id, status) DO UPDATE SET n = n + 1;
  END`.execute(db);

  for (const [name, columns] of [
    ['leads_no_next_call', 'created_at'],
    ['leads_seller_no_next_call', 'seller_id, created_at'],
    ['leads_status_no_next_call', 'status, created_at'],
    ['leads_source_no_next_call', 'source, created_at'],
    ['leads_course_no_next_call', 'course_id, created_at'],
  ] as const)
    await sql`CREATE INDEX ${sql.id(name)} ON leads (${sql.raw(columns)}) WHERE ${WHERE}`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const kind of ['course', 'source', 'status', 'seller'])
    await db.schema.dropIndex(`leads_${kind}_no_next_call`).execute();
  await db.schema.dropIndex('leads_no_next_call').execute();
  for (const trigger of [
    'no_next_call_update',
    'no_next_call_delete',
    'no_next_call_insert',
    'followups_pending_update',
    'followups_pending_delete',
    'followups_pending_insert',
  ])
    await sql`DROP TRIGGER ${sql.id(trigger)}`.execute(db);
  await db.schema.dropTable('no_next_call_counts').execute();
  await db.schema.alterTable('leads').dropColumn('pending_followups').execute();
}
