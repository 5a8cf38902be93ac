import type { FollowupOut } from '../../../src-shared/contract/followups';
import type { LeadStatus } from '../../../src-shared/domain/lead-status';
import type { FollowupKind } from '../../../src-shared/domain/follow-up-rules';
import type { Db } from '../../db/connect';
import { joinName } from '../users/users.repo';

/** Follow-ups with the lead's name, phone and status and the seller's name. */
export function selectFollowups(db: Db) {
  return db
    .selectFrom('followups as f')
    .innerJoin('leads as l', 'l.id', 'f.lead_id')
    .leftJoin('users as s', 's.id', 'f.seller_id')
    .select([
      'f.id',
      'f.lead_id',
      'f.seller_id',
      'f.due_at',
      'f.kind',
      'f.note',
      'f.state',
      'f.close_kind',
      'f.closed_at',
      'f.created_at',
      'l.name as lead_name',
      'l.phone as lead_phone',
      'l.status as lead_status',
      'l.course_id as lead_course_id',
      's.first_name as seller_first',
      's.last_name as seller_last',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectFollowups>['executeTakeFirstOrThrow']>>;

export function followupOut(r: Row, now: number): FollowupOut {
  return {
    id: r.id,
    leadId: r.lead_id,
    leadName: r.lead_name,
    leadPhone: r.lead_phone,
    leadStatus: r.lead_status as LeadStatus,
    leadCourseId: r.lead_course_id,
    sellerId: r.seller_id,
    sellerName: joinName(r.seller_first, r.seller_last),
    dueAt: r.due_at,
    kind: r.kind as FollowupKind,
    note: r.note,
    state: r.state as FollowupOut['state'],
    closeKind: r.close_kind as FollowupOut['closeKind'],
    closedAt: r.closed_at,
    createdAt: r.created_at,
    overdue: r.state === 'pending' && r.due_at < now,
  };
}

export async function loadFollowupOut(db: Db, id: number, now: number): Promise<FollowupOut> {
  return followupOut(await selectFollowups(db).where('f.id', '=', id).executeTakeFirstOrThrow(), now);
}
