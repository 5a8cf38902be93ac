import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema';

export type Db = Kysely<Database>;

export interface Connection {
  /** The open SQLite handle; a restore replaces it (read it when used, never keep it). */
  sqlite: BetterSqlite3.Database;
  /** Stays the same object across a restore: every query reaches the handle open at that moment. */
  db: Db;
}

/** Opens the file with the house pragmas: WAL, foreign keys on, a short busy timeout. */
export function openSqlite(file: string): BetterSqlite3.Database {
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  // better-sqlite3 waits synchronously: a long busy timeout would freeze every desk. Writes wait for
  // another process's lock on timers instead (db/transaction.ts).
  sqlite.pragma('busy_timeout = 20');
  sqlite.pragma('cache_size = -32000');
  // Statement journals (every write that fires a trigger or checks a foreign key keeps one) and sort
  // scratch in memory, not in temp files: a single-row write with triggers is ~4x faster.
  sqlite.pragma('temp_store = MEMORY');
  // A WAL grown by a big write (an import while a backup's snapshot held checkpoints back) is cut back to
  // 64 MB once checkpointed, not kept at its largest until the app closes.
  sqlite.pragma('journal_size_limit = 67108864');
  return sqlite;
}

/** Prepared statements kept per handle: the most used SQL texts, least recently used dropped first. */
const STATEMENTS_KEPT = 300;
const statements = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

/**
 * `prepare` with a cache: Kysely prepares every query anew, and compiling SQL costs more than running it
 * for short queries (and ~10 ms for an import's 500-row INSERT). A statement still being iterated is not
 * shared.
 */
function preparedOn(sqlite: BetterSqlite3.Database, sql: string): BetterSqlite3.Statement {
  let kept = statements.get(sqlite);
  if (!kept) statements.set(sqlite, (kept = new Map()));
  const hit = kept.get(sql);
  if (hit && !hit.busy) {
    kept.delete(sql);
    kept.set(sql, hit);
    return hit;
  }
  const stmt = sqlite.prepare(sql);
  kept.set(sql, stmt);
  if (kept.size > STATEMENTS_KEPT) kept.delete(kept.keys().next().value!);
  return stmt;
}

/** A Kysely over whatever handle `current()` gives at each statement (Kysely's SQLite driver keeps one object). */
export function kyselyOver(current: () => BetterSqlite3.Database, close = true): Db {
  const database = { prepare: (sql: string) => preparedOn(current(), sql), close: () => close && current().close() };
  return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
}

/** One SQLite file in WAL mode with foreign keys on. */
export function connect(file: string): Connection {
  const conn = { sqlite: openSqlite(file) } as Connection;
  conn.db = kyselyOver(() => conn.sqlite);
  return conn;
}
