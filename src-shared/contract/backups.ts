import { z } from 'zod';
import { BACKUP_KINDS } from '../domain/backup-retention';
import { ADMIN_ONLY } from '../domain/roles';
import { epochMsOut, ok } from './common';
import { method } from './method';

/** A backup's name as the list gives it: nothing else (no path, no `..`) is ever accepted. */
export const BACKUP_NAME_SHAPE = /^crm-[0-9TZ-]{24}-[a-z][a-z0-9_-]{1,100}\.sqlite$/;
const backupName = z.string().max(160).regex(BACKUP_NAME_SHAPE, 'backups.badName');

export const backupOut = z.object({
  name: z.string(),
  kind: z.enum(BACKUP_KINDS),
  createdAt: epochMsOut,
  sizeBytes: z.number().int(),
});
export type BackupOut = z.infer<typeof backupOut>;

const settingsOut = z.object({
  /** Where backups are written (absolute). */
  folder: z.string(),
  defaultFolder: z.string(),
  /** Best effort: the folder looks like a network share (UNC path, NFS/SMB mount) — SQLite files must not live there. */
  networkShare: z.boolean(),
  writable: z.boolean(),
});

const recoveryOut = z.object({
  /** The database could not be opened at start-up (not a database, or quick_check failed). */
  damaged: z.boolean(),
  reason: z.string().nullable(),
  /** The newest backup that passed its check, offered for restoring. */
  newest: backupOut.nullable(),
  /** Whether this caller may restore it (the desktop window, or a browser on the server PC itself). */
  canRestore: z.boolean(),
});

export const backupsContract = {
  'backups.list': method({
    summary:
      '"Zaxira nusxalar": every backup in the backup folder, newest first — daily/weekly/monthly (automatic, kept by the retention rule), manual, pre-migration, pre-import, pre-restore.',
    access: ADMIN_ONLY,
    input: z.object({}).default({}),
    output: z.object({ items: z.array(backupOut) }),
  }),
  'backups.create': method({
    summary:
      '"Hozir zaxiralash": a manual backup (SQLite online backup to a temp file, integrity_check, atomic rename). A failure is told to the admins and answered 503.',
    access: ADMIN_ONLY,
    input: z.object({}).default({}),
    output: backupOut,
  }),
  'backups.restore': method({
    summary:
      '"Tiklash": keeps the current database as a pre-restore backup, puts the named backup in its place, migrates it and signs everyone out (a `system.restored` event goes to every window).',
    access: ADMIN_ONLY,
    input: z.object({ name: backupName }),
    output: z.object({ preRestore: backupOut }),
  }),
  'backups.delete': method({
    summary: 'Deletes one backup of the list.',
    access: ADMIN_ONLY,
    input: z.object({ name: backupName }),
    output: ok,
  }),
  'backups.download': method({
    summary:
      '"Yuklab olish": over HTTP `POST /api/rpc/backups.download` answers with the file itself (application/vnd.sqlite3, attachment); a browser may also `GET /api/backups/file/<name>?ticket=<POST /api/events/ticket>`. Through the dispatcher it answers the file\'s name and size.',
    access: ADMIN_ONLY,
    input: z.object({ name: backupName }),
    output: z.object({ fileName: z.string(), sizeBytes: z.number().int() }),
  }),
  'backups.settings': method({
    summary: 'The backup folder (default `backups/` beside the database) and whether it looks like a network share.',
    access: ADMIN_ONLY,
    input: z.object({}).default({}),
    output: settingsOut,
  }),
  'backups.setFolder': method({
    summary:
      'Sets the backup folder (an absolute path: another disk, a USB drive) or null for the default; it must be writable. Kept beside the database, so a restore does not move it.',
    access: ADMIN_ONLY,
    input: z.object({
      folder: z
        .string()
        .trim()
        .min(1)
        .max(500)
        .refine((f) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(f) && !/\0/.test(f), 'backups.folderAbsolute')
        .nullable(),
    }),
    output: settingsOut,
  }),
  'backups.recovery': method({
    summary:
      'Recovery mode: whether the app started on a damaged database, why, and the newest sound backup it offers to restore.',
    access: 'public',
    input: z.object({}).default({}),
    output: recoveryOut,
  }),
  'backups.recoveryRestore': method({
    summary:
      'Recovery mode only, and only from the desktop window or the server PC itself: keeps the damaged file as a pre-restore copy and restores the newest sound backup.',
    access: 'public',
    input: z.object({}).default({}),
    output: z.object({ restored: backupOut }),
  }),
} as const;
