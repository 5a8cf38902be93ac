import { sql, type ExpressionBuilder, type Selectable } from 'kysely';
import type { LeadOut } from '../../../src-shared/contract/leads';
import type { LeadSource, LeadStatus, LostReason } from '../../../src-shared/domain/lead-status';
import { nameTokens } from '../../../src-shared/domain/name-search';
import type { Db } from '../../db/connect';
import type { Database, LeadsTable } from '../../db/schema';
import { joinName } from '../users/users.repo';

export type LeadRow = Selectable<LeadsTable>;
type LeadJoined = LeadRow & { course_name: string | null; seller_first: string | null; seller_last: string | null };

/** Leads with their course and seller names, for every read that returns lead objects. */
export function selectLeads(db: Db) {
  return db
    .selectFrom('leads')
    .leftJoin('courses', 'courses.id', 'leads.course_id')
    .leftJoin('users as s', 's.id', 'leads.seller_id')
    .selectAll('leads')
    .select(['courses.name as course_name', 's.first_name as seller_first', 's.last_name as seller_last']);
}

export function leadOut(r: LeadJoined): LeadOut {
  return {
    id: r.id,
    name: r.name,
    phone: r.phone,
    extraPhone: r.extra_phone,
    source: r.source as LeadSource,
    courseId: r.course_id,
    courseName: r.course_name,
    notes: r.notes,
    status: r.status as LeadStatus,
    sellerId: r.seller_id,
    sellerName: joinName(r.seller_first, r.seller_last),
    createdBy: r.created_by,
    createdAt: r.created_at,
    assignedAt: r.assigned_at,
    statusChangedAt: r.status_changed_at,
    lostReason: r.lost_reason as LostReason | null,
    version: r.version,
  };
}

/**
 * "Without a next call" (SPEC §3): an open lead (not enrolled, not lost) held by a seller, with no
 * pending follow-up. Written with literal constants in the very words of the partial indexes of
 * migration 0007: SQLite uses a partial index only when the query states its condition, and a bound
 * parameter does not count as the same constant.
 */
export const noNextCall = (eb: ExpressionBuilder<Database, 'leads'>) =>
  eb.and([
    eb('leads.pending_followups', '=', eb.lit(0)),
    eb('leads.seller_id', 'is not', null),
    eb('leads.status', 'not in', [sql.lit('enrolled'), sql.lit('lost')]),
  ]);

/** How many leads are without a next call (of one seller, in one status): a few counters kept by triggers (0007). */
export async function countNoNextCall(db: Db, f: { sellerId?: number; status?: string } = {}): Promise<number> {
  let q = db.selectFrom('no_next_call_counts').select((eb) => eb.fn.sum<number>('n').as('n'));
  if (f.sellerId !== undefined) q = q.where('seller_id', '=', f.sellerId);
  if (f.status !== undefined) q = q.where('status', '=', f.status);
  return Number((await q.executeTakeFirst())?.n ?? 0);
}

export async function loadLeadOut(db: Db, id: number): Promise<LeadOut | null> {
  const row = await selectLeads(db).where('leads.id', '=', id).executeTakeFirst();
  return row ? leadOut(row) : null;
}

/** Rewrites the search words of a lead's name. */
export async function indexLeadName(
  db: Db,
  lead: Pick<LeadRow, 'id' | 'name' | 'created_at' | 'seller_id'>,
): Promise<void> {
  await db.deleteFrom('lead_search').where('lead_id', '=', lead.id).execute();
  const tokens = nameTokens(lead.name);
  if (tokens.length) {
    await db
      .insertInto('lead_search')
      .values(
        tokens.map((token) => ({ token, created_at: lead.created_at, lead_id: lead.id, seller_id: lead.seller_id })),
      )
      .execute();
  }
}
