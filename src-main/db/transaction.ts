import { sql } from 'kysely';
import { AppError } from '../../src-shared/contract/errors';
import type { Db } from './connect';

/** How long a write waits for another process's lock (a backup tool, a second app) before it says "busy". */
export const LOCK_WAIT_MS = 3_000;

type SqliteFailure = Error & { code?: string };
const codeOf = (e: unknown) => (e instanceof Error ? ((e as SqliteFailure).code ?? '') : '');
export const isBusy = (e: unknown) => /^SQLITE_(BUSY|LOCKED)/.test(codeOf(e));
export const isDiskFull = (e: unknown) => /^SQLITE_FULL/.test(codeOf(e));

/**
 * SQLite's own failures in the user's words: a lock held elsewhere is "busy, try again" (503), a full
 * disk is a full disk. Anything else is left as it is.
 */
export function databaseError(e: unknown): unknown {
  if (isBusy(e)) return new AppError('UNAVAILABLE', 'error.dbBusy');
  if (isDiskFull(e)) return new AppError('UNAVAILABLE', 'error.diskFull');
  return e;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * One transaction that takes the write lock first (BEGIN IMMEDIATE): when another process holds it,
 * nothing has been done yet, so the whole thing is tried again after a pause — waiting on timers,
 * never blocking the event loop — for up to LOCK_WAIT_MS. A failure rolls back and keeps its own
 * error (a full disk is not reported as "cannot rollback").
 */
export async function transaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (let pause = 20; ; pause = Math.min(pause * 2, 250)) {
    try {
      return await db.connection().execute(async (conn) => {
        await sql`begin immediate`.execute(conn);
        try {
          const result = await work(conn);
          await sql`commit`.execute(conn);
          return result;
        } catch (e) {
          await sql`rollback`.execute(conn).catch(() => undefined); // SQLite may have rolled back already
          throw e;
        }
      });
    } catch (e) {
      if (isBusy(e) && Date.now() + pause < deadline) {
        await sleep(pause);
        continue;
      }
      throw databaseError(e);
    }
  }
}
