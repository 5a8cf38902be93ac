import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { checkIntegritySync } from './backup';

/** The database file is there but cannot be used: the app starts in recovery mode instead (never overwrites it). */
export class DamagedDatabaseError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`The database ${file} is damaged: ${reason}`);
    this.name = 'DamagedDatabaseError';
  }
}

const sizeOf = (f: string) => (existsSync(f) ? statSync(f).size : 0);
/** Why a sound file may still not open (another program holds it, no permission): not damage, no recovery offered. */
const NOT_DAMAGE = /locked|busy|unable to open|permission|readonly|EACCES|EPERM/i;

/**
 * Start-up check (SPEC §12): a file that is not a database or fails `PRAGMA quick_check` is reported,
 * never served and never written to. A missing file is a new database; an empty one is too, unless
 * the backup folder holds backups (a database cut to nothing: recovery is offered, not a new install).
 *
 * Opening a file read-write replays a leftover `-wal` or `-journal` into it when closed, so when one lies
 * beside it the check runs on a copy of the three: the damaged original stays exactly as it was.
 */
export function assertSoundDatabase(file: string, backupFolder?: string): void {
  if (!existsSync(file)) return;
  if (statSync(file).size === 0) {
    const backups = backupFolder && existsSync(backupFolder) ? readdirSync(backupFolder) : [];
    if (backups.some((f) => f.endsWith('.sqlite'))) throw new DamagedDatabaseError(file, 'the file is empty');
    return;
  }
  const sidecars = ['-wal', '-journal'].filter((s) => sizeOf(`${file}${s}`) > 0);
  let checked = file;
  let copyDir: string | null = null;
  if (sidecars.length) {
    copyDir = mkdtempSync(join(tmpdir(), 'crm-check-'));
    checked = join(copyDir, basename(file));
    copyFileSync(file, checked);
    for (const s of sidecars) copyFileSync(`${file}${s}`, `${checked}${s}`);
  }
  let verdict: string;
  try {
    verdict = checkIntegritySync(checked, true);
  } finally {
    if (copyDir) rmSync(copyDir, { recursive: true, force: true });
  }
  if (verdict === 'ok') return;
  if (NOT_DAMAGE.test(verdict)) throw new Error(`The database ${file} cannot be opened: ${verdict}`);
  throw new DamagedDatabaseError(file, verdict);
}
