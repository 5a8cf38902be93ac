import { readdirSync } from 'node:fs';
import { Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { nameTokens } from '../../src-shared/domain/name-search';
import { migrateToLatest } from '../../src-main/db/migrate';
import { upTo, useMigrationDb } from '../helpers/migration-db';

const BEFORE = upTo('0005-login-throttle');
const WITH = upTo('0006-name-search-keys');
const UNTOUCHED = [
  'users',
  'sessions',
  'settings',
  'absences',
  'courses',
  'leads',
  'lead_counts',
  'lead_phones',
  'activities',
  'followups',
  'rooms',
  'groups',
  'offers',
  'trials',
  'outbox',
  'login_throttle',
];

const m = useMigrationDb();
const { tables, columns, indexes, foreignKeys, snapshot, plan } = m;

/** The search rows of the database, as "token created_at lead_id seller_id", sorted. */
const searchRows = () =>
  (m.conn.sqlite.prepare('SELECT * FROM lead_search').all() as Record<string, unknown>[])
    .map((r) => `${r.token} ${r.created_at} ${r.lead_id} ${r.seller_id}`)
    .sort();

/**
 * A 0005 database in use: a seller, leads named in Uzbek and Russian spellings with the search words
 * the old folding stored (h and x apart, u and o apart), one lead nobody took, one named with no letters.
 */
async function seed0005(extraLeads = 0) {
  await migrateToLatest(m.conn, m.backups, 0, BEFORE);
  const s = m.conn.sqlite;
  const seller = Number(
    s
      .prepare(
        `INSERT INTO users (username, username_key, password_hash, role, first_name, created_at, updated_at)
         VALUES ('dilnoza', 'dilnoza', 'scrypt$x', 'seller', 'Dilnoza', 1000, 1000)`,
      )
      .run().lastInsertRowid,
  );
  const lead = s.prepare(
    `INSERT INTO leads (name, phone, phone_rev, source, status, seller_id, created_by, created_at, status_changed_at, updated_at)
     VALUES (?, ?, ?, 'other', 'new', ?, ?, ?, ?, ?)`,
  );
  const word = s.prepare('INSERT INTO lead_search (token, created_at, lead_id, seller_id) VALUES (?, ?, ?, ?)');
  const add = (name: string, oldTokens: string[], sellerId: number | null, n: number) => {
    const phone = `+99890${String(1_000_000 + n).padStart(7, '0')}`;
    const id = Number(lead.run(name, phone, [...phone].reverse().join(''), sellerId, seller, n, n, n).lastInsertRowid);
    for (const token of oldTokens) word.run(token, n, id, sellerId);
    return id;
  };
  const ids = s.transaction(() => {
    const out = {
      shohruh: add("Shohruh O'tkirov", ['shohruh', 'otkirov'], seller, 1),
      cyrillic: add('Шохрух Уткиров', ['shoxrux', 'utkirov'], seller, 2),
      kodirov: add('Қодиров Ғайрат', ['kodirov', 'gayrat'], null, 3),
      symbols: add('—', [], seller, 4),
    };
    for (let n = 0; n < extraLeads; n++) add(`Yusuf ${n} Xolmatov`, ['yusuf', String(n), 'xolmatov'], seller, 10 + n);
    return out;
  })();
  return { seller, ids };
}

describe('0006-name-search-keys', () => {
  it("rebuilds every lead's search words with the new folding: backup first, nothing else changed, the table as it was", async () => {
    const { seller, ids } = await seed0005();
    const before = snapshot(UNTOUCHED);
    const shape = { columns: columns('lead_search'), indexes: indexes('lead_search'), fks: foreignKeys('lead_search') };

    const report = await migrateToLatest(m.conn, m.backups, Date.parse('2026-11-26T06:00:00Z'), WITH);
    expect(report.applied).toEqual(['0006-name-search-keys']);
    expect(readdirSync(m.backups)).toEqual(['crm-2026-11-26T06-00-00-000Z-before-0006-name-search-keys.sqlite']);
    expect(snapshot(UNTOUCHED)).toEqual(before);
    expect(tables()).toEqual([...UNTOUCHED, 'lead_search'].sort());

    // Russian and Uzbek spellings of one name now share their words; the unassigned lead keeps a null seller.
    expect(searchRows()).toEqual(
      [
        `otkirov 1 ${ids.shohruh} ${seller}`,
        `shoxrox 1 ${ids.shohruh} ${seller}`,
        `otkirov 2 ${ids.cyrillic} ${seller}`,
        `shoxrox 2 ${ids.cyrillic} ${seller}`,
        `gayrat 3 ${ids.kodirov} null`,
        `kodirov 3 ${ids.kodirov} null`,
      ].sort(),
    );
    expect({
      columns: columns('lead_search'),
      indexes: indexes('lead_search'),
      fks: foreignKeys('lead_search'),
    }).toEqual(shape);
    expect(m.conn.sqlite.prepare(`SELECT sql FROM sqlite_master WHERE name = 'lead_search'`).pluck().get()).toMatch(
      /without rowid$/i,
    );
    expect(plan(`SELECT token FROM lead_search WHERE lead_id = 1`)).toMatch(/USING (COVERING )?INDEX lead_search_lead/);
  });

  it('works through many leads in batches, each lead with exactly the words nameTokens gives', async () => {
    const { ids } = await seed0005(12_000); // 36 000+ words: several read and write batches
    await migrateToLatest(m.conn, m.backups, 1, WITH);
    const rows = m.conn.sqlite.prepare('SELECT lead_id, token FROM lead_search').all() as {
      lead_id: number;
      token: string;
    }[];
    const names = m.conn.sqlite.prepare('SELECT id, name FROM leads').all() as { id: number; name: string }[];
    const expected = names.flatMap((l) => nameTokens(l.name).map((token) => `${l.id} ${token}`)).sort();
    expect(rows.map((r) => `${r.lead_id} ${r.token}`).sort()).toEqual(expected);
    expect(expected).toContain(`${ids.cyrillic} shoxrox`);
    expect(expected.filter((r) => r.endsWith(' yosof'))).toHaveLength(12_000);
  }, 30_000);

  it('can be rolled back and re-applied: down keeps the new words, up rebuilds them the same', async () => {
    await seed0005();
    await migrateToLatest(m.conn, m.backups, 1, WITH);
    const after = searchRows();
    const migrator = new Migrator({ db: m.conn.db, provider: { getMigrations: async () => WITH } });
    const down = await migrator.migrateDown();
    expect(down.error).toBeUndefined();
    expect(searchRows()).toEqual(after);
    expect((await migrateToLatest(m.conn, m.backups, 2, WITH)).applied).toEqual(['0006-name-search-keys']);
    expect(searchRows()).toEqual(after);
  });
});
