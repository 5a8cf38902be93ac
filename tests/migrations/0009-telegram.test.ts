import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src-main/db/migrate';
import { upTo, useMigrationDb } from '../helpers/migration-db';

const m = useMigrationDb();
const s = () => m.conn.sqlite;

describe('0009-telegram', () => {
  it('adds link codes, secrets and the delivery columns; keeps every user and notice; the queue reads its index', async () => {
    await migrateToLatest(m.conn, m.backups, 0, upTo('0008-messages-leave-scheduler'));
    s()
      .prepare(
        `INSERT INTO users (username, username_key, password_hash, role, first_name, telegram_chat_id, created_at, updated_at)
         VALUES ('dilnoza', 'dilnoza', 'scrypt$x', 'seller', 'Dilnoza', '5001', 1, 1)`,
      )
      .run();
    s()
      .prepare(
        `INSERT INTO outbox (recipient_id, channel, text_key, dedupe_key, created_at) VALUES (1, 'telegram', 'k', 'd', 1)`,
      )
      .run();
    const before = m.snapshot(['users', 'outbox']);
    expect((await migrateToLatest(m.conn, m.backups, 1, upTo('0009-telegram'))).applied).toEqual(['0009-telegram']);
    expect(m.tables()).toEqual(expect.arrayContaining(['telegram_link_codes', 'secrets']));
    expect(m.columns('users')).toEqual(
      expect.arrayContaining(['telegram_blocked_at integer', "telegram_lang text notnull default 'uz'"]),
    );
    expect(m.columns('outbox')).toEqual(expect.arrayContaining(['error text', 'gave_up_at integer']));
    expect(s().prepare('SELECT telegram_chat_id, telegram_lang FROM users').get()).toEqual({
      telegram_chat_id: '5001',
      telegram_lang: 'uz',
    });
    expect(m.snapshot(['outbox']).outbox).toHaveLength(before.outbox.length);
    expect(m.foreignKeys('telegram_link_codes')).toEqual(['user_id -> users.id on delete CASCADE']);
    expect(
      m.plan(`SELECT id FROM outbox WHERE channel = 'telegram' AND sent_at IS NULL AND gave_up_at IS NULL ORDER BY id`),
    ).toMatch(/USING INDEX outbox_pending \(channel=\? AND sent_at=\?\)/);
  });
});
