import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src-main/db/migrate';
import { upTo, useMigrationDb } from '../helpers/migration-db';

const m = useMigrationDb();
const s = () => m.conn.sqlite;

describe('0011-sheets-import', () => {
  it('moves every import’s table and outcomes to import_data, adds the sheet columns and remembered rows', async () => {
    await migrateToLatest(m.conn, m.backups, 0, upTo('0010-imports'));
    s()
      .prepare(
        `INSERT INTO users (username, username_key, password_hash, role, first_name, created_at, updated_at)
         VALUES ('admin', 'admin', 'scrypt$x', 'admin', 'Aziza', 1, 1)`,
      )
      .run();
    const data = JSON.stringify({ parsed: { rows: [{ row: 2, cells: ['Aziz', '901234567'] }] }, mapping: ['name'] });
    s()
      .prepare(
        `INSERT INTO imports (user_id, file_name, sheet, status, data, outcomes, created_at)
         VALUES (1, 'lidlar.xlsx', 'Lidlar', 'committed', ?, '[{"row":2}]', 5)`,
      )
      .run(data);
    expect((await migrateToLatest(m.conn, m.backups, 1, upTo('0011-sheets-import'))).applied).toEqual([
      '0011-sheets-import',
    ]);
    expect(m.columns('imports')).toEqual(expect.arrayContaining(['spreadsheet_id text', 'late_duplicates text']));
    expect(m.columns('imports').join()).not.toMatch(/\bdata\b|\boutcomes\b/);
    expect(s().prepare('SELECT id, file_name, status FROM imports').all()).toEqual([
      { id: 1, file_name: 'lidlar.xlsx', status: 'committed' },
    ]);
    expect(s().prepare('SELECT import_id, data, outcomes FROM import_data').all()).toEqual([
      { import_id: 1, data, outcomes: '[{"row":2}]' },
    ]);
    expect(m.foreignKeys('sheet_rows')).toEqual(['import_id -> imports.id on delete CASCADE']);
    // Deleting an import takes its data and remembered rows with it.
    s().prepare(`INSERT INTO sheet_rows (spreadsheet_id, phone, import_id) VALUES ('abc', '+998901234567', 1)`).run();
    s().prepare('DELETE FROM imports').run();
    expect(
      s().prepare('SELECT (SELECT count(*) FROM import_data) + (SELECT count(*) FROM sheet_rows) AS n').get(),
    ).toEqual({
      n: 0,
    });
  });
});
