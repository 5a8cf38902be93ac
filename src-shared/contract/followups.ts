import { ROLES, TEAM } from '../domain/roles';
import { z } from 'zod';
import { DELAY_BUCKETS, FOLLOWUP_KINDS } from '../domain/follow-up-rules';
import { epochMs, epochMsOut, id } from './common';
import { leadStatus, lostReason } from './leads';
import { method } from './method';

export const followupOut = z.object({
  id,
  leadId: id,
  leadName: z.string(),
  leadPhone: z.string(),
  leadStatus,
  leadCourseId: id.nullable(),
  sellerId: id.nullable(),
  sellerName: z.string().nullable(),
  dueAt: epochMsOut,
  kind: z.enum(FOLLOWUP_KINDS),
  note: z.string(),
  state: z.enum(['pending', 'done', 'cancelled']),
  /** trial_moved: a trial reminder replaced by one for the trial's new date. */
  closeKind: z.enum(['done', 'bulk_done', 'admin_deleted', 'status_changed', 'trial_moved']).nullable(),
  closedAt: epochMsOut.nullable(),
  createdAt: epochMsOut,
  /** Pending and due before the server's now. */
  overdue: z.boolean(),
});
export type FollowupOut = z.infer<typeof followupOut>;

export const followupsContract = {
  'followups.list': method({
    summary:
      '"Bugungi Aloqalar" (scope today: overdue first, then the rest of today), "Muddati O\'tgan" (scope overdue, optional delay bucket), or one lead\'s follow-ups (scope lead). Sellers see their own.',
    access: ROLES,
    input: z.object({
      scope: z.enum(['today', 'overdue', 'lead']),
      leadId: id.optional(),
      sellerId: id.optional(),
      bucket: z.enum(DELAY_BUCKETS).optional(),
      page: z.number().int().min(1).default(1),
      pageSize: z.number().int().min(1).max(200).default(50),
    }),
    output: z.object({
      items: z.array(followupOut),
      total: z.number().int(),
      /** The server's clock, for delays. */ now: epochMsOut,
    }),
  }),
  'followups.create': method({
    summary:
      'Schedule a manual follow-up ("call back at…"); placed inside the seller\'s working time. A due time in the past is refused (dueAt: error.dueInPast).',
    access: ROLES,
    input: z.object({ leadId: id, dueAt: epochMs, note: z.string().trim().max(2000).optional() }),
    output: followupOut,
  }),
  'followups.complete': method({
    summary:
      '"Bajarildi", logging the call in one step (SPEC §5): optionally the outcome as the lead\'s new `status` (as leads.setStatus: trial stages refused, sellers write a note, lost needs `lostReason`; the lead\'s current status = no change) and `nextCallAt`, a manual follow-up placed in working time (in the past: error.dueInPast). A seller only inside own working time and not on leave or absence; admin/manager any time.',
    access: ROLES,
    input: z.object({
      id,
      note: z.string().trim().max(2000).optional(),
      status: leadStatus.optional(),
      lostReason: lostReason.optional(),
      /** The next call (epoch ms, future); placed inside the seller's working time like any due time. */
      nextCallAt: epochMs.optional(),
    }),
    output: followupOut,
  }),
  'followups.bulk': method({
    summary:
      'Bulk actions on pending follow-ups: reschedule N hours from now, transfer to a seller, mark done; delete (admin only) closes them, never removes.',
    access: TEAM,
    input: z
      .object({
        action: z.enum(['reschedule', 'transfer', 'complete', 'delete']),
        ids: z.array(id).min(1).max(2000).optional(),
        /** Same as `ids`. */
        followupIds: z.array(id).min(1).max(2000).optional(),
        /** Whole or fractional hours from now, 1 … 1440. */
        hours: z
          .number()
          .min(1)
          .max(24 * 60)
          .optional(),
        sellerId: id.optional(),
      })
      .refine((v) => v.ids || v.followupIds, { path: ['ids'], message: 'field.required' })
      .transform(({ followupIds, ids, ...rest }) => ({ ...rest, ids: ids ?? followupIds! })),
    output: z.object({ updated: z.number().int() }),
  }),
} as const;
