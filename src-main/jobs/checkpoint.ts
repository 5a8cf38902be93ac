import type BetterSqlite3 from 'better-sqlite3';

/**
 * Folds the WAL back into the database file between requests instead of inside one: SQLite's
 * automatic checkpoint would otherwise land on whichever save crosses the threshold (a seller's
 * click paying ~10 ms). The automatic one stays on, at a higher mark, as a safety net.
 */
export function startCheckpoints(sqlite: BetterSqlite3.Database, everyMs = 5_000): () => void {
  sqlite.pragma('wal_autocheckpoint = 8000');
  const timer = setInterval(() => {
    try {
      sqlite.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // A busy database is checkpointed on the next tick.
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
