import { Migrator, type Migration, type MigrationResultSet } from 'kysely';
import { migrations } from '../../migrations/index';
import { backupTo } from './backup';
import type { Connection } from './connect';

export interface MigrateReport {
  applied: string[];
  backupFile: string | null;
}

/**
 * Brings the database to the newest schema. When the file already holds data and something is
 * pending, a backup is taken first so a failed upgrade never costs the centre its leads.
 */
export async function migrateToLatest(
  conn: Connection,
  backupDir: string,
  now: number,
  list: Record<string, Migration> = migrations,
): Promise<MigrateReport> {
  const migrator = new Migrator({ db: conn.db, provider: { getMigrations: async () => list } });
  const known = await migrator.getMigrations();
  const pending = known.filter((m) => !m.executedAt);
  if (pending.length === 0) return { applied: [], backupFile: null };

  const hasData = known.some((m) => m.executedAt);
  const backupFile = hasData ? await backupTo(conn.sqlite, backupDir, 'before', now, pending[0].name) : null;

  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? '?';
    throw new Error(
      `Migration ${failed} failed${backupFile ? `; the database before it is in ${backupFile}` : ''}: ${String(result.error)}`,
    );
  }
  return { applied: (result.results ?? []).map((r) => r.migrationName), backupFile };
}
