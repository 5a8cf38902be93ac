import { sql, type Kysely } from 'kysely';

const HOUR = 3600_000;

// Messages, leave requests (SPEC §2, §8) and what the scheduler needs (SPEC §3, §5):
// - messages with one row per recipient (read time); "all sellers" is expanded when sent;
// - leave_requests, whose approved rows block working time like absences;
// - outbox rows may point at a message (deleted with it, so a deleted message is never delivered)
//   or a leave request, for the bell's link;
// - followups.due_notified_at beside overdue_notified_at (0002): each notice is written once; partial
//   indexes hold only the pending follow-ups still owed a notice, so a tick reads just those;
// - leads.reactivation_pending marks a lost lead whose reactivation call is still to be created;
//   the scheduler creates it `reactivationDays` after status_changed_at.
// Follow-ups already due when this runs get no notice (a first start must not flood the sellers
// with last month's calls), and lost leads already got their reactivation call from the old rule.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('messages')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('sender_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('to_all_sellers', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('recipient_count', 'integer', (c) => c.notNull())
    .addColumn('read_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('messages_sender').on('messages').columns(['sender_id', 'id']).execute();
  await db.schema
    .createTable('message_recipients')
    .addColumn('message_id', 'integer', (c) => c.notNull().references('messages.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('read_at', 'integer')
    .addPrimaryKeyConstraint('message_recipients_pk', ['message_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('message_recipients_inbox')
    .on('message_recipients')
    .columns(['user_id', 'message_id'])
    .execute();
  await sql`CREATE INDEX message_recipients_unread ON message_recipients (user_id) WHERE read_at IS NULL`.execute(db);

  await db.schema
    .createTable('leave_requests')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('date_from', 'text', (c) => c.notNull())
    .addColumn('date_to', 'text', (c) => c.notNull())
    .addColumn('time_from', 'text')
    .addColumn('time_to', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('reviewed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('reviewed_at', 'integer')
    .addColumn('reject_reason', 'text')
    .addColumn('created_at', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('leave_status').on('leave_requests').columns(['status', 'id']).execute();
  await db.schema.createIndex('leave_user').on('leave_requests').columns(['user_id', 'status', 'date_to']).execute();

  await db.schema
    .alterTable('outbox')
    .addColumn('message_id', 'integer', (c) => c.references('messages.id').onDelete('cascade'))
    .execute();
  await db.schema
    .alterTable('outbox')
    .addColumn('leave_id', 'integer', (c) => c.references('leave_requests.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('outbox_message').on('outbox').column('message_id').execute();
  await db.schema.createIndex('outbox_leave').on('outbox').column('leave_id').execute();

  await db.schema.alterTable('followups').addColumn('due_notified_at', 'integer').execute();
  // The migration runs before any clock is handed to it: the machine's time is what "already due" means.
  const now = Date.now();
  await sql`UPDATE followups SET due_notified_at = ${now} WHERE state = 'pending' AND due_at <= ${now}`.execute(db);
  await sql`UPDATE followups SET overdue_notified_at = ${now}
    WHERE state = 'pending' AND overdue_notified_at IS NULL AND due_at <= ${now - HOUR}`.execute(db);
  await sql`CREATE INDEX followups_due_notice ON followups (due_at)
    WHERE state = 'pending' AND due_notified_at IS NULL`.execute(db);
  await sql`CREATE INDEX followups_overdue_notice ON followups (due_at)
    WHERE state = 'pending' AND overdue_notified_at IS NULL`.execute(db);

  await db.schema
    .alterTable('leads')
    .addColumn('reactivation_pending', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`CREATE INDEX leads_reactivation ON leads (status_changed_at) WHERE reactivation_pending = 1`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('leads_reactivation').execute();
  await db.schema.alterTable('leads').dropColumn('reactivation_pending').execute();
  await db.schema.dropIndex('followups_overdue_notice').execute();
  await db.schema.dropIndex('followups_due_notice').execute();
  await db.schema.alterTable('followups').dropColumn('due_notified_at').execute();
  await db.schema.dropIndex('outbox_leave').execute();
  await db.schema.dropIndex('outbox_message').execute();
  await db.schema.alterTable('outbox').dropColumn('leave_id').execute();
  await db.schema.alterTable('outbox').dropColumn('message_id').execute();
  await db.schema.dropTable('leave_requests').execute();
  await db.schema.dropTable('message_recipients').execute();
  await db.schema.dropTable('messages').execute();
}
