import type { AssignmentRow, ContactRow, FollowupRow, TrialRow } from '../../../src-shared/domain/kpi';
import type { Db } from '../../db/connect';

/** [start, end) instants of a KPI range. */
export type Span = [number, number];

/**
 * The rows one seller's KPI counts (SPEC §10), each from its own index: contacts from the history by
 * who made them (activities_user_at), follow-ups by holder and due time, trials by the seller who held
 * the lead when booked, first assignments (lead_assignments, 0012) — each from a covering index.
 */
export async function sellerRows(db: Db, sellerId: number, [start, end]: Span, now: number, withContacts = true) {
  const contacts: ContactRow[] = !withContacts
    ? []
    : (
        await db
          .selectFrom('activities')
          .select(['lead_id', 'at'])
          .where('user_id', '=', sellerId)
          .where('at', '>=', start)
          .where('at', '<', end)
          .where('type', 'in', ['status', 'followup_done'])
          .execute()
      ).map((r) => ({ leadId: r.lead_id, at: r.at }));
  // Counted by state and close kind in SQL (a month is ~1 600 calls a seller); due time of the group's first.
  const followups: FollowupRow[] = (
    await db
      .selectFrom('followups')
      .select((eb) => ['state', 'close_kind', eb.fn.min('due_at').as('due_at'), eb.fn.countAll<number>().as('n')])
      .where('seller_id', '=', sellerId)
      .where('due_at', '>=', start)
      .where('due_at', '<', end)
      .where('state', 'in', ['pending', 'done'])
      .groupBy(['state', 'close_kind'])
      .execute()
  ).map((r) => ({ dueAt: Number(r.due_at), state: r.state, closeKind: r.close_kind, n: Number(r.n) }));
  const trials: TrialRow[] = (
    await db
      .selectFrom('trials')
      .select(['created_at', 'result'])
      .where('seller_id', '=', sellerId)
      .where('created_at', '>=', start)
      .where('created_at', '<', end)
      .execute()
  ).map((r) => ({ createdAt: r.created_at, result: r.result }));
  const assignments: AssignmentRow[] = (
    await db
      .selectFrom('lead_assignments')
      .select(['assigned_at', 'first_contact_at', 'enrolled'])
      .where('seller_id', '=', sellerId)
      .where('assigned_at', '>=', start)
      .where('assigned_at', '<', end)
      .execute()
  ).map((r) => ({ assignedAt: r.assigned_at, firstContactAt: r.first_contact_at, enrolled: r.enrolled === 1 }));
  const { n } = await db
    .selectFrom('followups')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('state', '=', 'pending')
    .where('seller_id', '=', sellerId)
    .where('due_at', '<', now)
    .executeTakeFirstOrThrow();
  return { contacts, followups, trials, assignments, overdue: Number(n) };
}
