import { sql, type Kysely } from 'kysely';

// Import speed (#12).
// - `followups_precounted`: while its one row exists (inside writeLeadRows' transaction, never after
//   it), a pending follow-up inserted is not counted on its lead by the 0007 trigger — the new leads
//   went in already counting their "new lead" call. Updating 50 000 just-written leads again (and
//   moving each out of the "no next call" indexes it had just entered) was a third of an import.
// - `import_data.packed_file` / `packed_rows`: a preview keeps its file and its outcomes as gzipped JSON
//   made in the worker that judged them, instead of 13 MB of JSON text written on the main thread; a
//   commit reads only the outcomes. `held`: the phones found in the database then (JSON). `data` is ''
//   for such rows; older rows keep their JSON.
// - `outbox_lead`: deleting a lead sets its notices' lead_id to NULL; without an index every deleted lead
//   (an import undone: thousands) read the whole outbox.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE followups_precounted (one INTEGER PRIMARY KEY CHECK (one = 1))`.execute(db);
  await sql`DROP TRIGGER followups_pending_insert`.execute(db);
  await sql`CREATE TRIGGER followups_pending_insert AFTER INSERT ON followups
    WHEN new.state = 'pending' AND NOT EXISTS (SELECT 1 FROM followups_precounted) BEGIN
    UPDATE leads SET pending_followups = pending_followups + 1 WHERE id = new.lead_id;
  END`.execute(db);
  await db.schema.alterTable('import_data').addColumn('packed_file', 'blob').execute();
  await db.schema.alterTable('import_data').addColumn('packed_rows', 'blob').execute();
  await db.schema.alterTable('import_data').addColumn('held', 'text').execute();
  await sql`CREATE INDEX outbox_lead ON outbox (lead_id) WHERE lead_id IS NOT NULL`.execute(db);
}
