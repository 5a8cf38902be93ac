import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema';

export type Db = Kysely<Database>;

export interface Connection {
  sqlite: BetterSqlite3.Database;
  db: Db;
}

/** One SQLite file in WAL mode with foreign keys on. */
export function connect(file: string): Connection {
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  // better-sqlite3 waits synchronously: a long busy timeout would freeze every desk. Writes wait for
  // another process's lock on timers instead (db/transaction.ts).
  sqlite.pragma('busy_timeout = 20');
  sqlite.pragma('cache_size = -32000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { sqlite, db };
}
