import { CompiledQuery, type Insertable } from 'kysely';
import type { Db } from './connect';
import type { Database } from './schema';

/** Bound values per statement: well under SQLite's limit of 32 766, and ~100 rows of the widest table. */
const VALUES_PER_STATEMENT = 2_000;

const texts = new Map<string, string>();

/** `INSERT INTO table (columns) VALUES (?, …), …` for `rows` rows, built once per shape. */
function insertText(table: string, columns: readonly string[], rows: number): string {
  const key = `${table}:${columns.join(',')}:${rows}`;
  let text = texts.get(key);
  if (!text) {
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    text = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${Array(rows).fill(tuple).join(', ')}`;
    texts.set(key, text);
  }
  return text;
}

/**
 * Bulk rows (an import's leads, their calls and history) written in multi-row INSERTs of a fixed shape:
 * the same few SQL texts each time, so they are compiled once and found in the prepared-statement cache
 * (db/connect.ts) — no query building per row. Half the time of single-row inserts, a third of Kysely's
 * `insertInto().values([...])` for thousands of rows. Runs in the caller's transaction.
 */
export async function insertRows<T extends keyof Database & string>(
  db: Db,
  table: T,
  columns: ReadonlyArray<keyof Database[T] & string>,
  rows: ReadonlyArray<Insertable<Database[T]>>,
): Promise<void> {
  const per = Math.max(1, Math.floor(VALUES_PER_STATEMENT / columns.length));
  for (let i = 0; i < rows.length; i += per) {
    const slice = rows.slice(i, i + per);
    const values: unknown[] = [];
    for (const row of slice) for (const c of columns) values.push((row as Record<string, unknown>)[c] ?? null);
    await db.executeQuery(CompiledQuery.raw(insertText(table, columns, slice.length), values));
  }
}
