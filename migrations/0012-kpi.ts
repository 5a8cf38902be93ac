import { sql, type Kysely } from 'kysely';

// KPI and analytics (SPEC §10). The history already says who made each contact and when (activities
// `status` / `followup_done`, followups closed_by/closed_at) and when each trial was booked
// (trials.created_at). What it lacked, kept from now on by triggers — exact whatever writes the tables:
// - lead_assignments: a lead's first assignment to each seller, the seller's first contact after it,
//   and whether the lead is enrolled now (SPEC §10: "leads assigned in range now enrolled");
// - trials.seller_id: the seller who held the lead when the trial was booked;
// - leads.stages: the statuses the lead had before its current one, one bit each (the funnel reads
//   `stages | bit(status)` from one index, not the history; nothing to write when a lead is inserted).
// Frozen here (a migration must not follow later changes of the domain's list): LEAD_STATUSES in funnel order.
const STATUSES = [
  'new',
  'contacted',
  'interested',
  'trial_registered',
  'trial_attended',
  'trial_missed',
  'offer_made',
  'enrolled',
  'lost',
];
const bit = (col: string) =>
  sql.raw(`(CASE ${col} ${STATUSES.map((s, i) => `WHEN '${s}' THEN ${1 << i}`).join(' ')} ELSE 0 END)`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('lead_assignments')
    .addColumn('lead_id', 'integer', (c) => c.notNull().references('leads.id').onDelete('cascade'))
    .addColumn('seller_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('assigned_at', 'integer', (c) => c.notNull())
    .addColumn('first_contact_at', 'integer')
    .addColumn('enrolled', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('lead_assignments_pk', ['lead_id', 'seller_id'])
    .execute();

  // Older rows: every recorded assignment (history `assigned`), its first contact from the history, and
  // the leads held without one (none should be).
  await sql`INSERT OR IGNORE INTO lead_assignments (lead_id, seller_id, assigned_at)
    SELECT a.lead_id, json_extract(a.data, '$.to'), min(a.at) FROM activities a
    WHERE a.type = 'assigned' AND json_extract(a.data, '$.to') IN (SELECT id FROM users)
    GROUP BY a.lead_id, json_extract(a.data, '$.to')`.execute(db);
  await sql`INSERT OR IGNORE INTO lead_assignments (lead_id, seller_id, assigned_at)
    SELECT id, seller_id, coalesce(assigned_at, created_at) FROM leads WHERE seller_id IS NOT NULL`.execute(db);
  await sql`UPDATE lead_assignments SET first_contact_at = (
      SELECT min(a.at) FROM activities a WHERE a.lead_id = lead_assignments.lead_id
        AND a.user_id = lead_assignments.seller_id AND a.type IN ('status', 'followup_done')
        AND a.at >= lead_assignments.assigned_at)`.execute(db);
  await sql`UPDATE lead_assignments SET enrolled = 1 WHERE EXISTS (SELECT 1 FROM leads l
    WHERE l.id = lead_assignments.lead_id AND l.status = 'enrolled')`.execute(db);
  await db.schema
    .createIndex('lead_assignments_seller')
    .on('lead_assignments')
    .columns(['seller_id', 'assigned_at', 'first_contact_at', 'enrolled'])
    .execute();

  await db.schema
    .alterTable('leads')
    .addColumn('stages', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`UPDATE leads SET stages = 1`.execute(db);
  for (const [i, s] of STATUSES.entries())
    await sql`UPDATE leads SET stages = stages | ${sql.lit(1 << i)} WHERE id IN (SELECT lead_id FROM activities
      WHERE type = 'status' AND json_extract(data, '$.to') = ${sql.lit(s)})`.execute(db);
  // Analytics groups the leads created in a range by these from this index alone, in its order (no
  // sorting 200 000 rows; a whole scan of it is ~20 ms, so any range costs about the same).
  await db.schema
    .createIndex('leads_cube')
    .on('leads')
    .columns(['source', 'status', 'stages', 'lost_reason', 'created_at'])
    .execute();
  await db.schema.createIndex('leads_status_changed').on('leads').columns(['status', 'status_changed_at']).execute();

  // A seller's KPI reads its contacts and its follow-ups from these alone (no row lookups).
  await db.schema
    .createIndex('activities_kpi')
    .on('activities')
    .columns(['user_id', 'at', 'type', 'lead_id'])
    .execute();
  await db.schema
    .createIndex('followups_kpi')
    .on('followups')
    .columns(['seller_id', 'due_at', 'state', 'close_kind'])
    .execute();

  await db.schema
    .alterTable('trials')
    .addColumn('seller_id', 'integer', (c) => c.references('users.id'))
    .execute();
  await sql`UPDATE trials SET seller_id = coalesce(
      (SELECT json_extract(a.data, '$.to') FROM activities a WHERE a.lead_id = trials.lead_id AND a.type = 'assigned'
        AND a.at <= trials.created_at ORDER BY a.at DESC, a.id DESC LIMIT 1),
      (SELECT seller_id FROM leads WHERE id = trials.lead_id))`.execute(db);
  await db.schema.createIndex('trials_seller').on('trials').columns(['seller_id', 'created_at', 'result']).execute();
  await db.schema.createIndex('trials_booked').on('trials').columns(['created_at', 'seller_id', 'result']).execute();

  await sql`CREATE TRIGGER kpi_lead_insert AFTER INSERT ON leads WHEN new.seller_id IS NOT NULL BEGIN
    INSERT OR IGNORE INTO lead_assignments (lead_id, seller_id, assigned_at, enrolled)
      VALUES (new.id, new.seller_id, coalesce(new.assigned_at, new.created_at), new.status = 'enrolled');
  END`.execute(db);
  await sql`CREATE TRIGGER kpi_lead_seller AFTER UPDATE OF seller_id ON leads
    WHEN new.seller_id IS NOT NULL AND new.seller_id IS NOT old.seller_id BEGIN
    INSERT OR IGNORE INTO lead_assignments (lead_id, seller_id, assigned_at, enrolled)
      VALUES (new.id, new.seller_id, coalesce(new.assigned_at, new.updated_at), new.status = 'enrolled');
  END`.execute(db);
  await sql`CREATE TRIGGER kpi_lead_status AFTER UPDATE OF status ON leads WHEN new.status IS NOT old.status BEGIN
    UPDATE leads SET stages = stages | ${bit('old.status')} WHERE id = new.id;
    UPDATE lead_assignments SET enrolled = new.status = 'enrolled'
      WHERE lead_id = new.id AND (old.status = 'enrolled' OR new.status = 'enrolled');
  END`.execute(db);
  await sql`CREATE TRIGGER kpi_first_contact AFTER INSERT ON activities
    WHEN new.type IN ('status', 'followup_done') AND new.user_id IS NOT NULL BEGIN
    UPDATE lead_assignments SET first_contact_at = new.at
      WHERE lead_id = new.lead_id AND seller_id = new.user_id AND first_contact_at IS NULL;
  END`.execute(db);
  await sql`CREATE TRIGGER kpi_trial_seller AFTER INSERT ON trials WHEN new.seller_id IS NULL BEGIN
    UPDATE trials SET seller_id = (SELECT seller_id FROM leads WHERE id = new.lead_id) WHERE id = new.id;
  END`.execute(db);

  await db.schema
    .createTable('kpi_targets')
    .addColumn('seller_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('leads', 'integer', (c) => c.notNull())
    .addColumn('trials', 'integer', (c) => c.notNull())
    .addColumn('sales', 'integer', (c) => c.notNull())
    .addColumn('followup_completion', 'real', (c) => c.notNull())
    .addColumn('conversion', 'real', (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .addColumn('updated_at', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('kpi_targets_pk', ['seller_id', 'month'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['kpi_trial_seller', 'kpi_first_contact', 'kpi_lead_status', 'kpi_lead_seller', 'kpi_lead_insert'])
    await sql`DROP TRIGGER IF EXISTS ${sql.raw(t)}`.execute(db);
  await db.schema.dropTable('kpi_targets').execute();
  for (const i of [
    'trials_booked',
    'trials_seller',
    'followups_kpi',
    'activities_kpi',
    'leads_status_changed',
    'leads_cube',
  ])
    await db.schema.dropIndex(i).execute();
  await db.schema.alterTable('trials').dropColumn('seller_id').execute();
  await db.schema.alterTable('leads').dropColumn('stages').execute();
  await db.schema.dropTable('lead_assignments').execute();
}
