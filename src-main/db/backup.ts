import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import { newBackupName, TEMP_PREFIX } from './backup-files';
import type { BackupKind } from '../../src-shared/domain/backup-retention';

/** A copy that failed `PRAGMA integrity_check`: it is thrown away and never replaces a good backup. */
export class UnsoundBackupError extends Error {
  constructor(readonly verdict: string) {
    super(`backup copy is not sound: ${verdict}`);
  }
}

// Copies and checks run in a worker thread with its own connection: the final sync of a 250 MB copy
// and an integrity_check that reads every page take seconds, and the core's event loop (every desk's
// calls) must not wait for them. Plain JS, so no bundle entry is needed.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const verdictOf = (file, quick) => {
  const db = new Database(file, { fileMustExist: true });
  try {
    return db.pragma(quick ? 'quick_check' : 'integrity_check', { simple: false })
      .map((r) => String(Object.values(r)[0])).slice(0, 20).join('; ');
  } finally { db.close(); }
};
(async () => {
  if (workerData.source) {
    const src = new Database(workerData.source, { fileMustExist: true });
    try {
      // The snapshot first: the copy reads inside this read transaction (WAL), so it holds the database as
      // it is now, whatever the app writes from the moment it is told so.
      src.exec('BEGIN');
      src.prepare('SELECT count(*) FROM sqlite_master').get();
      parentPort.postMessage({ snapshot: true });
      // All pages in one step, inside that transaction: writers elsewhere never restart it.
      await src.backup(workerData.file, { progress: () => 0x7fffffff });
      src.exec('COMMIT');
    } finally { src.close(); }
    const copy = new Database(workerData.file);
    try { copy.pragma('journal_mode = DELETE'); } finally { copy.close(); }
  }
  let verdict;
  try { verdict = verdictOf(workerData.file, workerData.quick); }
  catch (e) { verdict = String((e && e.message) || e); }
  return { ok: true, verdict };
})().then(
  (r) => parentPort.postMessage(r),
  (e) => parentPort.postMessage({ ok: false, error: String((e && e.message) || e) }),
);
`;

const sqliteModule = () => createRequire(import.meta.url).resolve('better-sqlite3');

type WorkerReply = { ok: true; verdict: string } | { ok: false; error: string };

function runWorker(
  data: { file: string; source?: string; quick?: boolean },
  onSnapshot?: () => void,
): Promise<WorkerReply> {
  return new Promise((resolve) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { module: sqliteModule(), ...data } });
    let settled = false;
    const done = (reply: WorkerReply) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      resolve(reply);
    };
    worker.on('message', (reply: WorkerReply | { snapshot: true }) =>
      'snapshot' in reply ? onSnapshot?.() : done(reply),
    );
    worker.once('error', (e) => done({ ok: false, error: String(e.message) }));
    worker.once('exit', (code) => done({ ok: false, error: `worker ended (${code})` }));
  });
}

/** 'ok', or what is wrong with the file (not a database, damaged pages…), checked off the main thread. */
export async function checkIntegrity(file: string, quick = false): Promise<string> {
  const reply = await runWorker({ file, quick });
  return reply.ok ? reply.verdict : reply.error;
}

/** The same check, on this thread (start-up, before anything else runs). */
export function checkIntegritySync(file: string, quick = true): string {
  try {
    const db = new BetterSqlite3(file, { fileMustExist: true });
    try {
      const rows = db.pragma(quick ? 'quick_check' : 'integrity_check') as Array<Record<string, unknown>>;
      return rows
        .map((r) => String(Object.values(r)[0]))
        .slice(0, 20)
        .join('; ');
    } finally {
      db.close();
    }
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** How a copy is made: `quick` checks it with quick_check (a restore still runs the full check first);
 * `onSnapshot` is called once the copy's read has begun — what is written from then on is not in it. */
export interface BackupOptions {
  quick?: boolean;
  onSnapshot?: () => void;
}

/**
 * A sound copy of the live database: SQLite's online backup API (better-sqlite3 `.backup()`, from a
 * second connection in a worker thread; WAL lets the app keep writing meanwhile) to a temporary file,
 * made a single file (no WAL), checked with integrity_check (quick_check when `quick`), then renamed into place. A copy that fails
 * is deleted; nothing else is touched. The copy holds the data committed when its read began.
 */
export async function writeBackup(
  sqlite: BetterSqlite3.Database,
  dir: string,
  name: string,
  o: BackupOptions = {},
): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  const tmp = join(dir, `${TEMP_PREFIX}${name}`);
  try {
    const reply = await runWorker({ file: tmp, source: sqlite.name, quick: o.quick }, o.onSnapshot);
    if (!reply.ok) throw new Error(reply.error);
    if (reply.verdict !== 'ok') throw new UnsoundBackupError(reply.verdict);
    renameSync(tmp, file);
    return file;
  } catch (e) {
    for (const f of [tmp, `${tmp}-journal`, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
    throw e;
  }
}

/** A backup of the given kind with a fresh name in `dir` (used before migrations and by the backups module). */
export function backupTo(
  sqlite: BetterSqlite3.Database,
  dir: string,
  /** `before`: a pre-migration copy, named `…-before-<migration>.sqlite` as it always was. */
  kind: BackupKind | 'before',
  at: number,
  detail?: string,
  o?: BackupOptions,
): Promise<string> {
  mkdirSync(dir, { recursive: true });
  return writeBackup(sqlite, dir, newBackupName(dir, kind, at, detail), o);
}
