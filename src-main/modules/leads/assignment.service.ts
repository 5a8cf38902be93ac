import type { Output, ParsedInput } from '../../../src-shared/contract/api';
import { AppError } from '../../../src-shared/contract/errors';
import type { Db } from '../../db/connect';
import { logActivity } from './activity.repo';
import type { Actor, ServiceContext } from '../context';
import { write, type Changes } from '../changes';
import type { DistributionService } from './distribution.service';
import type { FollowupPlanner } from '../followups/followup-planner';
import type { LeadAccess } from './lead-access';
import type { NotifyService } from '../notify/notify.service';
import { displayName } from '../users/users.repo';

export interface Handover {
  byUserId: number | null;
  auto: boolean;
  /** false when a transferred follow-up already is the new seller's call. */
  firstCall?: boolean;
  /**
   * One of many handed over at once, so the seller's phone gets one summary (`tellBatch`), not a
   * message per lead: `true` still lists each lead in the bell; `'quiet'` (an import) tells nothing here.
   */
  inBatch?: boolean | 'quiet';
}

/** "Biriktirish": hands leads to sellers, by hand or by auto-distribution (SPEC §3–4). */
export class AssignmentService {
  constructor(
    private ctx: ServiceContext,
    private planner: FollowupPlanner,
    private distribution: DistributionService,
    private access: LeadAccess,
    private notify: NotifyService,
  ) {}

  /**
   * Gives a lead to a seller inside the caller's transaction: its pending follow-ups move, the new
   * seller gets a +5 min call (unless a transferred follow-up already is that call), history, notice.
   */
  async giveTo(
    db: Db,
    changes: Changes,
    lead: { id: number; seller_id: number | null; name: string },
    sellerId: number,
    h: Handover,
  ): Promise<void> {
    const now = this.ctx.clock.now();
    await this.planner.moveLead(db, lead.id, sellerId);
    await db
      .updateTable('leads')
      .set((eb) => ({ seller_id: sellerId, assigned_at: now, updated_at: now, version: eb('version', '+', 1) }))
      .where('id', '=', lead.id)
      .execute();
    await db.updateTable('lead_search').set({ seller_id: sellerId }).where('lead_id', '=', lead.id).execute();
    if (h.firstCall !== false)
      await this.planner.addFirstCall(db, lead.id, sellerId, lead.seller_id === null ? 'new_lead' : 'reassignment');
    await db.updateTable('users').set({ last_assigned_at: now }).where('id', '=', sellerId).execute();
    // Names are kept with the event so the history reads right for anyone, even after a rename.
    const names = await db
      .selectFrom('users')
      .select(['id', 'first_name', 'last_name'])
      .where('id', 'in', [sellerId, lead.seller_id ?? 0])
      .execute();
    const nameOf = (id: number | null) => {
      const u = names.find((n) => n.id === id);
      return u ? displayName(u) : null;
    };
    await logActivity(db, {
      leadId: lead.id,
      userId: h.byUserId,
      at: now,
      type: 'assigned',
      data: {
        from: lead.seller_id,
        to: sellerId,
        fromName: nameOf(lead.seller_id),
        toName: nameOf(sellerId),
        auto: h.auto,
      },
    });
    if (h.inBatch !== 'quiet') await this.tellAssigned(db, changes, lead, sellerId, h.byUserId, h.inBatch);
    changes.leads(lead.id).followupsOf(lead.id).dashboard();
    if (lead.seller_id !== null && lead.seller_id !== sellerId) changes.leftSeller(lead.id, lead.seller_id);
  }

  /** "New lead for you": the seller's bell and phone (only the bell for one of a batch, which gets a summary). */
  async tellAssigned(
    db: Db,
    changes: Changes,
    lead: { id: number; name: string },
    sellerId: number,
    byUserId: number | null,
    inBatch?: boolean,
  ): Promise<void> {
    if (byUserId === sellerId) return;
    const { phone } = await db.selectFrom('leads').select('phone').where('id', '=', lead.id).executeTakeFirstOrThrow();
    await this.notify.send(db, changes, [sellerId], {
      key: 'notify.leadAssigned',
      params: { name: lead.name, phone },
      leadId: lead.id,
      dedupeKey: `assigned:${lead.id}:${this.ctx.clock.now()}`,
      channels: inBatch ? 'in_app' : 'both',
    });
  }

  /**
   * Many leads handed over at once (a bulk assignment, an import): each seller's phone gets one
   * Telegram summary with the count; the bell lists each lead of a bulk assignment, or (`inApp`, an
   * import) gets the same one summary.
   */
  async tellBatch(
    db: Db,
    changes: Changes,
    given: Map<number, number>,
    byUserId: number | null,
    inApp = false,
  ): Promise<void> {
    const now = this.ctx.clock.now();
    for (const [sellerId, count] of given)
      if (sellerId !== byUserId && count > 0) {
        const notice = { params: { count }, dedupeKey: `assigned-batch:${now}:${count}` };
        await this.notify.send(db, changes, [sellerId], { ...notice, key: 'bot.leadsAssigned', channels: 'telegram' });
        if (inApp)
          await this.notify.send(db, changes, [sellerId], {
            ...notice,
            key: 'notify.leadsAssigned',
            channels: 'in_app',
          });
      }
  }

  /** Nobody could take the lead: admins and managers hear of it (SPEC §4). */
  async tellTeamUnassigned(db: Db, changes: Changes, leadId: number): Promise<void> {
    const { name } = await db.selectFrom('leads').select('name').where('id', '=', leadId).executeTakeFirstOrThrow();
    const team = await this.notify.team(db);
    await this.notify.send(db, changes, team, {
      key: 'notify.unassigned',
      params: { name },
      leadId,
      dedupeKey: `unassigned:${leadId}:${this.ctx.clock.now()}`,
    });
    changes.leads(leadId).dashboard();
  }

  async assign(actor: Actor, input: ParsedInput<'leads.assign'>): Promise<Output<'leads.assign'>> {
    if (input.sellerId !== 'auto') await this.access.activeSeller(input.sellerId);
    const ids = [...new Set(input.leadIds)];
    const leads = await this.ctx.db
      .selectFrom('leads')
      .select(['id', 'seller_id', 'name'])
      .where('id', 'in', ids)
      .execute();
    if (leads.length !== ids.length) throw new AppError('NOT_FOUND', 'error.leadNotFound');
    const result: Output<'leads.assign'> = { assigned: [], unassigned: [] };
    const inBatch = leads.length > 1;
    await write(this.ctx, async (trx, changes) => {
      const pick = input.sellerId === 'auto' ? await this.distribution.picker(trx) : null;
      const given = new Map<number, number>();
      for (const lead of leads) {
        const target = pick ? pick() : (input.sellerId as number);
        if (target === null) {
          result.unassigned.push(lead.id);
          await this.tellTeamUnassigned(trx, changes, lead.id);
          continue;
        }
        if (lead.seller_id !== target) {
          await this.giveTo(trx, changes, lead, target, {
            byUserId: actor.id,
            auto: input.sellerId === 'auto',
            inBatch,
          });
          given.set(target, (given.get(target) ?? 0) + 1);
        }
        result.assigned.push({ leadId: lead.id, sellerId: target });
      }
      if (inBatch) await this.tellBatch(trx, changes, given, actor.id);
    });
    return result;
  }
}
