import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { isAutoKind, planRetention } from '../../../src-shared/domain/backup-retention';
import { parseBackupName, type BackupItem } from '../../db/backup-files';
import type { Logger } from '../../logger';

/**
 * Applies the retention rule to the automatic backups in `dir`: deletes what it drops and renames
 * what moved to another tier (`…-daily.sqlite` → `…-weekly.sqlite`), so a file says what it is kept as.
 * Manual, pre-migration, pre-import and pre-restore copies are never touched.
 */
export function applyRetention(dir: string, items: BackupItem[], timeZone: string, log: Logger): void {
  const auto = items.filter((b) => isAutoKind(b.kind));
  const plan = planRetention(auto, timeZone);
  for (const b of auto) {
    const kind = plan.get(b.name) ?? null;
    try {
      if (kind === null) rmSync(join(dir, b.name), { force: true });
      else if (kind !== b.kind) {
        const detail = parseBackupName(b.name)?.detail;
        const renamed = b.name.replace(
          `-${b.kind}${detail ? `-${detail}` : ''}.sqlite`,
          `-${kind}${detail ? `-${detail}` : ''}.sqlite`,
        );
        renameSync(join(dir, b.name), join(dir, renamed));
      }
    } catch (e) {
      // A file open elsewhere (a download on Windows) is dealt with on the next run.
      log.info('backup retention skipped a file', { name: b.name, error: String(e) });
    }
  }
}
