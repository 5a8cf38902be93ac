import { sql } from 'kysely';
import type { LeadStatus } from '../../../src-shared/domain/lead-status';
import type { Db } from '../../db/connect';
import type { Span } from '../kpi/kpi.repo';

const n = sql<number>`count(*)`.as('n');

interface CubeRow {
  source: string;
  status: LeadStatus;
  stages: number;
  lost_reason: string | null;
  n: number;
}

/**
 * The leads created in [start, end) counted by source, status, stages and lost reason: one walk of
 * leads_cube in its own order (0012), named outright — SQLite would rather take the range on another
 * index and sort 200 000 rows to group them.
 */
export async function leadsCube(db: Db, [start, end]: Span): Promise<CubeRow[]> {
  const { rows } = await sql<CubeRow>`SELECT source, status, stages, lost_reason, count(*) AS n
    FROM leads INDEXED BY leads_cube WHERE created_at >= ${start} AND created_at < ${end}
    GROUP BY source, status, stages, lost_reason`.execute(db);
  return rows;
}

/** New leads and enrolments in each piece [cuts[i], cuts[i+1]) — index-only counts, no sorting. */
export async function trendCounts(db: Db, cuts: number[]): Promise<Array<{ leads: number; sales: number }>> {
  const out = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const leads = await db
      .selectFrom('leads')
      .select(n)
      .where('created_at', '>=', cuts[i])
      .where('created_at', '<', cuts[i + 1])
      .executeTakeFirstOrThrow();
    const sales = await db
      .selectFrom('leads')
      .select(n)
      .where('status', '=', 'enrolled')
      .where('status_changed_at', '>=', cuts[i])
      .where('status_changed_at', '<', cuts[i + 1])
      .executeTakeFirstOrThrow();
    out.push({ leads: Number(leads.n), sales: Number(sales.n) });
  }
  return out;
}

/** Per seller: first assignments in the range (lead_assignments_seller), trials booked, overdue now. */
export async function sellerFigures(db: Db, [start, end]: Span, now: number) {
  const sellers = await db
    .selectFrom('users')
    .select(['id', 'first_name', 'last_name', 'active'])
    .where('role', '=', 'seller')
    .execute();
  const out = [];
  for (const s of sellers) {
    const a = await db
      .selectFrom('lead_assignments')
      .select([
        n,
        sql<number>`count(first_contact_at)`.as('contacted'),
        sql<number | null>`sum(first_contact_at - assigned_at)`.as('response_ms'),
        sql<number | null>`sum(enrolled)`.as('enrolled'),
      ])
      .where('seller_id', '=', s.id)
      .where('assigned_at', '>=', start)
      .where('assigned_at', '<', end)
      .executeTakeFirstOrThrow();
    const trials = await db
      .selectFrom('trials')
      .select(n)
      .where('seller_id', '=', s.id)
      .where('created_at', '>=', start)
      .where('created_at', '<', end)
      .executeTakeFirstOrThrow();
    const overdue = await db
      .selectFrom('followups')
      .select(n)
      .where('state', '=', 'pending')
      .where('seller_id', '=', s.id)
      .where('due_at', '<', now)
      .executeTakeFirstOrThrow();
    out.push({
      seller: s,
      assigned: Number(a.n),
      contacted: Number(a.contacted),
      responseMs: Number(a.response_ms ?? 0),
      enrolled: Number(a.enrolled ?? 0),
      trials: Number(trials.n),
      overdue: Number(overdue.n),
    });
  }
  return out;
}
