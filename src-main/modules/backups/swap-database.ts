import { copyFileSync, renameSync, rmSync } from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import { openSqlite, type Connection } from '../../db/connect';

const removeSidecars = (dbFile: string) => {
  for (const ext of ['-wal', '-shm', '-journal']) rmSync(`${dbFile}${ext}`, { force: true });
};

/** Puts `source` in place of `dbFile` by copy + atomic rename: the live file is whole at every moment. */
function putInPlace(source: string, dbFile: string): void {
  const staging = `${dbFile}.restoring`;
  copyFileSync(source, staging);
  renameSync(staging, dbFile);
}

/**
 * Replaces the live database with `source` under the same `conn` (SPEC §12 restore). It holds Kysely's
 * one connection throughout, so no statement runs meanwhile: the old handle is closed (its WAL folded
 * in), stale -wal/-shm files removed, the copy renamed into place, a new handle opened and `prepare`
 * (migrations, ending sessions) run on it. When anything fails after the close, `fallback` (the
 * pre-restore copy) is put back, so the app never stays on a half-restored file.
 */
export async function swapDatabase(
  conn: Connection,
  dbFile: string,
  source: string,
  fallback: string,
  prepare: (sqlite: BetterSqlite3.Database) => Promise<void>,
): Promise<void> {
  await conn.db.connection().execute(async () => {
    conn.sqlite.close();
    removeSidecars(dbFile);
    try {
      putInPlace(source, dbFile);
      conn.sqlite = openSqlite(dbFile);
      await prepare(conn.sqlite);
    } catch (e) {
      if (conn.sqlite.open) conn.sqlite.close();
      removeSidecars(dbFile);
      putInPlace(fallback, dbFile);
      conn.sqlite = openSqlite(dbFile);
      throw e;
    }
  });
}
