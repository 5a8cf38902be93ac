import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { contract, isMethodName } from '../../src-shared/contract/api';
import { AppError } from '../../src-shared/contract/errors';
import { listBackups, newBackupName, type BackupItem } from '../db/backup-files';
import { checkIntegrity } from '../db/backup';
import type { Clock } from '../clock';
import type { Dispatch, CallMeta } from '../rpc/dispatch';
import { backupFolderOf } from '../modules/backups/backup-folder';

/** What recovery mode knows: the damaged file, why it failed, where its backups are. */
export interface RecoveryState {
  dataDir: string;
  dbFile: string;
  reason: string;
}

/** The newest backup that passes quick_check (each checked off the main thread), or null. */
export async function newestSoundBackup(folder: string): Promise<BackupItem | null> {
  for (const b of listBackups(folder)) if ((await checkIntegrity(join(folder, b.name), true)) === 'ok') return b;
  return null;
}

/**
 * Puts the newest sound backup in place of the damaged file. The damaged file is not deleted: it is
 * kept (with its WAL, if any) as a pre-restore backup, so nothing the office had is thrown away.
 */
export async function restoreNewest(state: RecoveryState, now: number): Promise<BackupItem> {
  const folder = backupFolderOf(state.dataDir);
  const newest = await newestSoundBackup(folder);
  if (!newest) throw new AppError('NOT_FOUND', 'backups.recovery.none');
  mkdirSync(folder, { recursive: true });
  if (existsSync(state.dbFile)) {
    const kept = join(folder, newBackupName(folder, 'pre-restore', now, 'damaged'));
    copyFileSync(state.dbFile, kept);
    if (existsSync(`${state.dbFile}-wal`)) copyFileSync(`${state.dbFile}-wal`, `${kept}-wal`);
  }
  for (const ext of ['-wal', '-shm', '-journal']) rmSync(`${state.dbFile}${ext}`, { force: true });
  const staging = `${state.dbFile}.restoring`;
  copyFileSync(join(folder, newest.name), staging);
  renameSync(staging, state.dbFile);
  return newest;
}

const LOOPBACK = new Set(['local', '127.0.0.1', '::1', '::ffff:127.0.0.1']);
/** The desktop window (IPC) or a browser on the server PC itself: nobody else on the LAN may restore. */
export const isLocalCaller = (meta: CallMeta) => LOOPBACK.has(meta.clientIp ?? '');

/**
 * The dispatcher of recovery mode: the app started on a damaged database, so nothing but these two
 * methods answers; everything else says "database damaged" (503) and the window shows the recovery page.
 */
export function createRecoveryDispatch(state: RecoveryState, clock: Clock, onRestored: () => void): Dispatch {
  let restoring: Promise<BackupItem> | null = null;
  // Checked once (a quick_check of a backup reads it all): a LAN caller asking again and again costs nothing.
  let soundest: ReturnType<typeof newestSoundBackup> | null = null;
  return async (method, _input, meta) => {
    if (!isMethodName(method)) throw new AppError('NOT_FOUND', 'error.unknownMethod', { method: method.slice(0, 60) });
    if (method === 'backups.recovery') {
      soundest ??= newestSoundBackup(backupFolderOf(state.dataDir)).catch((e: unknown) => {
        soundest = null;
        throw e;
      });
      const newest = await soundest;
      return contract[method].output.parse({
        damaged: true,
        reason: state.reason.slice(0, 300),
        newest,
        canRestore: isLocalCaller(meta),
      });
    }
    if (method === 'backups.recoveryRestore') {
      if (!isLocalCaller(meta)) throw new AppError('FORBIDDEN', 'backups.recoveryForbidden');
      restoring ??= restoreNewest(state, clock.now()).finally(() => {
        restoring = null;
        soundest = null;
      });
      const restored = await restoring;
      setTimeout(onRestored, 50);
      return contract[method].output.parse({ restored });
    }
    throw new AppError('UNAVAILABLE', 'backups.databaseDamaged', {}, { recovery: true });
  };
}
