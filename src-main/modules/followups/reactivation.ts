import { sql } from 'kysely';
import { reactivationAt } from '../../../src-shared/domain/follow-up-rules';
import type { Job } from '../../jobs/scheduler';
import { write } from '../changes';
import type { ServiceContext } from '../context';
import type { FollowupPlanner } from './followup-planner';

const DAY = 24 * 3600_000;

/**
 * The lost lead's reactivation call (SPEC §3), created when its day comes: `reactivationDays` after
 * the lead was lost, placed in its seller's working time. Leaving "lost" first clears the wait
 * (leads.reactivation_pending), and a setting of 0 creates none.
 */
export function reactivationJob(ctx: ServiceContext, planner: FollowupPlanner): Job {
  const waiting = () => ctx.db.selectFrom('leads').where('reactivation_pending', '=', sql.lit(1)); // as 0008's partial index states it
  return {
    name: 'reactivation',
    async runBatch(now, limit) {
      const days = await ctx.settings.get('reactivationDays');
      if (days <= 0) return { handled: 0, notices: 0 };
      const rows = await waiting()
        .select(['id', 'seller_id', 'status', 'status_changed_at'])
        .where('status_changed_at', '<=', now - days * DAY)
        .orderBy('status_changed_at')
        .limit(limit)
        .execute();
      if (rows.length === 0) return { handled: 0, notices: 0 };
      await write(ctx, async (trx, changes) => {
        for (const lead of rows) {
          if (lead.status !== 'lost' || lead.seller_id === null) continue;
          await planner.add(trx, {
            leadId: lead.id,
            sellerId: lead.seller_id,
            at: reactivationAt(lead.status_changed_at, days)!,
            kind: 'reactivation',
          });
          changes.followupsOf(lead.id).dashboard();
        }
        await trx
          .updateTable('leads')
          .set({ reactivation_pending: 0 })
          .where(
            'id',
            'in',
            rows.map((r) => r.id),
          )
          .execute();
      });
      return { handled: rows.length, notices: 0 };
    },
    async nextAt() {
      const days = await ctx.settings.get('reactivationDays');
      if (days <= 0) return null;
      const row = await waiting()
        .select((eb) => eb.fn.min<number>('status_changed_at').as('at'))
        .executeTakeFirst();
      return row?.at == null ? null : reactivationAt(row.at, days);
    },
  };
}
