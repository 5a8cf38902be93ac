import type { Kysely } from 'kysely';

// The Telegram bot (SPEC §11):
// - telegram_link_codes: one-time codes of "Telegramni ulash" (15 minutes, once), with the language
//   the bot answers that user in;
// - users.telegram_blocked_at: the link was dropped because the user blocked the bot (403);
//   users.telegram_lang: the language the bot speaks to them;
// - secrets: values kept encrypted (the bot token), never in the settings a call can read;
// - outbox.error / gave_up_at: why a Telegram notice failed and when the sender stopped trying;
//   the queue is read through outbox_pending (channel, sent_at, …) of 0004.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('telegram_link_codes')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'integer', (c) => c.notNull())
    .addColumn('used_at', 'integer')
    .execute();
  await db.schema.createIndex('telegram_link_codes_user').on('telegram_link_codes').column('user_id').execute();
  await db.schema.alterTable('users').addColumn('telegram_blocked_at', 'integer').execute();
  await db.schema
    .alterTable('users')
    .addColumn('telegram_lang', 'text', (c) => c.notNull().defaultTo('uz'))
    .execute();
  await db.schema.createIndex('users_telegram_chat').on('users').column('telegram_chat_id').execute();
  await db.schema
    .createTable('secrets')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
  await db.schema.alterTable('outbox').addColumn('error', 'text').execute();
  await db.schema.alterTable('outbox').addColumn('gave_up_at', 'integer').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('outbox').dropColumn('gave_up_at').execute();
  await db.schema.alterTable('outbox').dropColumn('error').execute();
  await db.schema.dropTable('secrets').execute();
  await db.schema.dropIndex('users_telegram_chat').execute();
  await db.schema.alterTable('users').dropColumn('telegram_lang').execute();
  await db.schema.alterTable('users').dropColumn('telegram_blocked_at').execute();
  await db.schema.dropTable('telegram_link_codes').execute();
}
