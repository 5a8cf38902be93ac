import { ROLES, TEAM } from '../domain/roles';
import { z } from 'zod';
import { LEAD_SOURCES, LEAD_STATUSES, LOST_REASONS } from '../domain/lead-status';
import { epochMsOut, id, isoDate, patchText } from './common';
import { method } from './method';

export const leadSource = z.enum(LEAD_SOURCES);
export const leadStatus = z.enum(LEAD_STATUSES);
export const lostReason = z.enum(LOST_REASONS);
const phoneText = z.string().trim().min(1).max(40);

export const leadOut = z.object({
  id,
  name: z.string(),
  phone: z.string(),
  extraPhone: z.string().nullable(),
  source: leadSource,
  courseId: id.nullable(),
  courseName: z.string().nullable(),
  notes: z.string(),
  status: leadStatus,
  sellerId: id.nullable(),
  sellerName: z.string().nullable(),
  createdBy: id,
  createdAt: epochMsOut,
  assignedAt: epochMsOut.nullable(),
  statusChangedAt: epochMsOut,
  lostReason: lostReason.nullable(),
  /** Bumped by every change; send it back with an edit to be told when someone else changed the lead first. */
  version: z.number().int(),
});
export type LeadOut = z.infer<typeof leadOut>;

export const activityOut = z.object({
  id,
  at: epochMsOut,
  type: z.enum([
    'created',
    'assigned',
    'status',
    'edit',
    'followup_done',
    'trial_booked',
    'trial_result',
    /** data: { trialId, fromDate, fromTime, toDate, toTime } */
    'trial_moved',
  ]),
  userId: id.nullable(),
  userName: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});
export type ActivityOut = z.infer<typeof activityOut>;

export const LEAD_SORTS = ['createdAt', 'name', 'status', 'assignedAt'] as const;

/** The leads list's filters and order: the same for the page, its total and its export. */
const listFilters = {
  sort: z.enum(LEAD_SORTS).default('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  q: z.string().trim().max(100).optional(),
  source: leadSource.optional(),
  status: leadStatus.optional(),
  sellerId: z.union([id, z.literal('unassigned')]).optional(),
  courseId: id.optional(),
  createdFrom: isoDate.optional(),
  createdTo: isoDate.optional(),
  /** true: only open leads (not enrolled, not lost) held by a seller with no pending follow-up; false = no filter. */
  noNextCall: z.boolean().optional(),
};

export const leadsContract = {
  'leads.create': method({
    summary:
      'Add a lead. A seller\'s lead is theirs; admin/manager pick a seller or "auto" (SPEC §4). Phone in any format; a number already used by a lead is refused.',
    access: ROLES,
    input: z.object({
      name: z.string().trim().min(1).max(120),
      phone: phoneText,
      extraPhone: z.string().trim().max(40).nullable().optional(),
      source: leadSource.default('other'),
      courseId: id.nullable().optional(),
      notes: z.string().max(5000).optional(),
      sellerId: z.union([id, z.literal('auto')]).optional(),
    }),
    output: leadOut,
  }),
  'leads.get': method({
    summary: "One lead. A seller asking for another seller's lead gets NOT_FOUND.",
    access: ROLES,
    input: z.object({ id }),
    output: leadOut,
  }),
  'leads.list': method({
    summary:
      'Leads page by page with filters, sorting and search by name (any case, Latin or Cyrillic, Uzbek or Russian spelling) or phone (any format, or its last digits). `noNextCall`: only open leads of a seller with no pending follow-up (SPEC §3). Sellers see their own.',
    access: ROLES,
    input: z
      .object({
        page: z.number().int().min(1).default(1),
        pageSize: z.number().int().min(1).max(100).default(25),
        ...listFilters,
      })
      .default({ page: 1, pageSize: 25, sort: 'createdAt', order: 'desc' }),
    output: z.object({
      items: z.array(leadOut),
      total: z.number().int(),
      page: z.number().int(),
      pageSize: z.number().int(),
    }),
  }),
  'leads.export': method({
    summary:
      '"Excel\'ga yuklash": the leads of the current filter (as leads.list, every page; a seller: own) as an .xlsx with the list\'s columns plus notes and dates.',
    access: ROLES,
    input: z.object(listFilters).default({ sort: 'createdAt', order: 'desc' }),
    output: z.object({ fileName: z.string(), contentBase64: z.string() }),
  }),
  'leads.update': method({
    summary: 'Edit name, phones, source, course, notes ("Tahrirlash"). Pass `version` to refuse a stale edit.',
    access: ROLES,
    input: z.object({
      id,
      version: z.number().int().optional(),
      name: z.string().trim().min(1).max(120).optional(),
      phone: phoneText.optional(),
      extraPhone: patchText(40),
      source: leadSource.optional(),
      courseId: id.nullable().optional(),
      notes: z.string().max(5000).optional(),
    }),
    output: leadOut,
  }),
  'leads.setStatus': method({
    summary:
      'Change the status ("Statusni yangilash"): creates that status\'s follow-ups in the seller\'s working time and cancels the previous automatic ones. Sellers must write a note; lost needs a reason. The trial stages are refused (RULE error.trialStageViaTrial): they come only from trials.create and trials.setResult.',
    access: ROLES,
    input: z.object({
      id,
      status: leadStatus,
      note: z.string().trim().max(2000).optional(),
      lostReason: lostReason.optional(),
      version: z.number().int().optional(),
    }),
    output: leadOut,
  }),
  'leads.assign': method({
    summary:
      'Give one or many leads to a seller or to auto-distribution ("Biriktirish"): pending follow-ups move along, the new seller gets a +5 min follow-up.',
    access: TEAM,
    // `leadId` is accepted for a single lead.
    input: z
      .object({
        leadIds: z.array(id).min(1).max(1000).optional(),
        leadId: id.optional(),
        sellerId: z.union([id, z.literal('auto')]),
      })
      .refine((v) => v.leadIds || v.leadId, { path: ['leadIds'], message: 'field.required' })
      .transform(({ leadId, leadIds, sellerId }) => ({ leadIds: leadIds ?? [leadId!], sellerId })),
    output: z.object({ assigned: z.array(z.object({ leadId: id, sellerId: id })), unassigned: z.array(id) }),
  }),
  'leads.history': method({
    summary: 'Every change of a lead, oldest first: who, when, what.',
    access: ROLES,
    input: z.object({ id }),
    output: z.array(activityOut),
  }),
} as const;
