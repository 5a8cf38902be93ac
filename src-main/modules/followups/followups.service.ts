import type { Output, ParsedInput } from '../../../src-shared/contract/api';
import { AppError, fieldError } from '../../../src-shared/contract/errors';
import { bucketRange, isPastDue } from '../../../src-shared/domain/follow-up-rules';
import { isWorkingAt } from '../../../src-shared/domain/working-time';
import { logActivity } from '../leads/activity.repo';
import { leaveCovering } from '../leave/leave.repo';
import type { AssignmentService } from '../leads/assignment.service';
import { assertManualStatus, type LeadStatusService } from '../leads/lead-status.service';
import { write } from '../changes';
import { centreDay, type Actor, type ServiceContext } from '../context';
import type { FollowupPlanner } from './followup-planner';
import { followupOut, loadFollowupOut, selectFollowups } from './followups.repo';
import type { LeadAccess } from '../leads/lead-access';
import type { ScheduleService } from '../users/schedule.service';

export class FollowupsService {
  constructor(
    private ctx: ServiceContext,
    private planner: FollowupPlanner,
    private schedules: ScheduleService,
    private access: LeadAccess,
    private assignment: AssignmentService,
    private leadStatus: LeadStatusService,
  ) {}

  async list(actor: Actor, input: ParsedInput<'followups.list'>): Promise<Output<'followups.list'>> {
    const now = this.ctx.clock.now();
    // Filters and counting touch the follow-ups table alone; lead and seller names are joined for the page only.
    let q = this.ctx.db.selectFrom('followups as f');
    if (input.scope === 'lead') {
      if (!input.leadId) throw fieldError('leadId', 'field.required');
      await this.access.visibleLead(actor, input.leadId);
      q = q.where('f.lead_id', '=', input.leadId);
    } else {
      q = q.where('f.state', '=', 'pending');
      if (input.scope === 'today') {
        q = q.where('f.due_at', '<', (await centreDay(this.ctx)).dayEnd);
      } else {
        q = q.where('f.due_at', '<', now);
        if (input.bucket) {
          const [from, to] = bucketRange(input.bucket, now);
          q = q.where('f.due_at', '>=', from).where('f.due_at', '<', to);
        }
      }
      const sellerId = actor.role === 'seller' ? actor.id : input.sellerId;
      if (sellerId) q = q.where('f.seller_id', '=', sellerId);
    }
    const [{ total }] = await q.select((eb) => eb.fn.countAll<number>().as('total')).execute();
    const page = await q
      .select('f.id')
      .orderBy('f.due_at', input.scope === 'lead' ? 'desc' : 'asc')
      .orderBy('f.id')
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .execute();
    const ids = page.map((r) => r.id);
    const rows = ids.length ? await selectFollowups(this.ctx.db).where('f.id', 'in', ids).execute() : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return { items: ids.map((id) => followupOut(byId.get(id)!, now)), total: Number(total), now };
  }

  async create(actor: Actor, input: ParsedInput<'followups.create'>): Promise<Output<'followups.create'>> {
    const lead = await this.access.visibleLead(actor, input.leadId);
    if (!lead.seller_id) throw new AppError('RULE', 'error.leadUnassigned');
    if (isPastDue(input.dueAt, this.ctx.clock.now())) throw fieldError('dueAt', 'error.dueInPast');
    const id = await write(this.ctx, (trx, changes) => {
      changes.followupsOf(lead.id).dashboard();
      return this.planner.add(trx, {
        leadId: lead.id,
        sellerId: lead.seller_id!,
        at: input.dueAt,
        kind: 'manual',
        note: input.note,
      });
    });
    return loadFollowupOut(this.ctx.db, id, this.ctx.clock.now());
  }

