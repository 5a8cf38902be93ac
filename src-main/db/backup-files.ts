import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUP_KINDS, type BackupKind } from '../../src-shared/domain/backup-retention';

/**
 * A backup is a file `crm-<UTC time>-<kind>[-<detail>].sqlite` in the backup folder: the name alone says
 * when and what it is, so the folder is the list (no table that a restore would roll back).
 * `crm-2026-11-27T02-00-00-000Z-daily.sqlite`, `crm-…-pre-migration-0011-imports.sqlite`.
 */
export interface BackupItem {
  name: string;
  kind: BackupKind;
  createdAt: number;
  sizeBytes: number;
}

const KINDS = BACKUP_KINDS.join('|');
/** The only names a caller may give: no separators, no `..`, nothing but what this module writes. */
export const BACKUP_NAME = new RegExp(
  `^crm-(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z)-(${KINDS}|before)(?:-([a-z0-9][a-z0-9_-]{0,80}))?\\.sqlite$`,
);
/** Files being written; never listed, removed when found at start-up (a backup killed half-way). */
export const TEMP_PREFIX = '.tmp-';

export const stampOf = (at: number) => new Date(at).toISOString().replace(/[:.]/g, '-');

export function parseBackupName(name: string): { kind: BackupKind; createdAt: number; detail: string | null } | null {
  const m = BACKUP_NAME.exec(name);
  if (!m) return null;
  const [date, time] = m[1].split('T');
  const [h, min, s, ms] = time.slice(0, -1).split('-');
  const createdAt = Date.parse(`${date}T${h}:${min}:${s}.${ms}Z`);
  if (!Number.isFinite(createdAt)) return null;
  // `before-<migration>`: what db/migrate.ts wrote before backups had kinds.
  const kind = m[2] === 'before' ? 'pre-migration' : (m[2] as BackupKind);
  return { kind, createdAt, detail: m[3] ?? null };
}

/** A free name for a new backup (two in the same millisecond get -2, -3…). */
export function newBackupName(dir: string, kind: BackupKind | 'before', at: number, detail?: string): string {
  const safeDetail = detail
    ?.toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+/, '')
    .slice(0, 60);
  const base = `crm-${stampOf(at)}-${kind}${safeDetail ? `-${safeDetail}` : ''}`;
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}.sqlite` : `${base}-${n}.sqlite`;
    if (!existsSync(join(dir, name))) return name;
  }
}

/** The backups in `dir`, newest first; anything else in the folder is ignored. */
export function listBackups(dir: string): BackupItem[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const items: BackupItem[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    try {
      const st = statSync(join(dir, name));
      if (st.isFile()) items.push({ name, kind: parsed.kind, createdAt: parsed.createdAt, sizeBytes: st.size });
    } catch {
      // deleted meanwhile
    }
  }
  return items.sort((a, b) => b.createdAt - a.createdAt || (a.name < b.name ? 1 : -1));
}

/** The file of a listed backup, or null: a name not in the folder's list is never turned into a path. */
export function backupPath(dir: string, name: string): string | null {
  if (!BACKUP_NAME.test(name)) return null;
  return listBackups(dir).some((b) => b.name === name) ? join(dir, name) : null;
}
