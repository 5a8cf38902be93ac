import { z } from 'zod';
import { empty, id } from './common';
import { method } from './method';

export const sellerRow = z.object({
  id,
  name: z.string(),
  leads: z.number().int(),
  todayFollowups: z.number().int(),
  overdue: z.number().int(),
  /** Enrolled ÷ assigned, 0…1. */
  conversion: z.number(),
  absent: z.boolean(),
  /** Approved leave covers now. */
  onLeave: z.boolean(),
  eligible: z.boolean(),
});

export const dashboardOut = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('team'),
    totalLeads: z.number().int(),
    todayNew: z.number().int(),
    activeSellers: z.number().int(),
    overdue: z.number().int(),
    unassigned: z.number().int(),
    /** Open leads held by a seller with no pending follow-up ("without a next call", SPEC §3). */
    noNextCall: z.number().int(),
    sellers: z.array(sellerRow),
  }),
  z.object({
    kind: z.literal('seller'),
    myLeads: z.number().int(),
    todayFollowups: z.number().int(),
    overdue: z.number().int(),
    /** Own open leads with no pending follow-up. */
    noNextCall: z.number().int(),
  }),
]);
export type DashboardOut = z.infer<typeof dashboardOut>;

export const dashboardContract = {
  'dashboard.get': method({
    summary: "The role's dashboard cards; admin/manager also get the sellers table.",
    access: 'user',
    input: empty,
    output: dashboardOut,
  }),
} as const;