  /**
   * "Bajarildi", logging the call in one step (SPEC §5): the follow-up done, then optionally the
   * outcome as the lead's new status (the rules and effects of "Statusni yangilash") and the next call
   * as a manual follow-up — all in one transaction. Without those fields it only closes the follow-up.
   */
  async complete(actor: Actor, input: ParsedInput<'followups.complete'>): Promise<Output<'followups.complete'>> {
    const f = await this.ctx.db.selectFrom('followups').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!f || (actor.role === 'seller' && f.seller_id !== actor.id)) throw new AppError('NOT_FOUND', 'error.notFound');
    if (f.state !== 'pending') throw new AppError('CONFLICT', 'error.followupClosed');
    const now = this.ctx.clock.now();
    if (actor.role === 'seller' && !isWorkingAt(await this.schedules.forSeller(actor.id), now)) {
      const { today, timeZone } = await centreDay(this.ctx);
      const onLeave = (await leaveCovering(this.ctx.db, [actor.id], now, today, timeZone)).size > 0;
      throw new AppError('RULE', onLeave ? 'error.onLeave' : 'error.outsideWorkingTime');
    }
    const outcome = input.status !== undefined || input.nextCallAt !== undefined;
    const lead = outcome ? await this.access.visibleLead(actor, f.lead_id) : null;
    // The lead's current status as the outcome means "no change" (a form may start from it).
    const status = input.status !== undefined && input.status !== lead?.status ? input.status : undefined;
    if (status) assertManualStatus(actor, { ...input, status });
    if (input.nextCallAt !== undefined) {
      if (isPastDue(input.nextCallAt, now)) throw fieldError('nextCallAt', 'error.dueInPast');
      if (!lead?.seller_id) throw new AppError('RULE', 'error.leadUnassigned');
    }
    await write(this.ctx, async (trx, changes) => {
      changes.followupsOf(f.lead_id).dashboard();
      await trx
        .updateTable('followups')
        .set({ state: 'done', close_kind: 'done', closed_at: now, closed_by: actor.id, note: input.note || f.note })
        .where('id', '=', f.id)
        .where('state', '=', 'pending')
        .execute();
      await logActivity(trx, {
        leadId: f.lead_id,
        userId: actor.id,
        at: now,
        type: 'followup_done',
        data: { followupId: f.id, kind: f.kind, note: input.note ?? '' },
      });
      if (lead && status)
        await this.leadStatus.apply(trx, changes, lead, {
          status,
          note: input.note,
          lostReason: input.lostReason,
          byUserId: actor.id,
        });
      // The next call carries this call's note, so whoever makes it sees what was said.
      if (lead?.seller_id && input.nextCallAt !== undefined)
        await this.planner.add(trx, {
          leadId: lead.id,
          sellerId: lead.seller_id,
          at: input.nextCallAt,
          kind: 'manual',
          note: input.note,
        });
    });
    return loadFollowupOut(this.ctx.db, f.id, now);
  }

  async bulk(actor: Actor, input: ParsedInput<'followups.bulk'>): Promise<Output<'followups.bulk'>> {
    if (input.action === 'delete' && actor.role !== 'admin') throw new AppError('FORBIDDEN', 'error.forbidden');
    if (input.action === 'reschedule' && !input.hours) throw fieldError('hours', 'field.required');
    if (input.action === 'transfer') {
      if (!input.sellerId) throw fieldError('sellerId', 'field.required');
      await this.access.activeSeller(input.sellerId);
    }
    const now = this.ctx.clock.now();
    const rows = await this.ctx.db
      .selectFrom('followups')
      .select(['id', 'lead_id', 'seller_id', 'due_at', 'kind'])
      .where('id', 'in', input.ids)
      .where('state', '=', 'pending')
      .execute();
    await write(this.ctx, async (trx, changes) => {
      changes.followupsOf(...rows.map((r) => r.lead_id)).dashboard();
      if (input.action === 'complete' || input.action === 'delete') {
        const closeKind = input.action === 'complete' ? 'bulk_done' : 'admin_deleted';
        await trx
          .updateTable('followups')
          .set({ state: 'done', close_kind: closeKind, closed_at: now, closed_by: actor.id })
          .where('id', 'in', rows.map((r) => r.id).concat(0))
          .execute();
        if (input.action === 'complete') {
          for (const r of rows)
            await logActivity(trx, {
              leadId: r.lead_id,
              userId: actor.id,
              at: now,
              type: 'followup_done',
              data: { followupId: r.id, kind: r.kind, bulk: true },
            });
        }
        return;
      }
      if (input.action === 'transfer') {
        // Sellers see only their own leads, so the lead goes with its call (and its other calls too).
        const leads = await trx
          .selectFrom('leads')
          .select(['id', 'seller_id', 'name'])
          .where('id', 'in', [...new Set(rows.map((r) => r.lead_id))].concat(0))
          .execute();
        for (const lead of leads)
          if (lead.seller_id !== input.sellerId)
            await this.assignment.giveTo(trx, changes, lead, input.sellerId!, {
              byUserId: actor.id,
              auto: false,
              firstCall: false,
            });
        return;
      }
      const bySeller = new Map<number, typeof rows>();
      for (const r of rows) if (r.seller_id) bySeller.set(r.seller_id, [...(bySeller.get(r.seller_id) ?? []), r]);
      for (const [sellerId, list] of bySeller)
        await this.planner.replace(trx, list, sellerId, () => now + input.hours! * 3600_000);
    });
    return { updated: rows.length };
  }
}
