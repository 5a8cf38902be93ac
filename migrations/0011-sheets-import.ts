import { sql, type Kysely } from 'kysely';

// "Google Sheets Import" (SPEC §9): an import may come from the configured Google sheet
// (imports.spreadsheet_id), and every row imported from a sheet is remembered by the phone it had
// there, so reading the sheet again never brings it back — even after its lead's phone was edited.
//
// An import's parsed table and outcomes (megabytes for a big file) move out of the `imports` row into
// `import_data`: changing an import's status rewrote them each time (half a second for 50 000 rows).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('imports').addColumn('spreadsheet_id', 'text').execute();
  /** Rows that became duplicates during the commit (a phone taken meanwhile), JSON row numbers. */
  await db.schema.alterTable('imports').addColumn('late_duplicates', 'text').execute();
  await db.schema
    .createTable('import_data')
    .addColumn('import_id', 'integer', (c) => c.primaryKey().references('imports.id').onDelete('cascade'))
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('outcomes', 'text')
    .execute();
  await sql`INSERT INTO import_data (import_id, data, outcomes) SELECT id, data, outcomes FROM imports`.execute(db);
  await db.schema.alterTable('imports').dropColumn('data').execute();
  await db.schema.alterTable('imports').dropColumn('outcomes').execute();
  await db.schema
    .createTable('sheet_rows')
    .addColumn('spreadsheet_id', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('import_id', 'integer', (c) => c.notNull().references('imports.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('sheet_rows_pk', ['spreadsheet_id', 'phone'])
    .execute();
  await db.schema.createIndex('sheet_rows_import').on('sheet_rows').column('import_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('sheet_rows').execute();
  await db.schema
    .alterTable('imports')
    .addColumn('data', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema.alterTable('imports').addColumn('outcomes', 'text').execute();
  await sql`UPDATE imports SET data = (SELECT data FROM import_data WHERE import_id = imports.id),
    outcomes = (SELECT outcomes FROM import_data WHERE import_id = imports.id)`.execute(db);
  await db.schema.dropTable('import_data').execute();
  await db.schema.alterTable('imports').dropColumn('late_duplicates').execute();
  await db.schema.alterTable('imports').dropColumn('spreadsheet_id').execute();
}
