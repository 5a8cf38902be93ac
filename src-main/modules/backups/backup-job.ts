import { nextAutoBackupAt } from '../../../src-shared/domain/backup-retention';
import { FakeClock } from '../../clock';
import type { Job } from '../../jobs/scheduler';
import type { ServiceContext } from '../context';
import type { BackupsService } from './backups.service';

/**
 * The daily backup as a scheduler job: due at start-up and on wake when the newest automatic backup is
 * 24 hours old, and after each 02:00 (centre's time). A failed backup is told to the admins by the
 * service; the job then waits for the next due moment rather than retrying every second.
 */
export function backupJob(ctx: Pick<ServiceContext, 'settings' | 'clock'>, backups: BackupsService): Job {
  let failedAt: number | null = null;
  return {
    name: 'backup',
    async runBatch(now) {
      // `serve --fake-clock` starts at the real time and the test then sets its own: a "start-up" backup
      // stamped with the real time would sit among the test's days. Under a fake clock, start-up is the
      // first time the test sets it.
      if (ctx.clock instanceof FakeClock && !ctx.clock.moved) return { handled: 0, notices: 0 };
      if (failedAt !== null && now - failedAt < 3600_000) return { handled: 0, notices: 0 };
      try {
        const made = await backups.runAutomatic(now);
        failedAt = null;
        return { handled: made ? 1 : 0, notices: 0 };
      } catch {
        failedAt = now; // told already; tried again in an hour
        return { handled: 0, notices: 1 };
      }
    },
    async nextAt() {
      if (ctx.clock instanceof FakeClock && !ctx.clock.moved) return null;
      const now = ctx.clock.now();
      const next = nextAutoBackupAt(now, backups.newestAutomaticAt(), await ctx.settings.get('timeZone'));
      return failedAt === null ? next : Math.max(next, failedAt + 3600_000);
    },
  };
}
