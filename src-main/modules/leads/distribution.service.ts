import { pickSeller, isEligible, type SellerFacts } from '../../../src-shared/domain/distribution';
import type { Db } from '../../db/connect';
import { centreDay, type ServiceContext } from '../context';
import { leaveCovering } from '../leave/leave.repo';
import { absencesOn } from '../users/users.repo';

const toMap = (rows: Array<{ seller_id: number | null; n: number }>) =>
  new Map(rows.map((r) => [r.seller_id, Number(r.n)]));

/** Gathers the facts of SPEC §4 for every seller, in a handful of indexed queries. */
export class DistributionService {
  constructor(private ctx: ServiceContext) {}

  /** `overdueBySeller` may be passed by a caller that has just counted it (the dashboard). */
  async facts(db: Db = this.ctx.db, overdueBySeller?: Map<number | null, number>): Promise<SellerFacts[]> {
    const { now, today, dayStart, dayEnd, timeZone } = await centreDay(this.ctx);
    const sellers = await db
      .selectFrom('users')
      .select(['id', 'role', 'active', 'is_active_sales', 'last_assigned_at'])
      .where('role', '=', 'seller')
      .where('active', '=', 1)
      .execute();
    if (sellers.length === 0) return [];
    const absent = await absencesOn(
      db,
      today,
      sellers.map((s) => s.id),
    );
    const onLeave = await leaveCovering(
      db,
      sellers.map((s) => s.id),
      now,
      today,
      timeZone,
    );
    // One pass over the overdue follow-ups (a covering index); the dashboard passes the counts it already has.
    const overdue =
      overdueBySeller ??
      toMap(
        await db
          .selectFrom('followups')
          .select(['seller_id', (eb) => eb.fn.countAll<number>().as('n')])
          .where('state', '=', 'pending')
          .where('due_at', '<', now)
          .groupBy('seller_id')
          .execute(),
      );
    const assignedToday = toMap(
      await db
        .selectFrom('leads')
        .select(['seller_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('assigned_at', '>=', dayStart)
        .where('assigned_at', '<', dayEnd)
        .groupBy('seller_id')
        .execute(),
    );
    return sellers.map((s) => ({
      id: s.id,
      role: s.role,
      active: s.active === 1,
      isActiveSales: s.is_active_sales === 1,
      absentNow: absent.has(s.id),
      onLeaveNow: onLeave.has(s.id),
      overdue: overdue.get(s.id) ?? 0,
      leadsToday: assignedToday.get(s.id) ?? 0,
      lastAssignedAt: s.last_assigned_at,
    }));
  }

  async eligibleIds(db: Db = this.ctx.db, overdueBySeller?: Map<number | null, number>): Promise<number[]> {
    const max = await this.ctx.settings.get('maxOverdueForAssignment');
    return (await this.facts(db, overdueBySeller)).filter((f) => isEligible(f, max)).map((f) => f.id);
  }

  /**
   * A picker for one or many leads in one go: each pick counts toward the next, so a batch is
   * spread the way one-by-one creation would spread it.
   */
  async picker(db: Db = this.ctx.db): Promise<() => number | null> {
    const facts = await this.facts(db);
    const max = await this.ctx.settings.get('maxOverdueForAssignment');
    const now = this.ctx.clock.now();
    return () => {
      const id = pickSeller(facts, max);
      const f = facts.find((x) => x.id === id);
      if (f) {
        f.leadsToday += 1;
        f.lastAssignedAt = now;
      }
      return id;
    };
  }
}
