import { CompiledQuery, sql, type RawBuilder } from 'kysely';
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
 * Bulk rows (an import's leads, their name's search words) written in multi-row INSERTs of a fixed shape:
 * the same few SQL texts each time, so they are compiled once and found in the prepared-statement cache
 * (db/connect.ts) — no query building per row. `values` holds the rows one after another, each with
 * `columns`' values in order (no object per row: 50 000 leads are 900 000 values). Half the time of
 * single-row inserts, a third of Kysely's `insertInto().values([...])` for thousands of rows. Runs in the
 * caller's transaction.
 */
export async function insertRows<T extends keyof Database & string>(
  db: Db,
  table: T,
  columns: ReadonlyArray<keyof Database[T] & string>,
  values: readonly unknown[],
): Promise<void> {
  const width = columns.length;
  const per = Math.max(1, Math.floor(VALUES_PER_STATEMENT / width)) * width;
  for (let i = 0; i < values.length; i += per) {
    const slice = values.slice(i, i + per);
    await db.executeQuery(CompiledQuery.raw(insertText(table, columns, slice.length / width), slice));
  }
}

/**
 * A value looked up by an integer column inside an `INSERT … SELECT` (each seller's due time or name for
 * rows made from the leads just written): the map is bound once as JSON and read with `json_extract`.
 * The key must come from an INTEGER column — a bound JS number would read as "5.0" and find nothing.
 */
export function valueByColumn(map: Record<number, unknown>, integerColumn: string): RawBuilder<unknown> {
  return sql`json_extract(${JSON.stringify(map)}, '$.' || ${sql.ref(integerColumn)})`;
}
