import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { systemClock, type Clock } from './clock';
import { connect } from './db/connect';
import { migrateToLatest } from './db/migrate';
import { assertSoundDatabase } from './db/soundness';
import { backupFolderOf } from './modules/backups/backup-folder';
import { EventBus } from './events';
import { startCheckpoints } from './jobs/checkpoint';
import { Scheduler } from './jobs/scheduler';
import { consoleLogger, type Logger } from './logger';
import { createDispatch } from './rpc/dispatch';
import { createRouter } from './rpc/router';
import type { PasswordCost } from './modules/auth/passwords';
import { createModules } from './modules/index';
import { SettingsService } from './modules/settings/settings.service';
import { keyFileBox, type SecretBox } from './modules/settings/secret-box';
import { Secrets } from './modules/settings/secrets';
import { googleEndpoints, type GoogleEndpoints } from './modules/imports/sheets/google-endpoints';

export interface CoreConfig {
  /** Folder holding crm.sqlite and backups/. */
  dataDir: string;
  clock?: Clock;
  log?: Logger;
  /**
   * scrypt cost of password hashes: 'owasp' (default: N = 2^17, r = 8, p = 1, 128 MiB each). 'test'
   * is for tests and `serve --fake-clock --fast-hash` only; hashes of another cost are upgraded on login.
   */
  passwordCost?: PasswordCost;
  /** Password hashes running at once (default 2); further logins wait their turn. */
  hashConcurrency?: number;
  /**
   * Whether the scheduler wakes on its own timers (default true). Tests with a fake clock turn it
   * off and call `scheduler.runDue()` after moving the clock, as `POST /api/test/clock` does.
   */
  schedulerTimers?: boolean;
  /** The Bot API base URL (default `TELEGRAM_API_ROOT` from the environment, else https://api.telegram.org). */
  telegramApiRoot?: string;
  /** How the bot token is kept encrypted: the desktop app passes Electron safeStorage; default a key file in dataDir. */
  secrets?: SecretBox;
  /** The least time between two Telegram messages to one chat (default 1 000 ms). */
  telegramPaceMs?: number;
  /** Google endpoints for "Google Sheets Import" (defaults: `GOOGLE_SHEETS_ROOT_URL`, `GOOGLE_OAUTH_TOKEN_URL`, else Google's). */
  google?: Partial<GoogleEndpoints>;
}

export const DB_FILE = 'crm.sqlite';

/** The composition root: one database, the feature modules over it, and the dispatcher in front. */
export async function createCore(config: CoreConfig) {
  const clock = config.clock ?? systemClock;
  const log = config.log ?? consoleLogger;
  mkdirSync(config.dataDir, { recursive: true });
  const dbFile = join(config.dataDir, DB_FILE);
  // A damaged file throws DamagedDatabaseError: the entry point shows recovery mode (src-main/recovery/).
  assertSoundDatabase(dbFile, backupFolderOf(config.dataDir));
  const conn = connect(dbFile);
  const migration = await migrateToLatest(conn, backupFolderOf(config.dataDir), clock.now());
  if (migration.applied.length)
    log.info('database migrated', { applied: migration.applied, backup: migration.backupFile });

  const checkpointsOf = () =>
    startCheckpoints(conn.sqlite, { onFallback: (error) => log.error('checkpoints on the main thread', { error }) });
  let checkpoints = checkpointsOf();
  const events = new EventBus();
  const settings = new SettingsService(conn.db);
  const secrets = new Secrets(conn.db, config.secrets ?? keyFileBox(config.dataDir));
  const modules = createModules(
    { db: conn.db, clock, events, log, settings },
    {
      passwordCost: config.passwordCost,
      hashConcurrency: config.hashConcurrency,
      telegram: {
        apiRoot: config.telegramApiRoot ?? process.env.TELEGRAM_API_ROOT ?? 'https://api.telegram.org',
        secrets,
        loops: config.schedulerTimers !== false,
        paceMs: config.telegramPaceMs,
      },
      google: { secrets, endpoints: googleEndpoints(config.google) },
      backups: { conn, dataDir: config.dataDir, dbFile },
    },
  );
  // Behind the restore gate: while a restore swaps the file, calls wait or are told "restoring".
  const dispatch = modules.backups.gate.wrap(createDispatch(createRouter(modules), modules.auth), ['backups.restore']);
  const scheduler = new Scheduler(clock, modules.jobs, log);
  if (config.schedulerTimers !== false) scheduler.start();
  modules.backups.setHooks({
    async pause() {
      await scheduler.stop();
      await modules.telegram.stop();
      await checkpoints.stop();
    },
    async resume() {
      checkpoints = checkpointsOf();
      if (config.schedulerTimers !== false) scheduler.start();
      await modules.telegram.start();
    },
  });
  await modules.imports.recover();
  await modules.telegram.start();

  return {
    dataDir: config.dataDir,
    dbFile,
    db: conn.db,
    /** The open handle (a restore replaces it). */
    get sqlite() {
      return conn.sqlite;
    },
    clock,
    log,
    events,
    settings,
    modules,
    dispatch,
    scheduler,
    async close() {
      await scheduler.stop();
      await modules.telegram.stop();
      await checkpoints.stop();
      await conn.db.destroy();
    },
  };
}

export type Core = Awaited<ReturnType<typeof createCore>>;
