import { readdirSync, rmSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { AppError, fieldError } from '../../../src-shared/contract/errors';
import { autoBackupDue, isAutoKind, type BackupKind } from '../../../src-shared/domain/backup-retention';
import { backupPath, listBackups, TEMP_PREFIX, type BackupItem } from '../../db/backup-files';
import { backupTo, checkIntegrity, type BackupOptions } from '../../db/backup';
import { kyselyOver, type Connection } from '../../db/connect';
import { migrations } from '../../../migrations/index';
import { migrateToLatest } from '../../db/migrate';
import { write } from '../changes';
import type { Actor, ServiceContext } from '../context';
import type { NotifyService } from '../notify/notify.service';
import { backupFolderOf, DEFAULT_FOLDER, isNetworkShare, isWritableFolder, saveBackupFolder } from './backup-folder';
import { applyRetention } from './retention';
import { RestoreGate } from './restore-gate';
import { swapDatabase } from './swap-database';

const DAY_MS = 86_400_000;

export interface BackupsOptions {
  conn: Connection;
  dataDir: string;
  dbFile: string;
}

/** What the core stops while a restore swaps the database, and starts again after (scheduler, bot, checkpoints). */
export interface RestoreHooks {
  pause(): Promise<void>;
  resume(): Promise<void>;
}

/**
 * Backups and restore (SPEC §12): the list is the backup folder; every copy goes through the online
 * backup API and an integrity check (the pre-import copy a quick one); one backup or restore runs at a time.
 */
export class BackupsService {
  readonly gate = new RestoreGate();
  private queue: Promise<unknown> = Promise.resolve();
  private hooks: RestoreHooks = { pause: async () => {}, resume: async () => {} };

  constructor(
    private ctx: ServiceContext,
    private notify: NotifyService,
    private opts: BackupsOptions,
  ) {
    this.removeLeftovers();
  }

  setHooks(hooks: RestoreHooks): void {
    this.hooks = hooks;
  }

  folder(): string {
    return backupFolderOf(this.opts.dataDir);
  }

  list(): BackupItem[] {
    return listBackups(this.folder());
  }

  /** One at a time: two backups (or a backup and a restore) never overlap. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** A new backup of `kind`; a failure is told to the admins (bell, Telegram) and thrown as "backup failed". */
  create(kind: BackupKind = 'manual', detail?: string): Promise<BackupItem> {
    return this.serial(() => this.createNow(kind, detail));
  }

  private async createNow(kind: BackupKind, detail?: string, o?: BackupOptions): Promise<BackupItem> {
    const dir = this.folder();
    try {
      const file = await backupTo(this.opts.conn.sqlite, dir, kind, this.ctx.clock.now(), detail, o);
      const item = this.list().find((b) => join(dir, b.name) === file);
      if (!item) throw new Error('backup vanished after it was written');
      return item;
    } catch (e) {
      this.ctx.log.error('backup failed', { kind, folder: dir, error: String(e) });
      await this.tellAdmins(String(e instanceof Error ? e.message : e)).catch(() => undefined);
      throw new AppError('UNAVAILABLE', 'backups.failed', { reason: String(e instanceof Error ? e.message : e) });
    }
  }

  /** Once a day at most (the daily job retries hourly while a USB folder is missing): the bell and Telegram. */
  private async tellAdmins(reason: string): Promise<void> {
    const now = this.ctx.clock.now();
    await write(this.ctx, async (trx, changes) => {
      const admins = await trx
        .selectFrom('users')
        .select('id')
        .where('role', '=', 'admin')
        .where('active', '=', 1)
        .execute();
      await this.notify.send(
        trx,
        changes,
        admins.map((a) => a.id),
        {
          key: 'backups.failedNotice',
          params: { reason: reason.slice(0, 200) },
          dedupeKey: `backup-failed:${Math.floor(now / DAY_MS)}`,
        },
      );
    });
  }

  /**
   * The pre-import copy (SPEC §12). `taken` resolves once the copy's snapshot is fixed — the import may
   * write from then on, the copy holds the database as it was — and rejects when the copy could not start
   * (503: nothing may be written); `done` once it is written and checked (quick_check: a restore runs the
   * full check), or rejects — then the import must be undone. Copying 275 MB and checking it takes ~2 s:
   * it runs alongside the import instead of before it.
   */
  beforeImport(detail?: string): { taken: Promise<void>; done: Promise<BackupItem> } {
    let snapshot = () => {};
    const fixed = new Promise<void>((resolve) => (snapshot = resolve));
    const done = this.serial(() => this.createNow('pre-import', detail, { quick: true, onSnapshot: snapshot }));
    done.catch(() => undefined); // the caller may stop before awaiting it
    return { taken: Promise.race([fixed, done.then(() => undefined)]), done };
  }

  /** The daily job's work: a backup when one is due, then the retention rule. True when it made one. */
  async runAutomatic(now: number): Promise<boolean> {
    return this.serial(async () => {
      const timeZone = await this.ctx.settings.get('timeZone');
      if (!autoBackupDue(now, this.newestAutomaticAt(), timeZone)) return false;
      try {
        await this.createNow('daily');
      } finally {
        applyRetention(this.folder(), this.list(), timeZone, this.ctx.log);
      }
      return true;
    });
  }

  newestAutomaticAt(): number | null {
    return this.list().find((b) => isAutoKind(b.kind))?.createdAt ?? null;
  }

  /** The file of a listed backup (download); anything else is NOT_FOUND. */
  fileOf(name: string): { path: string; item: BackupItem } {
    const path = backupPath(this.folder(), name);
    const item = path ? this.list().find((b) => b.name === name) : undefined;
    if (!path || !item) throw new AppError('NOT_FOUND', 'backups.notFound');
    return { path, item };
  }

  delete(name: string): Promise<void> {
    return this.serial(async () => {
      const { path } = this.fileOf(name);
      rmSync(path, { force: true });
    });
  }

  settings() {
    const folder = this.folder();
    return {
      folder,
      defaultFolder: join(this.opts.dataDir, DEFAULT_FOLDER),
      networkShare: isNetworkShare(folder),
      writable: isWritableFolder(folder),
    };
  }

  /** Another folder (another disk, a USB drive) or null for the default; it must be writable. */
  setFolder(folder: string | null) {
    // This OS's idea of absolute (`D:\\x` is a relative name on Linux): nothing is created beside the app.
    if (folder !== null && !isAbsolute(folder)) throw fieldError('folder', 'backups.folderAbsolute');
    const target = folder ?? join(this.opts.dataDir, DEFAULT_FOLDER);
    if (!isWritableFolder(target)) throw fieldError('folder', 'backups.folderNotWritable');
    saveBackupFolder(this.opts.dataDir, folder);
    return this.settings();
  }

  /**
   * Restore (SPEC §12): checks the backup, waits for running calls, keeps the current database as a
   * pre-restore backup, swaps the file in, migrates it, ends every session and tells every window.
   */
  async restore(_actor: Actor, name: string): Promise<{ preRestore: BackupItem }> {
    const { path } = this.fileOf(name);
    const verdict = await checkIntegrity(path);
    if (verdict !== 'ok') throw new AppError('RULE', 'backups.unsound', { reason: verdict.slice(0, 200) });
    if (this.gate.isClosed) throw new AppError('UNAVAILABLE', 'backups.restoring');
    // The gate first (no new calls), then the scheduler and bot stop (a daily backup they run finishes),
    // then the queue (a backup in progress finishes): only then is the file swapped.
    return this.gate
      .exclusive(async () => {
        await this.hooks.pause();
        try {
          return await this.serial(async () => {
            const preRestore = await this.createNow('pre-restore');
            const fallback = join(this.folder(), preRestore.name);
            try {
              await swapDatabase(this.opts.conn, this.opts.dbFile, path, fallback, (s) => this.prepareRestored(s));
            } catch (e) {
              // The live file is the pre-restore copy again (swapDatabase put it back): say why, plainly.
              this.ctx.log.error('restore failed', { name, error: String(e) });
              throw new AppError('RULE', 'backups.unsound', { reason: String(e instanceof Error ? e.message : e) });
            }
            return { preRestore };
          });
        } finally {
          await this.ctx.settings.set({}); // cached settings belong to the old file
          await this.hooks.resume();
        }
      })
      .then((result) => {
        this.ctx.events.emit({ type: 'system.restored' });
        // Streams end once they have sent the event above (their sessions are gone with the old file).
        setTimeout(() => this.ctx.events.sessionsEnded(), 200).unref();
        return result;
      });
  }

  /** The restored file, brought to this version's schema, with no session of its time left open. */
  private async prepareRestored(sqlite: import('better-sqlite3').Database): Promise<void> {
    // A backup made by a newer version of the app holds tables this one does not know: refused.
    const known = new Set(Object.keys(migrations));
    const applied = sqlite.prepare('SELECT name FROM kysely_migration').pluck().all() as string[];
    const unknown = applied.filter((m) => !known.has(m));
    if (unknown.length) throw new Error(`made by a newer version of the app (${unknown.join(', ')})`);
    const db = kyselyOver(() => sqlite, false);
    try {
      await migrateToLatest({ sqlite, db }, this.folder(), this.ctx.clock.now());
      await db.deleteFrom('sessions').execute();
    } finally {
      await db.destroy();
    }
  }

  /** Half-written copies of a backup killed mid-way (power cut, kill -9): never listed, removed at start. */
  private removeLeftovers(): void {
    try {
      for (const f of readdirSync(this.folder()))
        if (f.startsWith(TEMP_PREFIX)) rmSync(join(this.folder(), f), { force: true });
    } catch {
      // no folder yet
    }
  }
}
