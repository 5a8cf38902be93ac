import { sql, type Kysely } from 'kysely';

// Leads, their phones, search words, history and follow-ups; courses (referenced by leads) and
// the seller's last assignment time for the distribution tie-break.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('last_assigned_at', 'integer').execute();

  await db.schema
    .createTable('courses')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('price', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sales_script', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('lesson_duration', 'integer', (c) => c.notNull().defaultTo(90))
    .addColumn('lessons_per_week', 'integer', (c) => c.notNull().defaultTo(3))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('leads')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('phone_rev', 'text', (c) => c.notNull())
    .addColumn('extra_phone', 'text')
    .addColumn('extra_phone_rev', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('course_id', 'integer', (c) => c.references('courses.id'))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('seller_id', 'integer', (c) => c.references('users.id'))
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'integer', (c) => c.notNull())
    .addColumn('assigned_at', 'integer')
    .addColumn('status_changed_at', 'integer', (c) => c.notNull())
    .addColumn('lost_reason', 'text')
    .addColumn('updated_at', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  // Every list filter has an index that also serves the default "newest first" order.
  for (const [name, cols] of [
    ['leads_created', ['created_at']],
    ['leads_name', ['name']],
    ['leads_seller_created', ['seller_id', 'created_at']],
    ['leads_status_created', ['status', 'created_at']],
    ['leads_source_created', ['source', 'created_at']],
    ['leads_course_created', ['course_id', 'created_at']],
    // A seller's own list filtered by status (every seller's everyday view).
    ['leads_seller_status', ['seller_id', 'status']],
    ['leads_assigned_seller', ['assigned_at', 'seller_id']],
    ['leads_phone_rev', ['phone_rev']],
    ['leads_extra_phone_rev', ['extra_phone_rev']],
  ] as const) {
    await db.schema
      .createIndex(name)
      .on('leads')
      .columns([...cols])
      .execute();
  }

  // Leads per seller and status, kept exact by triggers whatever writes the leads table, so the
  // dashboard reads a few hundred counters instead of counting 200 000 rows. seller_key 0 = unassigned.
  await db.schema
    .createTable('lead_counts')
    .addColumn('seller_key', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('lead_counts_pk', ['seller_key', 'status'])
    .execute();
  await sql`CREATE TRIGGER lead_counts_insert AFTER INSERT ON leads BEGIN
    INSERT INTO lead_counts (seller_key, status, n) VALUES (coalesce(new.seller_id, 0), new.status, 1)
      ON CONFLICT (seller_key, status) DO UPDATE SET n = n + 1;
  END`.execute(db);
  await sql`CREATE TRIGGER lead_counts_delete AFTER DELETE ON leads BEGIN
    UPDATE lead_counts SET n = n - 1 WHERE seller_key = coalesce(old.seller_id, 0) AND status = old.status;
  END`.execute(db);
  await sql`CREATE TRIGGER lead_counts_update AFTER UPDATE OF seller_id, status ON leads
    WHEN old.seller_id IS NOT new.seller_id OR old.status IS NOT new.status BEGIN
    UPDATE lead_counts SET n = n - 1 WHERE seller_key = coalesce(old.seller_id, 0) AND status = old.status;
    INSERT INTO lead_counts (seller_key, status, n) VALUES (coalesce(new.seller_id, 0), new.status, 1)
      ON CONFLICT (seller_key, status) DO UPDATE SET n = n + 1;
  END`.execute(db);

  // One row per number in use (main or extra): the primary key makes a duplicate impossible, even in a race.
  await db.schema
    .createTable('lead_phones')
    .addColumn('phone', 'text', (c) => c.primaryKey())
    .addColumn('lead_id', 'integer', (c) => c.notNull().references('leads.id').onDelete('cascade'))
    .execute();
  await db.schema.createIndex('lead_phones_lead').on('lead_phones').column('lead_id').execute();

  // Name search: one row per word of a lead's name. created_at (never changes) and seller_id (kept
  // in step on assignment) ride along so a name search with the default order never visits leads.
  await db.schema
    .createTable('lead_search')
    .addColumn('token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'integer', (c) => c.notNull())
    .addColumn('lead_id', 'integer', (c) => c.notNull().references('leads.id').onDelete('cascade'))
    .addColumn('seller_id', 'integer')
    .addPrimaryKeyConstraint('lead_search_pk', ['token', 'created_at', 'lead_id'])
    .modifyEnd(sql`without rowid`)
    .execute();
  await db.schema.createIndex('lead_search_lead').on('lead_search').column('lead_id').execute();

  await db.schema
    .createTable('activities')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('lead_id', 'integer', (c) => c.notNull().references('leads.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('at', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema.createIndex('activities_lead').on('activities').columns(['lead_id', 'at']).execute();
  await db.schema.createIndex('activities_user_at').on('activities').columns(['user_id', 'at']).execute();

  await db.schema
    .createTable('followups')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('lead_id', 'integer', (c) => c.notNull().references('leads.id').onDelete('cascade'))
    .addColumn('seller_id', 'integer', (c) => c.references('users.id'))
    .addColumn('due_at', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('created_at', 'integer', (c) => c.notNull())
    .addColumn('closed_at', 'integer')
    .addColumn('closed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('close_kind', 'text')
    .addColumn('overdue_notified_at', 'integer')
    .execute();
  await db.schema
    .createIndex('followups_state_seller_due')
    .on('followups')
    .columns(['state', 'seller_id', 'due_at'])
    .execute();
  await db.schema.createIndex('followups_state_due').on('followups').columns(['state', 'due_at']).execute();
  await db.schema.createIndex('followups_lead').on('followups').columns(['lead_id', 'state']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['followups', 'activities', 'lead_search', 'lead_phones', 'lead_counts', 'leads', 'courses'])
    await db.schema.dropTable(t).execute();
  await db.schema.alterTable('users').dropColumn('last_assigned_at').execute();
}
