import type { SelectQueryBuilder } from 'kysely';
import type { Output } from '../../src-shared/contract/api';
import { dayBounds, localParts } from '../../src-shared/domain/zoned-time';
import type { Database } from '../db/schema';
import type { Actor, ServiceContext } from './context';
import type { DistributionService } from './distribution.service';
import { absencesOn, displayName } from './users.repo';

type LeadsQ = SelectQueryBuilder<Database, 'leads', object>;
type FollowupsQ = SelectQueryBuilder<Database, 'followups', object>;

/** The cards of SPEC §10 and the sellers table; every number is one indexed query. */
export class DashboardService {
  constructor(private ctx: ServiceContext, private distribution: DistributionService) {}

  private leads = (f: (q: LeadsQ) => LeadsQ = (q) => q) => f(this.ctx.db.selectFrom('leads'));
  private pending = (f: (q: FollowupsQ) => FollowupsQ = (q) => q) => f(this.ctx.db.selectFrom('followups').where('state', '=', 'pending'));

  private async count(q: LeadsQ | FollowupsQ): Promise<number> {
    const row = await (q as LeadsQ).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  private async perSeller(q: LeadsQ | FollowupsQ): Promise<Map<number | null, number>> {
    const rows = await (q as LeadsQ).select(['seller_id', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('seller_id').execute();
    return new Map(rows.map((r) => [r.seller_id, Number(r.n)]));
  }

  async get(actor: Actor): Promise<Output<'dashboard.get'>> {
    const now = this.ctx.clock.now();
    const tz = await this.ctx.settings.get('timeZone');
    const today = localParts(now, tz).date;
    const [dayStart, dayEnd] = dayBounds(today, tz);

    if (actor.role === 'seller') {
      return {
        kind: 'seller',
        myLeads: await this.count(this.leads((q) => q.where('seller_id', '=', actor.id))),
        todayFollowups: await this.count(this.pending((q) => q.where('seller_id', '=', actor.id).where('due_at', '<', dayEnd))),
        overdue: await this.count(this.pending((q) => q.where('seller_id', '=', actor.id).where('due_at', '<', now))),
      };
    }

    const sellers = await this.ctx.db.selectFrom('users').select(['id', 'first_name', 'last_name'])
      .where('role', '=', 'seller').where('active', '=', 1).orderBy('first_name').orderBy('last_name').execute();
    const absent = await absencesOn(this.ctx.db, today, sellers.map((s) => s.id));
    const eligible = new Set(await this.distribution.eligibleIds());
    const leadsPer = await this.perSeller(this.leads((q) => q.where('seller_id', 'is not', null)));
    const enrolledPer = await this.perSeller(this.leads((q) => q.where('status', '=', 'enrolled')));
    const todayPer = await this.perSeller(this.pending((q) => q.where('due_at', '<', dayEnd)));
    const overduePer = await this.perSeller(this.pending((q) => q.where('due_at', '<', now)));

    return {
      kind: 'team',
      totalLeads: await this.count(this.leads()),
      todayNew: await this.count(this.leads((q) => q.where('created_at', '>=', dayStart).where('created_at', '<', dayEnd))),
      activeSellers: eligible.size,
      overdue: [...overduePer.values()].reduce((a, b) => a + b, 0),
      unassigned: await this.count(this.leads((q) => q.where('seller_id', 'is', null).where('status', 'not in', ['enrolled', 'lost']))),
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
          eligible: eligible.has(s.id),
        };
      }),
    };
  }
}
