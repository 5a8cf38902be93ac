import type { Output, ParsedInput } from '../../../src-shared/contract/api';
import { funnel, rangeBounds, ratio, segmentStarts, trend } from '../../../src-shared/domain/kpi';
import type { LeadSource, LostReason } from '../../../src-shared/domain/lead-status';
import { zonedToEpoch } from '../../../src-shared/domain/zoned-time';
import type { ServiceContext } from '../context';
import { displayName } from '../users/users.repo';
import { analyticsWorkbook } from './analytics-export';
import { leadsCube, sellerFigures, trendCounts } from './analytics.repo';

type Range = ParsedInput<'analytics.get'>;
export type Analytics = Output<'analytics.get'>;

/** "Analytics" (SPEC §10, Admin §11, Manager §8): the team's figures for a range. */
export class AnalyticsService {
  constructor(private ctx: ServiceContext) {}

  async get(input: Range): Promise<Analytics> {
    const timeZone = await this.ctx.settings.get('timeZone');
    const now = this.ctx.clock.now();
    const span = rangeBounds({ ...input, timeZone });
    const cube = await leadsCube(this.ctx.db, span);

    const sources = new Map<string, { leads: number; enrolled: number }>();
    const lost = new Map<string, number>();
    let leads = 0;
    let enrolled = 0;
    for (const r of cube) {
      const count = Number(r.n);
      const s = sources.get(r.source) ?? { leads: 0, enrolled: 0 };
      s.leads += count;
      leads += count;
      if (r.status === 'enrolled') {
        s.enrolled += count;
        enrolled += count;
      }
      if (r.status === 'lost') lost.set(r.lost_reason ?? 'other', (lost.get(r.lost_reason ?? 'other') ?? 0) + count);
      sources.set(r.source, s);
    }

    const starts = segmentStarts(input.from, input.to);
    const cuts = [...starts.map((d) => zonedToEpoch(d, 0, timeZone)), span[1]];
    const counts = await trendCounts(this.ctx.db, cuts);
    const pieces = new Map(starts.map((d, i) => [d, counts[i]]));

    const ranking = (await sellerFigures(this.ctx.db, span, now))
      .filter((f) => f.seller.active === 1 || f.assigned || f.trials || f.overdue)
      .map((f) => ({
        sellerId: f.seller.id,
        sellerName: displayName(f.seller),
        leads: f.assigned,
        contacted: f.contacted,
        trials: f.trials,
        sales: f.enrolled,
        conversion: ratio(f.enrolled, f.assigned),
        avgResponseMinutes: f.contacted ? f.responseMs / f.contacted / 60_000 : null,
        overdue: f.overdue,
      }))
      .sort(
        (x, y) =>
          y.sales - x.sales ||
          (y.conversion ?? -1) - (x.conversion ?? -1) ||
          y.leads - x.leads ||
          x.sellerName.localeCompare(y.sellerName),
      );

    return {
      totals: { leads, enrolled, conversion: ratio(enrolled, leads) },
      bySource: [...sources]
        .map(([source, s]) => ({ source: source as LeadSource, ...s, conversion: ratio(s.enrolled, s.leads) }))
        .sort((x, y) => y.leads - x.leads || x.source.localeCompare(y.source)),
      funnel: funnel(cube.map((r) => ({ status: r.status, stages: r.stages, n: Number(r.n) }))),
      ranking,
      monthly: trend(input.from, input.to, 'month', pieces),
      weekly: trend(input.from, input.to, 'week', pieces),
      lostReasons: [...lost]
        .map(([reason, count]) => ({ reason: reason as LostReason, count }))
        .sort((x, y) => y.count - x.count || x.reason.localeCompare(y.reason)),
    };
  }

  async export(input: Range): Promise<Output<'analytics.export'>> {
    const bytes = await analyticsWorkbook(await this.get(input), input);
    return {
      fileName: `analytics-${input.from}-${input.to}.xlsx`,
      contentBase64: Buffer.from(bytes).toString('base64'),
    };
  }
}
