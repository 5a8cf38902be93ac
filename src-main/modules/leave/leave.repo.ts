import type { Selectable } from 'kysely';
import type { LeaveOut } from '../../../src-shared/contract/leave';
import { leavePeriod, type LeaveReason, type LeaveStatus, type LeaveTimes } from '../../../src-shared/domain/leave';
import type { Db } from '../../db/connect';
import type { LeaveRequestsTable } from '../../db/schema';
import { sql } from 'kysely';

export type LeaveRow = Selectable<LeaveRequestsTable>;

export const leaveTimes = (r: LeaveRow): LeaveTimes => ({
  type: r.type as LeaveTimes['type'],
  dateFrom: r.date_from,
  dateTo: r.date_to,
  timeFrom: r.time_from,
  timeTo: r.time_to,
});

/** Requests with the seller's and the reviewer's names, as the API shows them. */
export function selectLeave(db: Db) {
  return db
    .selectFrom('leave_requests as l')
    .innerJoin('users as u', 'u.id', 'l.user_id')
    .leftJoin('users as rv', 'rv.id', 'l.reviewed_by')
    .selectAll('l')
    .select([
      sql<string>`trim(u.first_name || ' ' || u.last_name)`.as('user_name'),
      sql<string | null>`trim(rv.first_name || ' ' || rv.last_name)`.as('reviewer_name'),
    ]);
}

type Named = LeaveRow & { user_name: string; reviewer_name: string | null };

export const leaveOut = (r: Named): LeaveOut => ({
  id: r.id,
  userId: r.user_id,
  userName: r.user_name,
  ...leaveTimes(r),
  reason: r.reason as LeaveReason,
  comment: r.comment,
  status: r.status as LeaveStatus,
  createdAt: r.created_at,
  reviewedBy: r.reviewed_by,
  reviewerName: r.reviewer_name,
  reviewedAt: r.reviewed_at,
  rejectReason: r.reject_reason,
});

export async function loadLeave(db: Db, id: number): Promise<LeaveOut | null> {
  const row = await selectLeave(db).where('l.id', '=', id).executeTakeFirst();
  return row ? leaveOut(row) : null;
}

/** These sellers' approved leave ending on `date` or later, in time order (the index leave_user). */
const approvedUntil = (db: Db, userIds: number[], date: string) =>
  db
    .selectFrom('leave_requests')
    .selectAll()
    .where('user_id', 'in', userIds)
    .where('status', '=', 'approved')
    .where('date_to', '>=', date)
    .orderBy('date_from')
    .orderBy('time_from');

/**
 * Approved leave of these sellers that has not ended before `fromDate` (a local date), with the
 * instants it covers: what blocks their working time (SPEC §3, §8).
 */
export async function approvedLeave(
  db: Db,
  userIds: number[],
  fromDate: string,
  timeZone: string,
): Promise<Array<LeaveRow & { start: number; end: number }>> {
  if (userIds.length === 0) return [];
  const rows = await approvedUntil(db, userIds, fromDate).execute();
  return rows.map((r) => ({ ...r, ...leavePeriod(leaveTimes(r), timeZone) }));
}

/** Approved leave of these sellers covering local date `date` (whole days, or hours of it; a day may hold several), by seller. */
export async function leaveOnDate(db: Db, userIds: number[], date: string): Promise<Map<number, LeaveRow[]>> {
  const out = new Map<number, LeaveRow[]>();
  if (userIds.length === 0) return out;
  const rows = await approvedUntil(db, userIds, date).where('date_from', '<=', date).execute();
  for (const r of rows) out.set(r.user_id, [...(out.get(r.user_id) ?? []), r]);
  return out;
}

/** The sellers an approved leave covers at instant `at` (on local date `today`) (SPEC §4: no new leads meanwhile). */
export async function leaveCovering(
  db: Db,
  userIds: number[],
  at: number,
  today: string,
  timeZone: string,
): Promise<Set<number>> {
  const out = new Set<number>();
  for (const [userId, leaves] of await leaveOnDate(db, userIds, today))
    if (
      leaves.some((r) => {
        const p = leavePeriod(leaveTimes(r), timeZone);
        return p.start <= at && at < p.end;
      })
    )
      out.add(userId);
  return out;
}
