import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startCheckpoints } from './checkpoint';

describe('background checkpoints', () => {
  it('fold the WAL into the database between requests', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-ckpt-'));
    const sqlite = new BetterSqlite3(join(dir, 'crm.sqlite'));
    sqlite.pragma('journal_mode = WAL');
    const stop = startCheckpoints(sqlite, 20);
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(8000);
    sqlite.exec('CREATE TABLE t (x TEXT)');
    const insert = sqlite.prepare('INSERT INTO t VALUES (?)');
    sqlite.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run('x'.repeat(200));
    })();
    const before = statSync(join(dir, 'crm.sqlite')).size;
    await new Promise((r) => setTimeout(r, 100));
    expect(statSync(join(dir, 'crm.sqlite')).size).toBeGreaterThan(before); // pages moved from the WAL into the file
    stop();
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
