import type { Output, ParsedInput } from '../../../src-shared/contract/api';
import { AppError, fieldError } from '../../../src-shared/contract/errors';
import {
  DEFAULT_TARGETS,
  monthRange,
  rangeBounds,
  sellerKpi,
  targetProgress,
  type SellerKpi,
  type Targets,
} from '../../../src-shared/domain/kpi';
import { write } from '../changes';
import type { Actor, ServiceContext } from '../context';
import type { ScheduleService } from '../users/schedule.service';
import { activeSellersByName, displayName } from '../users/users.repo';
import { sellerRows } from './kpi.repo';

type TargetsOut = Output<'kpi.targets'>;

/** "Mening KPI'm", "Sotuvchi KPI" and "Target'lar" (SPEC §10): the rows from the database, the counting in domain/kpi.ts. */
export class KpiService {
  constructor(
    private ctx: ServiceContext,
    private schedules: ScheduleService,
  ) {}

  /** A seller sees only own figures (another's id is NOT_FOUND, as with leads); the team names a seller. */
  private async sellerFor(actor: Actor, sellerId: number | undefined): Promise<number> {
    if (actor.role === 'seller') {
      if (sellerId !== undefined && sellerId !== actor.id) throw new AppError('NOT_FOUND', 'error.userNotFound');
      return actor.id;
    }
    if (sellerId === undefined) throw fieldError('sellerId', 'field.required');
    const u = await this.ctx.db.selectFrom('users').select('role').where('id', '=', sellerId).executeTakeFirst();
    if (u?.role !== 'seller') throw new AppError('NOT_FOUND', 'error.userNotFound');
    return sellerId;
  }

  /** `forTargets`: only what the targets' progress reads (no contacts, no working days). */
  async figures(sellerId: number, from: string, to: string, forTargets = false): Promise<SellerKpi> {
    const timeZone = await this.ctx.settings.get('timeZone');
    const now = this.ctx.clock.now();
    const range = { from, to, timeZone, now };
    const rows = await sellerRows(this.ctx.db, sellerId, rangeBounds(range), now, !forTargets);
    const schedule = forTargets
      ? { workStart: '00:00', workEnd: '00:00', workDays: [], blocked: [], timeZone }
      : await this.schedules.forSeller(sellerId, this.ctx.db, from);
    return sellerKpi(range, { ...rows, schedule });
  }

  async seller(actor: Actor, input: ParsedInput<'kpi.seller'>): Promise<Output<'kpi.seller'>> {
    return this.figures(await this.sellerFor(actor, input.sellerId), input.from, input.to);
  }

  private async targetsOf(sellerId: number, month: string): Promise<Targets> {
    const row = await this.ctx.db
      .selectFrom('kpi_targets')
      .selectAll()
      .where('seller_id', '=', sellerId)
      .where('month', '=', month)
      .executeTakeFirst();
    if (!row) return DEFAULT_TARGETS;
    return {
      leads: row.leads,
      trials: row.trials,
      sales: row.sales,
      followupCompletion: row.followup_completion,
      conversion: row.conversion,
    };
  }

  private async withProgress(sellerId: number, month: string): Promise<TargetsOut> {
    const targets = await this.targetsOf(sellerId, month);
    const { from, to } = monthRange(month);
    const progress = targetProgress(await this.figures(sellerId, from, to, true), targets);
    return { sellerId, month, ...targets, progress };
  }

  async targets(actor: Actor, input: ParsedInput<'kpi.targets'>): Promise<TargetsOut> {
    return this.withProgress(await this.sellerFor(actor, input.sellerId), input.month);
  }

  async setTargets(actor: Actor, input: ParsedInput<'kpi.setTargets'>): Promise<TargetsOut> {
    const sellerId = await this.sellerFor(actor, input.sellerId);
    const now = this.ctx.clock.now();
    const values = {
      leads: input.leads,
      trials: input.trials,
      sales: input.sales,
      followup_completion: asFraction(input.followupCompletion),
      conversion: asFraction(input.conversion),
      updated_by: actor.id,
      updated_at: now,
    };
    await write(this.ctx, async (trx, changes) => {
      await trx
        .insertInto('kpi_targets')
        .values({ seller_id: sellerId, month: input.month, ...values })
        .onConflict((oc) => oc.columns(['seller_id', 'month']).doUpdateSet(values))
        .execute();
      changes.dashboard();
    });
    return this.withProgress(sellerId, input.month);
  }

  async team(input: ParsedInput<'kpi.team'>): Promise<Output<'kpi.team'>> {
    const sellers = await activeSellersByName(this.ctx.db);
    const items = [];
    for (const s of sellers)
      items.push({ ...(await this.withProgress(s.id, input.month)), sellerName: displayName(s) });
    return { items };
  }
}

/** A rate target as a fraction: 0.85 stays, 85 (a percent, as a manager may type it) becomes 0.85. */
const asFraction = (v: number) => (v > 1 ? v / 100 : v);
