import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';

/** A consistent copy of the live database (SQLite online backup, safe under WAL). */
export async function backupTo(
  sqlite: BetterSqlite3.Database,
  dir: string,
  label: string,
  at: number,
): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const stamp = new Date(at).toISOString().replace(/[:.]/g, '-');
  const file = join(dir, `crm-${stamp}-${label}.sqlite`);
  await sqlite.backup(file);
  return file;
}
