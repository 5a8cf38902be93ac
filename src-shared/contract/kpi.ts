import { z } from 'zod';
import { FIRST_YEAR, LAST_YEAR } from '../domain/calendar-range';
import { addDays } from '../domain/zoned-time';
import { TEAM } from '../domain/roles';
import { id, isoDate } from './common';
import { method } from './method';

/** The longest range a KPI or analytics page reads: two years (a year and any custom range around it). */
export const MAX_RANGE_DAYS = 731;

/** `from`…`to` (`YYYY-MM-DD`, both included, centre's zone): in order, at most MAX_RANGE_DAYS days. */
export const dateRange = {
  from: isoDate,
  to: isoDate,
};
export const rangeRules = <T extends { from: string; to: string }>(s: z.ZodType<T>) =>
  s
    .refine((v) => v.from <= v.to, { path: ['to'], message: 'kpi.error.rangeOrder' })
    .refine((v) => addDays(v.from, MAX_RANGE_DAYS - 1) >= v.to, {
      path: ['to'],
      message: 'kpi.error.rangeTooLong',
      params: { days: MAX_RANGE_DAYS },
    });

const month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'kpi.error.month', abort: true })
  .refine((m) => Number(m.slice(0, 4)) >= FIRST_YEAR && Number(m.slice(0, 4)) <= LAST_YEAR, {
    message: 'kpi.error.month',
  });
const rate = z.number().nullable();
const count = z.number().int();

export const sellerKpiOut = z.object({
  dailyContacts: z.object({
    days: z.array(z.object({ date: z.string(), count })),
    averagePerWorkingDay: z.number().nullable(),
  }),
  followupCompletion: z.object({ done: count, due: count, rate }),
  trialsRegistered: count,
  trialToSale: z.object({ accepted: count, came: count, rate }),
  conversion: z.object({ enrolled: count, assigned: count, rate }),
  avgResponseMinutes: z.number().nullable(),
  notContacted: count,
  overdue: count,
});
export type SellerKpiOut = z.infer<typeof sellerKpiOut>;

const targetFields = {
  leads: z.number().int().min(0).max(100_000),
  trials: z.number().int().min(0).max(100_000),
  sales: z.number().int().min(0).max(100_000),
  /** A fraction 0–1 (0.85 = 85 %); a percent over 1 is taken as one (85 → 0.85). Read back as a fraction. */
  followupCompletion: z.number().min(0).max(100),
  conversion: z.number().min(0).max(100),
};
const progressOf = <T extends z.ZodType>(actual: T) => z.object({ actual, target: z.number() });
export const targetsOut = z.object({
  sellerId: id,
  month: z.string(),
  leads: count,
  trials: count,
  sales: count,
  followupCompletion: z.number(),
  conversion: z.number(),
  progress: z.object({
    leads: progressOf(count),
    trials: progressOf(count),
    sales: progressOf(count),
    followupCompletion: progressOf(rate),
    conversion: progressOf(rate),
  }),
});
export type TargetsOut = z.infer<typeof targetsOut>;

export const kpiContract = {
  'kpi.seller': method({
    summary:
      '"Mening KPI\'m" / "Sotuvchi KPI" (SPEC §10) for from…to (centre\'s days): daily contacts, follow-up completion, trials, trial → sale, conversion, response time, overdue now. Rates are fractions 0–1, null when there is nothing to divide by. A seller gets only own (sellerId optional); another seller\'s id is NOT_FOUND.',
    access: 'user',
    input: rangeRules(z.object({ sellerId: id.optional(), ...dateRange })),
    output: sellerKpiOut,
  }),
  'kpi.targets': method({
    summary:
      "A seller's targets for a month (`YYYY-MM`; the defaults 50, 30, 10, 85 %, 20 % where none are set) with progress: leads assigned, trials booked, sales (of those leads, enrolled), follow-up completion and conversion in the month.",
    access: 'user',
    input: z.object({ sellerId: id.optional(), month }),
    output: targetsOut,
  }),
  'kpi.setTargets': method({
    summary: '"Target\'lar": sets a seller\'s targets for a month; rates as fractions 0–1.',
    access: TEAM,
    input: z.object({ sellerId: id, month, ...targetFields }),
    output: targetsOut,
  }),
  'kpi.team': method({
    summary:
      "Every active seller's targets and progress for a month (the \"Target'lar\" page and the dashboard's sellers table).",
    access: TEAM,
    input: z.object({ month }),
    output: z.object({ items: z.array(targetsOut.extend({ sellerName: z.string() })) }),
  }),
};
