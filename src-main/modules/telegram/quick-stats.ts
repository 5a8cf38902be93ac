import { sql } from 'kysely';
import { zonedToEpoch } from '../../../src-shared/domain/zoned-time';
import { centreDay, type Actor, type ServiceContext } from '../context';
import type { KpiService } from '../kpi/kpi.service';

/**
 * The figures of /stats (SPEC §11): today and this month, the seller's own or the whole team's for
 * the admin and managers. A seller's new leads, month leads, enrolled and conversion are the KPI's
 * (SPEC §10: leads first given to them, of those now enrolled); the rest is one indexed count each.
 */
export async function quickStats(ctx: ServiceContext, kpi: KpiService, actor: Actor) {
  const { now, today, dayStart, dayEnd, timeZone } = await centreDay(ctx);
  const count = async (q: { execute(): Promise<Array<{ n: number | bigint }>> }) =>
    Number((await q.execute())[0]?.n ?? 0);
  const n = sql<number>`count(*)`.as('n');
  const doneToday = ctx.db
    .selectFrom('followups')
    .select(n)
    .where('state', '=', 'done')
    .where('close_kind', 'in', ['done', 'bulk_done']) // not the admin's deletions
    .where('closed_at', '>=', dayStart)
    .where('closed_at', '<', dayEnd);

  if (actor.role === 'seller') {
    // Only leads, enrolments and overdue are read: no contacts, no schedule (`forTargets`).
    const day = await kpi.figures(actor.id, today, today, true);
    const month = await kpi.figures(actor.id, `${today.slice(0, 8)}01`, today, true);
    return figuresOut(
      {
        done: await count(doneToday.where('closed_by', '=', actor.id)),
        newLeads: day.conversion.assigned,
        overdue: day.overdue,
        monthLeads: month.conversion.assigned,
        enrolled: month.conversion.enrolled,
        unassigned: 0,
      },
      false,
    );
  }

  const monthStart = zonedToEpoch(`${today.slice(0, 8)}01`, 0, timeZone);
  const leads = ctx.db.selectFrom('leads').select(n);
  return figuresOut(
    {
      done: await count(doneToday),
      newLeads: await count(leads.where('created_at', '>=', dayStart).where('created_at', '<', dayEnd)),
      overdue: await count(
        ctx.db.selectFrom('followups').select(n).where('state', '=', 'pending').where('due_at', '<', now),
      ),
      monthLeads: await count(leads.where('created_at', '>=', monthStart)),
      enrolled: await count(leads.where('status', '=', 'enrolled').where('status_changed_at', '>=', monthStart)),
      unassigned: await count(leads.where('seller_id', 'is', null).where('status', 'not in', ['enrolled', 'lost'])),
    },
    true,
  );
}

function figuresOut(
  f: { done: number; newLeads: number; overdue: number; monthLeads: number; enrolled: number; unassigned: number },
  team: boolean,
) {
  const conversion = f.monthLeads ? Math.round((f.enrolled / f.monthLeads) * 100) : 0;
  return { ...f, conversion, team };
}
