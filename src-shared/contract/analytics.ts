import { z } from 'zod';
import { LEAD_SOURCES, LEAD_STATUSES, LOST_REASONS } from '../domain/lead-status';
import { TEAM } from '../domain/roles';
import { id } from './common';
import { dateRange, rangeRules } from './kpi';
import { method } from './method';

const rate = z.number().nullable();
const count = z.number().int();
const trendRow = z.object({ period: z.string(), leads: count, sales: count });

export const analyticsOut = z.object({
  totals: z.object({ leads: count, enrolled: count, conversion: rate }),
  bySource: z.array(z.object({ source: z.enum(LEAD_SOURCES), leads: count, enrolled: count, conversion: rate })),
  funnel: z.array(z.object({ status: z.enum(LEAD_STATUSES), count })),
  ranking: z.array(
    z.object({
      sellerId: id,
      sellerName: z.string(),
      leads: count,
      contacted: count,
      trials: count,
      sales: count,
      conversion: rate,
      avgResponseMinutes: z.number().nullable(),
      overdue: count,
    }),
  ),
  monthly: z.array(trendRow),
  weekly: z.array(trendRow),
  lostReasons: z.array(z.object({ reason: z.enum(LOST_REASONS), count })),
});
export type AnalyticsOut = z.infer<typeof analyticsOut>;

const range = rangeRules(z.object(dateRange));

export const analyticsContract = {
  'analytics.get': method({
    summary:
      '"Analytics" for from…to: leads created in the range by source (now enrolled, conversion), the status funnel (how many ever reached each stage), lost reasons; seller ranking (leads assigned, contacted, trials booked, sales, conversion, response time, overdue now); monthly and weekly new leads and sales (enrolments).',
    access: TEAM,
    input: range,
    output: analyticsOut,
  }),
  'analytics.export': method({
    summary: '"Excel\'ga yuklash": every table of the Analytics page for from…to in one .xlsx, a sheet each.',
    access: TEAM,
    input: range,
    output: z.object({ fileName: z.string(), contentBase64: z.string() }),
  }),
};
