import { sql, type Kysely } from 'kysely';

// Lead import (SPEC §9): an `imports` row per file from preview to commit, holding the parsed table
// (so a commit, a re-mapping or the report never need the file again) and each row's outcome;
// leads.import_id marks the leads a commit wrote, so a commit that fails or is killed half-way is
// undone on the next start (all or nothing) while other users keep working during a long one.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('imports')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('sheet', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('preview'))
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('outcomes', 'text')
    .addColumn('created_at', 'integer', (c) => c.notNull())
    .addColumn('committed_at', 'integer')
    .execute();
  await db.schema.createIndex('imports_user').on('imports').columns(['user_id', 'id']).execute();
  await db.schema
    .alterTable('leads')
    .addColumn('import_id', 'integer', (c) => c.references('imports.id').onDelete('set null'))
    .execute();
  await sql`CREATE INDEX leads_import ON leads (import_id) WHERE import_id IS NOT NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('leads_import').execute();
  await db.schema.alterTable('leads').dropColumn('import_id').execute();
  await db.schema.dropTable('imports').execute();
}
