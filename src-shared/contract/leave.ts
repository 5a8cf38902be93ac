import { z } from 'zod';
import { LEAVE_REASONS, LEAVE_STATUSES, LEAVE_TYPES } from '../domain/leave';
import { TEAM } from '../domain/roles';
import { epochMsOut, hhmm, id, isoDate, isoDateOut, optText } from './common';
import { method } from './method';

export const leaveOut = z.object({
  id,
  userId: id,
  userName: z.string(),
  type: z.enum(LEAVE_TYPES),
  dateFrom: isoDateOut,
  /** The same as dateFrom for an hourly leave. */
  dateTo: isoDateOut,
  /** Hourly leave only. */
  timeFrom: z.string().nullable(),
  timeTo: z.string().nullable(),
  reason: z.enum(LEAVE_REASONS),
  comment: z.string().nullable(),
  status: z.enum(LEAVE_STATUSES),
  createdAt: epochMsOut,
  reviewedBy: id.nullable(),
  reviewerName: z.string().nullable(),
  reviewedAt: epochMsOut.nullable(),
  /** Why it was rejected (required to reject). */
  rejectReason: z.string().nullable(),
});
export type LeaveOut = z.infer<typeof leaveOut>;

const list = z.object({ items: z.array(leaveOut), total: z.number().int() });
const paging = {
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
};

export const leaveContract = {
  'leave.request': method({
    summary:
      '"Ruxsat So\'rash": a full-day leave (dateFrom–dateTo) or an hourly one (dateFrom, timeFrom–timeTo). Refused when wholly in the past or overlapping own pending/approved leave.',
    access: ['seller'],
    input: z.object({
      type: z.enum(LEAVE_TYPES),
      dateFrom: isoDate,
      dateTo: isoDate.optional(),
      timeFrom: hhmm.optional(),
      timeTo: hhmm.optional(),
      reason: z.enum(LEAVE_REASONS),
      comment: optText(500),
    }),
    output: leaveOut,
  }),
  'leave.mine': method({
    summary: '"Mening So\'rovlarim": the seller\'s own requests, newest first.',
    access: ['seller'],
    input: z.object(paging).default({ page: 1, pageSize: 50 }),
    output: list,
  }),
  'leave.list': method({
    summary:
      'Leave requests for the admin and managers: "Kutilmoqda" (status pending, oldest first), one status, or "decided" (approved, rejected, withdrawn: the history), newest first; optionally of one seller.',
    access: TEAM,
    input: z
      .object({ status: z.enum([...LEAVE_STATUSES, 'decided']).optional(), userId: id.optional(), ...paging })
      .default({ page: 1, pageSize: 50 }),
    output: list,
  }),
  'leave.approve': method({
    summary:
      '"Tasdiqlash": the seller gets no new leads during it, their pending follow-ups inside it move to the first working moment after it, and they are told.',
    access: TEAM,
    input: z.object({ id }),
    output: leaveOut,
  }),
  'leave.reject': method({
    summary: '"Rad etish" with the reason (required); the seller is told the reason.',
    access: TEAM,
    input: z.object({ id, reason: z.string().trim().min(1).max(500) }),
    output: leaveOut,
  }),
  'leave.cancel': method({
    summary: 'The seller withdraws own pending request.',
    access: ['seller'],
    input: z.object({ id }),
    output: leaveOut,
  }),
} as const;
