import { sql } from 'kysely';
import { zonedToEpoch } from '../../../src-shared/domain/zoned-time';
import { centreDay, type Actor, type ServiceContext } from '../context';

/**
 * The figures of /stats (SPEC §11): today and this month, the seller's own or the whole team's for
 * the admin and managers. Each is one indexed count.
 */
export async function quickStats(ctx: ServiceContext, actor: Actor) {
  const { now, today, dayStart, dayEnd, timeZone } = await centreDay(ctx);
  const monthStart = zonedToEpoch(`${today.slice(0, 8)}01`, 0, timeZone);
  const own = actor.role === 'seller';
  const count = async (q: { execute(): Promise<Array<{ n: number | bigint }>> }) =>
    Number((await q.execute())[0]?.n ?? 0);
  const n = sql<number>`count(*)`.as('n');
  let done = ctx.db
    .selectFrom('followups')
    .select(n)
    .where('state', '=', 'done')
    .where('closed_at', '>=', dayStart)
    .where('closed_at', '<', dayEnd);
  let overdue = ctx.db.selectFrom('followups').select(n).where('state', '=', 'pending').where('due_at', '<', now);
  let newLeads = ctx.db.selectFrom('leads').select(n);
  let monthLeads = ctx.db.selectFrom('leads').select(n);
  let enrolled = ctx.db
    .selectFrom('leads')
    .select(n)
    .where('status', '=', 'enrolled')
    .where('status_changed_at', '>=', monthStart);
  if (own) {
    done = done.where('closed_by', '=', actor.id);
    overdue = overdue.where('seller_id', '=', actor.id);
    newLeads = newLeads
      .where('seller_id', '=', actor.id)
      .where('assigned_at', '>=', dayStart)
      .where('assigned_at', '<', dayEnd);
    monthLeads = monthLeads.where('seller_id', '=', actor.id).where('assigned_at', '>=', monthStart);
    enrolled = enrolled.where('seller_id', '=', actor.id);
  } else {
    newLeads = newLeads.where('created_at', '>=', dayStart).where('created_at', '<', dayEnd);
    monthLeads = monthLeads.where('created_at', '>=', monthStart);
  }
  const figures = {
    done: await count(done),
    newLeads: await count(newLeads),
    overdue: await count(overdue),
    monthLeads: await count(monthLeads),
    enrolled: await count(enrolled),
    unassigned: own
      ? 0
      : await count(
          ctx.db
            .selectFrom('leads')
            .select(n)
            .where('seller_id', 'is', null)
            .where('status', 'not in', ['enrolled', 'lost']),
        ),
  };
  const conversion = figures.monthLeads ? Math.round((figures.enrolled / figures.monthLeads) * 100) : 0;
  return { ...figures, conversion, team: !own };
}
