import type { Output, ParsedInput } from '../../../src-shared/contract/api';
import { AppError, fieldError } from '../../../src-shared/contract/errors';
import { isTrialStage, type LeadStatus, type LostReason } from '../../../src-shared/domain/lead-status';
import type { Db } from '../../db/connect';
import { logActivity } from './activity.repo';
import { write, type Changes } from '../changes';
import type { Actor, ServiceContext } from '../context';
import type { FollowupPlanner } from '../followups/followup-planner';
import type { LeadAccess } from './lead-access';
import { loadLeadOut, type LeadRow } from './leads.repo';

export interface StatusChange {
  status: LeadStatus;
  note?: string;
  lostReason?: LostReason | null;
  /** For trial_registered: the trial date the reminder is placed before. */
  trialDate?: string;
  byUserId: number;
}

/**
 * The checks of a status chosen by a person (SPEC §3), in "Statusni yangilash" and "Bajarildi": the
 * trial stages come only from trials; sellers say why; lost needs its reason.
 */
export function assertManualStatus(
  actor: Actor,
  c: { status: LeadStatus; note?: string; lostReason?: LostReason | null },
): void {
  if (isTrialStage(c.status)) throw fieldError('status', 'error.trialStageViaTrial', undefined, 'RULE');
  if (actor.role === 'seller' && !c.note) throw fieldError('note', 'error.noteRequired');
  if (c.status === 'lost' && !c.lostReason) throw fieldError('lostReason', 'error.lostReasonRequired');
}

/** "Statusni yangilash" and the status effects shared with trials (SPEC §3, §6). */
export class LeadStatusService {
  constructor(
    private ctx: ServiceContext,
    private planner: FollowupPlanner,
    private access: LeadAccess,
  ) {}

  async setStatus(actor: Actor, input: ParsedInput<'leads.setStatus'>): Promise<Output<'leads.setStatus'>> {
    const lead = await this.access.visibleLead(actor, input.id);
    if (input.version !== undefined && input.version !== lead.version)
      throw new AppError('CONFLICT', 'error.staleLead');
    if (input.status === lead.status) throw new AppError('RULE', 'error.sameStatus');
    assertManualStatus(actor, input);
    await write(this.ctx, (trx, changes) =>
      this.apply(trx, changes, lead, {
        status: input.status,
        note: input.note,
        lostReason: input.lostReason,
        byUserId: actor.id,
      }),
    );
    return (await loadLeadOut(this.ctx.db, lead.id))!;
  }

  /** Inside the caller's transaction: new status, previous automatic follow-ups closed, the new ones planned, history. */
  async apply(
    db: Db,
    changes: Changes,
    lead: Pick<LeadRow, 'id' | 'status' | 'seller_id' | 'version'>,
    change: StatusChange,
  ): Promise<void> {
    const now = this.ctx.clock.now();
    const res = await db
      .updateTable('leads')
      .set((eb) => ({
        status: change.status,
        status_changed_at: now,
        updated_at: now,
        version: eb('version', '+', 1),
        lost_reason: change.status === 'lost' ? (change.lostReason ?? 'other') : null,
        // A lost lead waits for its reactivation call, which the scheduler creates when its day comes.
        reactivation_pending: change.status === 'lost' ? 1 : 0,
      }))
      .where('id', '=', lead.id)
      .where('version', '=', lead.version)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) throw new AppError('CONFLICT', 'error.staleLead');
    await this.planner.cancelAutomatic(db, lead.id, change.byUserId);
    if (lead.seller_id) await this.planner.planForStatus(db, lead.id, lead.seller_id, change.status, change.trialDate);
    await logActivity(db, {
      leadId: lead.id,
      userId: change.byUserId,
      at: now,
      type: 'status',
      data: {
        from: lead.status,
        to: change.status,
        note: change.note ?? '',
        ...(change.status === 'lost' ? { lostReason: change.lostReason ?? 'other' } : {}),
      },
    });
    changes.leads(lead.id).followupsOf(lead.id).dashboard();
  }
}
