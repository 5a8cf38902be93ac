import type { SelectQueryBuilder } from 'kysely';
import type { Output } from '../../../src-shared/contract/api';
import type { Database } from '../../db/schema';
import { centreDay, type Actor, type ServiceContext } from '../context';
import type { DistributionService } from '../leads/distribution.service';
import { countNoNextCall } from '../leads/leads.repo';
import { leaveCovering } from '../leave/leave.repo';
import { absencesOn, activeSellersByName, displayName } from '../users/users.repo';

type LeadsQ = SelectQueryBuilder<Database, 'leads', object>;
type FollowupsQ = SelectQueryBuilder<Database, 'followups', object>;

/** The cards of SPEC §10 and the sellers table; every number is one indexed query. */
export class DashboardService {
  constructor(
    private ctx: ServiceContext,
    private distribution: DistributionService,
  ) {}

  private leads = (f: (q: LeadsQ) => LeadsQ = (q) => q) => f(this.ctx.db.selectFrom('leads'));
  private pending = (f: (q: FollowupsQ) => FollowupsQ = (q) => q) =>
    f(this.ctx.db.selectFrom('followups').where('state', '=', 'pending'));

  private async count(q: LeadsQ | FollowupsQ): Promise<number> {
    const row = await (q as LeadsQ).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async get(actor: Actor): Promise<Output<'dashboard.get'>> {
    const { now, today, dayStart, dayEnd, timeZone } = await centreDay(this.ctx);

    if (actor.role === 'seller') {
      return {
        kind: 'seller',
        myLeads: await this.count(this.leads((q) => q.where('seller_id', '=', actor.id))),
        todayFollowups: await this.count(
          this.pending((q) => q.where('seller_id', '=', actor.id).where('due_at', '<', dayEnd)),
        ),
        overdue: await this.count(this.pending((q) => q.where('seller_id', '=', actor.id).where('due_at', '<', now))),
        noNextCall: await countNoNextCall(this.ctx.db, { sellerId: actor.id }),
      };
    }

    const sellers = await activeSellersByName(this.ctx.db);
    const absent = await absencesOn(
      this.ctx.db,
      today,
      sellers.map((s) => s.id),
    );
    const onLeave = await leaveCovering(
      this.ctx.db,
      sellers.map((s) => s.id),
      now,
      today,
      timeZone,
    );
    // Lead counters per seller and status (kept by triggers), and one pass over pending follow-ups.
    const counts = await this.ctx.db.selectFrom('lead_counts').selectAll().where('n', '>', 0).execute();
    const leadsPer = new Map<number, number>();
    const enrolledPer = new Map<number, number>();
    for (const c of counts) {
      leadsPer.set(c.seller_key, (leadsPer.get(c.seller_key) ?? 0) + c.n);
      if (c.status === 'enrolled') enrolledPer.set(c.seller_key, c.n);
    }
    const fuRows = await this.pending((q) => q.where('due_at', '<', dayEnd))
      .groupBy('seller_id')
      .select([
        'seller_id',
        (eb) => eb.fn.countAll<number>().as('n'),
        (eb) => eb.fn.sum<number>(eb('due_at', '<', now)).as('overdue'),
      ])
      .execute();
    const todayPer = new Map(fuRows.map((r) => [r.seller_id, Number(r.n)]));
    const overduePer = new Map(fuRows.map((r) => [r.seller_id, Number(r.overdue)]));
    const eligible = new Set(await this.distribution.eligibleIds(this.ctx.db, overduePer));

    return {
      kind: 'team',
      totalLeads: counts.reduce((sum, c) => sum + c.n, 0),
      todayNew: await this.count(
        this.leads((q) => q.where('created_at', '>=', dayStart).where('created_at', '<', dayEnd)),
      ),
      activeSellers: eligible.size,
      overdue: [...overduePer.values()].reduce((a, b) => a + b, 0),
      unassigned: counts
        .filter((c) => c.seller_key === 0 && c.status !== 'enrolled' && c.status !== 'lost')
        .reduce((sum, c) => sum + c.n, 0),
      noNextCall: await countNoNextCall(this.ctx.db),
      sellers: sellers.map((s) => {
        const leads = leadsPer.get(s.id) ?? 0;
        return {
          id: s.id,
          name: displayName(s),
          leads,
          todayFollowups: todayPer.get(s.id) ?? 0,
          overdue: overduePer.get(s.id) ?? 0,
          conversion: leads ? (enrolledPer.get(s.id) ?? 0) / leads : 0,
          absent: absent.has(s.id),
          onLeave: onLeave.has(s.id),
          eligible: eligible.has(s.id),
        };
      }),
    };
  }
}
