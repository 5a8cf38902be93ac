import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SAFETY_NET_PAGES, startCheckpoints } from './checkpoint';

describe('background checkpoints', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function database() {
    dir = mkdtempSync(join(tmpdir(), 'crm-ckpt-'));
    const sqlite = new BetterSqlite3(join(dir, 'crm.sqlite'));
    sqlite.pragma('journal_mode = WAL');
    sqlite.exec('CREATE TABLE t (x TEXT)');
    return sqlite;
  }
  const write = (sqlite: BetterSqlite3.Database) => {
    const insert = sqlite.prepare('INSERT INTO t VALUES (?)');
    sqlite.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run('x'.repeat(200));
    })();
  };
  const fileSize = () => statSync(join(dir, 'crm.sqlite')).size;

  it('fold the WAL into the database file from a worker thread, on a timer', async () => {
    const sqlite = database();
    const checkpoints = startCheckpoints(sqlite, { everyMs: 20 });
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(SAFETY_NET_PAGES);
    write(sqlite);
    const before = fileSize();
    await new Promise((r) => setTimeout(r, 300));
    expect(fileSize()).toBeGreaterThan(before); // pages moved from the WAL into the file
    await checkpoints.stop();
    // Stopped: the worker's connection is closed, nothing folds any more.
    write(sqlite);
    const stopped = fileSize();
    await new Promise((r) => setTimeout(r, 100));
    expect(fileSize()).toBe(stopped);
    sqlite.close();
  });

  it('let a process whose last work is stopping them end normally (the worker is waited for)', () => {
    dir = mkdtempSync(join(tmpdir(), 'crm-ckpt-'));
    const script = join(dir, 'last.mts');
    writeFileSync(
      script,
      `import BetterSqlite3 from ${JSON.stringify(createRequire(import.meta.url).resolve('better-sqlite3'))};
import { startCheckpoints } from ${JSON.stringify(resolve(__dirname, 'checkpoint.ts'))};
const sqlite = new BetterSqlite3(${JSON.stringify(join(dir, 'crm.sqlite'))});
sqlite.pragma('journal_mode = WAL');
const checkpoints = startCheckpoints(sqlite);
await checkpoints.stop();
sqlite.close();
console.log('closed');
`,
    );
    const run = spawnSync(process.execPath, ['--import', 'tsx', script], {
      cwd: resolve(__dirname, '../..'),
      encoding: 'utf8',
    });
    expect(run.stderr + run.stdout.trim()).toBe('closed'); // nothing on stderr
    expect(run.status).toBe(0); // not 13: "unsettled top-level await"
  });

  it('fold on the app connection when the worker cannot open the file', async () => {
    const sqlite = database();
    const errors: string[] = [];
    // A worker that dies at once: the file was removed under the open connection.
    const gone = new BetterSqlite3(join(dir, 'gone.sqlite'));
    rmSync(join(dir, 'gone.sqlite'));
    const failing = startCheckpoints(gone, { everyMs: 20, onFallback: (e) => errors.push(e) });
    await new Promise((r) => setTimeout(r, 300));
    expect(errors.length).toBe(1);
    await failing.foldNow(); // runs on this thread, without the worker
    await failing.stop();
    gone.close();
    const working = startCheckpoints(sqlite, { everyMs: 60_000 });
    write(sqlite);
    const before = fileSize();
    await working.foldNow();
    expect(fileSize()).toBeGreaterThan(before);
    await working.stop();
    sqlite.close();
  });
});
