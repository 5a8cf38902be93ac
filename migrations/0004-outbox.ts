import type { Kysely } from 'kysely';

// The notification outbox of SPEC §2: every message to a person is a row first (never fire and
// forget). In-app rows are delivered on insert; a Telegram sender will work through its channel's rows.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('outbox')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('recipient_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('text_key', 'text', (c) => c.notNull())
    .addColumn('params', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('lead_id', 'integer', (c) => c.references('leads.id').onDelete('set null'))
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'integer')
    .addColumn('sent_at', 'integer')
    .addColumn('read_at', 'integer')
    .addColumn('created_at', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('outbox_recipient')
    .on('outbox')
    .columns(['recipient_id', 'channel', 'read_at'])
    .execute();
  await db.schema
    .createIndex('outbox_pending')
    .on('outbox')
    .columns(['channel', 'sent_at', 'next_attempt_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('outbox').execute();
}
