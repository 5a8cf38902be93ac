import { sql, type Kysely } from 'kysely';

// Failed sign-ins, kept across restarts so a lock cannot be lifted by restarting the app. One row per
// (client address, username) and one per address with username_key '' (its overall budget). Rows are
// small (address ≤ 45 characters, username ≤ 40) and pruned a day after their first failure, so the
// table stays tiny whatever an attacker sprays.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('login_throttle')
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('username_key', 'text', (c) => c.notNull())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('first_failure_at', 'integer', (c) => c.notNull())
    .addColumn('locked_until', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('login_throttle_pk', ['ip', 'username_key'])
    .modifyEnd(sql`without rowid`)
    .execute();
  await db.schema.createIndex('login_throttle_first').on('login_throttle').column('first_failure_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('login_throttle').execute();
}
