import type { Output } from '../../src-shared/contract/api';
import { localParts } from '../../src-shared/domain/zoned-time';
import type { Actor, ServiceContext } from './context';
import { absencesOn, displayName } from './users.repo';

export class DashboardService {
  constructor(private ctx: ServiceContext) {}

  async get(actor: Actor): Promise<Output<'dashboard.get'>> {
    if (actor.role === 'seller') return { kind: 'seller', myLeads: 0, todayFollowups: 0, overdue: 0 };
    const today = localParts(this.ctx.clock.now(), await this.ctx.settings.get('timeZone')).date;
    const sellers = await this.ctx.db.selectFrom('users').select(['id', 'first_name', 'last_name', 'is_active_sales'])
      .where('role', '=', 'seller').where('active', '=', 1).orderBy('first_name').execute();
    const absent = await absencesOn(this.ctx.db, today, sellers.map((s) => s.id));
    const rows = sellers.map((s) => ({
      id: s.id,
      name: displayName(s),
      leads: 0,
      todayFollowups: 0,
      overdue: 0,
      conversion: 0,
      absent: absent.has(s.id),
      eligible: s.is_active_sales === 1 && !absent.has(s.id),
    }));
    return {
      kind: 'team',
      totalLeads: 0,
      todayNew: 0,
      activeSellers: rows.filter((r) => r.eligible).length,
      overdue: 0,
      unassigned: 0,
      sellers: rows,
    };
  }
}
