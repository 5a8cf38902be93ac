import type { LeadStatus } from '../../../src-shared/domain/lead-status';
import { followupsForStatus, NEW_LEAD_DELAY_MS, type FollowupKind } from '../../../src-shared/domain/follow-up-rules';
import { placeInWorkingTime, trialReminderAt, type WorkSchedule } from '../../../src-shared/domain/working-time';
import { sql } from 'kysely';
import type { Db } from '../../db/connect';
import { valueByColumn } from '../../db/insert-rows';
import type { ServiceContext } from '../context';
import type { ScheduleService } from '../users/schedule.service';

interface Planned {
  leadId: number;
  sellerId: number;
  at: number;
  kind: FollowupKind;
  note?: string;
}

/**
 * Creates, cancels and moves the system's follow-ups; every due time goes through the seller's
 * working time. Used inside the callers' transactions (pass their `db`).
 */
export class FollowupPlanner {
  constructor(
    private ctx: ServiceContext,
    private schedules: ScheduleService,
  ) {}

  async add(db: Db, f: Planned): Promise<number> {
    return this.insert(db, f, await this.schedules.forSeller(f.sellerId, db));
  }

  private async insert(db: Db, f: Planned, schedule: WorkSchedule): Promise<number> {
    const row = await db
      .insertInto('followups')
      .values({
        lead_id: f.leadId,
        seller_id: f.sellerId,
        due_at: placeInWorkingTime(schedule, f.at),
        kind: f.kind,
        note: f.note ?? '',
        created_at: this.ctx.clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /**
   * The "new lead" calls of leads written at once ("Yangi Lid", an import) — those with ids `ids.first` to
   * `ids.last` that have a seller — 5 minutes from now in each seller's working time: one schedule look-up
   * per seller, one INSERT … SELECT. writeLeadRows writes them after their leads, which go in already
   * counting them (`pending_followups`).
   */
  async addNewLeadCalls(db: Db, ids: { first: number; last: number }, sellerIds: number[]): Promise<void> {
    if (sellerIds.length === 0) return;
    const now = this.ctx.clock.now();
    const schedules = await this.schedules.forSellers(sellerIds, db);
    const dueOf = Object.fromEntries(
      sellerIds.map((id) => {
        const schedule = schedules.get(id);
        return [id, schedule ? placeInWorkingTime(schedule, now + NEW_LEAD_DELAY_MS) : now + NEW_LEAD_DELAY_MS];
      }),
    );
    await sql`insert into followups (lead_id, seller_id, due_at, kind, note, created_at)
      select id, seller_id, ${valueByColumn(dueOf, 'seller_id')}, 'new_lead', '', ${now}
      from leads where id between ${ids.first} and ${ids.last} and seller_id is not null`.execute(db);
  }

  /** The "new lead" / reassignment call, 5 minutes from now. */
  addFirstCall(db: Db, leadId: number, sellerId: number, kind: 'new_lead' | 'reassignment') {
    return this.add(db, { leadId, sellerId, at: this.ctx.clock.now() + NEW_LEAD_DELAY_MS, kind });
  }

  /** The follow-ups of SPEC §3 for a lead entering `status` now. */
  async planForStatus(db: Db, leadId: number, sellerId: number, status: LeadStatus, trialDate?: string): Promise<void> {
    const now = this.ctx.clock.now();
    const schedule = await this.schedules.forSeller(sellerId, db);
    if (status === 'trial_registered') {
      if (trialDate)
        await this.insert(
          db,
          { leadId, sellerId, at: trialReminderAt(schedule, trialDate, now), kind: 'trial_reminder' },
          schedule,
        );
      return;
    }
    for (const p of followupsForStatus(status, now))
      await this.insert(db, { leadId, sellerId, at: p.at, kind: p.kind }, schedule);
  }

  /**
   * A trial moved to `trialDate`: the lead's pending trial reminder is closed (close kind
   * "trial_moved") and one for the new date takes its place, due as SPEC §3 places reminders. With no
   * reminder pending (the call before was made already) a new one is planned when `planIfNone`.
   */
  async replaceTrialReminder(
    db: Db,
    r: { leadId: number; sellerId: number; trialDate: string; byUserId: number; planIfNone: boolean },
  ): Promise<void> {
    const now = this.ctx.clock.now();
    const closed = await db
      .updateTable('followups')
      .set({ state: 'cancelled', close_kind: 'trial_moved', closed_at: now, closed_by: r.byUserId })
      .where('lead_id', '=', r.leadId)
      .where('state', '=', 'pending')
      .where('kind', '=', 'trial_reminder')
      .executeTakeFirst();
    if (Number(closed.numUpdatedRows) === 0 && !r.planIfNone) return;
    const schedule = await this.schedules.forSeller(r.sellerId, db);
    const at = trialReminderAt(schedule, r.trialDate, now);
    await this.insert(db, { leadId: r.leadId, sellerId: r.sellerId, at, kind: 'trial_reminder' }, schedule);
  }

  /** Closes the lead's pending automatic follow-ups: every kind but `manual`, which the seller set and keeps. */
  async cancelAutomatic(db: Db, leadId: number, byUserId: number | null): Promise<void> {
    await db
      .updateTable('followups')
      .set({ state: 'cancelled', close_kind: 'status_changed', closed_at: this.ctx.clock.now(), closed_by: byUserId })
      .where('lead_id', '=', leadId)
      .where('state', '=', 'pending')
      .where('kind', '!=', 'manual')
      .execute();
  }

  /** Gives a lead's pending follow-ups to another seller, each placed in the new seller's working time. */
  async moveLead(db: Db, leadId: number, sellerId: number): Promise<void> {
    const pending = await db
      .selectFrom('followups')
      .select(['id', 'due_at'])
      .where('lead_id', '=', leadId)
      .where('state', '=', 'pending')
      .execute();
    await this.replace(db, pending, sellerId);
  }

  /** Re-places pending follow-ups (ids + current due) for `sellerId`, e.g. after an absence is marked. */
  async replace(
    db: Db,
    rows: Array<{ id: number; due_at: number }>,
    sellerId: number,
    from?: (due: number) => number,
  ): Promise<void> {
    if (rows.length === 0) return;
    const schedule = await this.schedules.forSeller(sellerId, db);
    for (const r of rows) {
      const due = placeInWorkingTime(schedule, from ? from(r.due_at) : r.due_at);
      // A call moved to another time is owed its due and overdue notices again, at the new time.
      const notices = due === r.due_at ? {} : { due_notified_at: null, overdue_notified_at: null };
      await db
        .updateTable('followups')
        .set({ seller_id: sellerId, due_at: due, ...notices })
        .where('id', '=', r.id)
        .execute();
    }
  }
}
