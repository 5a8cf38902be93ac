import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3';

/**
 * Past this many WAL pages (160 MB of 4 KB pages) the app's own connection checkpoints at a commit, as a
 * safety net: the worker below keeps the WAL far smaller, except while a backup's snapshot holds it back
 * during an import (50 000 rows write ~80 MB).
 */
export const SAFETY_NET_PAGES = 40_000;

// A worker thread with its own connection folds the WAL back into the database file every few seconds:
// on the app's connection a checkpoint ran on the event loop (20–35 ms every 5 s for a busy office, and
// ~130 ms of an import's commit), or inside whichever save crossed SQLite's automatic mark. Plain JS, so
// no bundle entry is needed.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 0');
const fold = () => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy: the next tick */ }
};
const timer = setInterval(fold, workerData.everyMs);
parentPort.on('message', (m) => {
  if (m === 'fold') { fold(); parentPort.postMessage('folded'); }
  if (m === 'stop') { clearInterval(timer); db.close(); parentPort.close(); }
});
`;

export interface Checkpoints {
  /** One checkpoint now (tests); resolves once it has run. */
  foldNow(): Promise<void>;
  /** Stops the worker and closes its connection (before a restore swaps the file, and at close). */
  stop(): Promise<void>;
}

/**
 * Starts the background checkpoints of `sqlite`'s file. When the worker cannot run (or dies), the app's
 * connection checkpoints on a timer itself, as it did before.
 */
export function startCheckpoints(
  sqlite: BetterSqlite3.Database,
  o: { everyMs?: number; onFallback?: (error: string) => void } = {},
): Checkpoints {
  const everyMs = o.everyMs ?? 5_000;
  sqlite.pragma(`wal_autocheckpoint = ${SAFETY_NET_PAGES}`);
  const module = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER, { eval: true, workerData: { module, file: sqlite.name, everyMs } });
  worker.unref();
  let fallback: NodeJS.Timeout | null = null;
  let stopping = false;
  const folded: Array<() => void> = [];
  const onOwnThread = (error: string) => {
    for (const resolve of folded.splice(0)) resolve(); // a fold asked for will not come from the worker
    if (stopping || fallback) return;
    o.onFallback?.(error);
    fallback = setInterval(() => {
      try {
        sqlite.pragma('wal_checkpoint(PASSIVE)');
      } catch {
        // A busy database is checkpointed on the next tick.
      }
    }, everyMs);
    fallback.unref();
  };
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.on('message', (m) => m === 'folded' && folded.shift()?.());
  worker.once('error', (e) => onOwnThread(String(e.message)));
  worker.once('exit', (code) => onOwnThread(`checkpoint worker ended (${code})`));
  return {
    foldNow() {
      if (stopping) return Promise.resolve();
      if (fallback) {
        sqlite.pragma('wal_checkpoint(PASSIVE)');
        return Promise.resolve();
      }
      return new Promise((resolve) => {
        folded.push(resolve);
        worker.postMessage('fold');
      });
    },
    async stop() {
      stopping = true;
      if (fallback) clearInterval(fallback);
      // Referenced again while it closes: an unreferenced worker is no reason to wait, and a caller whose
      // last work is this stop would see its process end with the await unsettled (exit code 13).
      worker.ref();
      worker.postMessage('stop');
      await exited;
    },
  };
}
