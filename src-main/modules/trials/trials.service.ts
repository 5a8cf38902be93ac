import type { Output, ParsedInput } from '../../../src-shared/contract/api';
import { AppError, fieldError } from '../../../src-shared/contract/errors';
import type { TrialOut } from '../../../src-shared/contract/trials';
import {
  bookingProblem,
  moveProblem,
  RESULT_STATUS,
  resultProblem,
  type LessonDays,
  type TrialResult,
} from '../../../src-shared/domain/catalog';
import type { Db } from '../../db/connect';
import { logActivity } from '../leads/activity.repo';
import { write } from '../changes';
import { centreDay, type Actor, type ServiceContext } from '../context';
import { assertRoom } from '../catalog/catalog-refs';
import type { RoomsGroupsService } from '../catalog/rooms-groups.service';
import type { NotifyService } from '../notify/notify.service';
import type { FollowupPlanner } from '../followups/followup-planner';
import type { LeadAccess } from '../leads/lead-access';
import type { LeadStatusService } from '../leads/lead-status.service';

/** A booking's date problems belong under the date field; the group's (inactive, full) are rules. */
const DATE_PROBLEMS = ['error.trialInPast', 'error.notLessonDay'];

function selectTrials(db: Db) {
  return db
    .selectFrom('trials as t')
    .innerJoin('leads as l', 'l.id', 't.lead_id')
    .innerJoin('groups as g', 'g.id', 't.group_id')
    .innerJoin('courses as c', 'c.id', 'g.course_id')
    .leftJoin('rooms as r', 'r.id', 't.room_id')
    .selectAll('t')
    .select(['l.name as lead_name', 'g.name as group_name', 'c.name as course_name', 'r.name as room_name']);
}
type Row = Awaited<ReturnType<ReturnType<typeof selectTrials>['executeTakeFirstOrThrow']>>;

const trialOut = (r: Row): TrialOut => ({
  id: r.id,
  leadId: r.lead_id,
  leadName: r.lead_name,
  groupId: r.group_id,
  groupName: r.group_name,
  courseName: r.course_name,
  date: r.date,
  time: r.time,
  roomId: r.room_id,
  roomName: r.room_name,
  notes: r.notes,
  result: r.result as TrialResult | null,
  resultNote: r.result_note,
  resultAt: r.result_at,
  createdAt: r.created_at,
});

/** "Sinov darslari": booking and results with their effects on the lead and the group (SPEC §6). */
export class TrialsService {
  constructor(
    private ctx: ServiceContext,
    private access: LeadAccess,
    private groups: RoomsGroupsService,
    private status: LeadStatusService,
    private planner: FollowupPlanner,
    private notify: NotifyService,
  ) {}

  private async one(id: number): Promise<TrialOut> {
    return trialOut(await selectTrials(this.ctx.db).where('t.id', '=', id).executeTakeFirstOrThrow());
  }

  async create(actor: Actor, input: ParsedInput<'trials.create'>): Promise<Output<'trials.create'>> {
    const lead = await this.access.visibleLead(actor, input.leadId);
    const open = await this.ctx.db
      .selectFrom('trials')
      .select('id')
      .where('lead_id', '=', lead.id)
      .where('result', 'is', null)
      .executeTakeFirst();
    if (open) throw new AppError('RULE', 'error.openTrial');
    const group = await this.groups.findGroup(input.groupId);
    if (!group) throw fieldError('groupId', 'error.groupNotFound');
    const { today } = await centreDay(this.ctx);
    const problem = bookingProblem(group, input.date, today);
    if (problem && DATE_PROBLEMS.includes(problem)) throw fieldError('date', problem);
    if (problem) throw new AppError('RULE', problem);
    // The group's own room may have been archived since; a room that does not exist is refused.
    if (input.roomId) await assertRoom(this.ctx.db, input.roomId, { includeArchived: true });
    const now = this.ctx.clock.now();
    const id = await write(this.ctx, async (trx, changes) => {
      const trial = await trx
        .insertInto('trials')
        .values({
          lead_id: lead.id,
          group_id: group.id,
          date: input.date,
          time: input.time ?? group.time,
          room_id: input.roomId === undefined ? group.roomId : input.roomId,
          notes: input.notes ?? '',
          created_by: actor.id,
          created_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await logActivity(trx, {
        leadId: lead.id,
        userId: actor.id,
        at: now,
        type: 'trial_booked',
        data: { trialId: trial.id, group: group.name, date: input.date, time: input.time ?? group.time },
      });
      await this.status.apply(trx, changes, lead, {
        status: 'trial_registered',
        note: input.notes,
        trialDate: input.date,
        byUserId: actor.id,
      });
      // The seller hears of it on the phone (manual, Sotuvchi §4); in the bell too when someone else booked it.
      if (lead.seller_id)
        await this.notify.send(trx, changes, [lead.seller_id], {
          key: 'notify.trialBooked',
          params: {
            name: lead.name,
            phone: lead.phone,
            date: `${input.date.slice(8, 10)}.${input.date.slice(5, 7)}.${input.date.slice(0, 4)}`,
            time: input.time ?? group.time,
            group: group.name,
          },
          leadId: lead.id,
          dedupeKey: `trial-booked:${trial.id}`,
          channels: lead.seller_id === actor.id ? 'telegram' : 'both',
        });
      return trial.id;
    });
    return this.one(id);
  }

  /** The trial and its lead; another seller's trial answers exactly like one that does not exist. */
  private async visibleTrial(actor: Actor, id: number) {
    const trial = await this.ctx.db.selectFrom('trials').selectAll().where('id', '=', id).executeTakeFirst();
    const lead =
      trial && (await this.ctx.db.selectFrom('leads').selectAll().where('id', '=', trial.lead_id).executeTakeFirst());
    if (!trial || !lead || !this.access.canSee(actor, lead)) throw new AppError('NOT_FOUND', 'error.notFound');
    return { trial: { ...trial, result: trial.result as TrialResult | null }, lead };
  }

  async setResult(actor: Actor, input: ParsedInput<'trials.setResult'>): Promise<Output<'trials.setResult'>> {
    const { trial, lead } = await this.visibleTrial(actor, input.id);
    const problem = resultProblem(trial, input.result, (await centreDay(this.ctx)).today);
    if (problem) throw new AppError('RULE', problem, problem === 'error.resultBeforeTrial' ? { date: trial.date } : {});
    const now = this.ctx.clock.now();
    await write(this.ctx, async (trx, changes) => {
      if (input.result === 'accepted') {
        // The seat is taken atomically: a full group refuses, even when two desks accept at once.
        const seat = await trx
          .updateTable('groups')
          .set((eb) => ({ current_students: eb('current_students', '+', 1) }))
          .where('id', '=', trial.group_id)
          .whereRef('current_students', '<', 'capacity')
          .executeTakeFirst();
        if (Number(seat.numUpdatedRows) === 0) throw new AppError('RULE', 'error.groupFull');
      }
      await trx
        .updateTable('trials')
        .set({ result: input.result, result_note: input.note ?? '', result_at: now, result_by: actor.id })
        .where('id', '=', trial.id)
        .execute();
      await logActivity(trx, {
        leadId: lead.id,
        userId: actor.id,
        at: now,
        type: 'trial_result',
        data: { trialId: trial.id, result: input.result, note: input.note ?? '' },
      });
      await this.status.apply(trx, changes, lead, {
        status: RESULT_STATUS[input.result],
        note: input.note,
        byUserId: actor.id,
        lostReason: input.result === 'declined' ? 'declined_after_trial' : undefined,
      });
    });
    return this.one(trial.id);
  }

  /** "Ko'chirish" (SPEC §6): another lesson day of the same group; the reminder follows the trial. */
  async move(actor: Actor, input: ParsedInput<'trials.move'>): Promise<Output<'trials.move'>> {
    const { trial, lead } = await this.visibleTrial(actor, input.id);
    // Archived groups count as inactive: the trial keeps its group, but nobody books into it again.
    const g = await this.ctx.db
      .selectFrom('groups')
      .select(['active', 'archived', 'days', 'capacity', 'current_students'])
      .where('id', '=', trial.group_id)
      .executeTakeFirstOrThrow();
    const group = {
      active: g.active === 1 && g.archived === 0,
      days: g.days as LessonDays,
      capacity: g.capacity,
      currentStudents: g.current_students,
    };
    const { today } = await centreDay(this.ctx);
    const problem = moveProblem(trial, group, input.date, today);
    if (problem && DATE_PROBLEMS.includes(problem)) throw fieldError('date', problem);
    if (problem) throw new AppError('RULE', problem);
    const time = input.time ?? trial.time;
    if (input.date === trial.date && time === trial.time) throw fieldError('date', 'error.trialSameDate');
    await write(this.ctx, async (trx, changes) => {
      const moved = await trx
        .updateTable('trials')
        .set({ date: input.date, time })
        .where('id', '=', trial.id)
        .where('result', 'is', null)
        .executeTakeFirst();
      // A result entered from another desk meanwhile wins: the trial is no longer movable.
      if (Number(moved.numUpdatedRows) === 0) throw new AppError('RULE', 'error.trialHasResult');
      if (lead.seller_id)
        await this.planner.replaceTrialReminder(trx, {
          leadId: lead.id,
          sellerId: lead.seller_id,
          trialDate: input.date,
          byUserId: actor.id,
          planIfNone: lead.status === 'trial_registered',
        });
      await logActivity(trx, {
        leadId: lead.id,
        userId: actor.id,
        at: this.ctx.clock.now(),
        type: 'trial_moved',
        data: { trialId: trial.id, fromDate: trial.date, fromTime: trial.time, toDate: input.date, toTime: time },
      });
      changes.leads(lead.id).followupsOf(lead.id).dashboard();
    });
    return this.one(trial.id);
  }

  async list(actor: Actor, input: ParsedInput<'trials.list'>): Promise<Output<'trials.list'>> {
    let q = selectTrials(this.ctx.db);
    if (input.leadId) {
      await this.access.visibleLead(actor, input.leadId);
      q = q.where('t.lead_id', '=', input.leadId);
    }
    if (actor.role === 'seller') q = q.where('l.seller_id', '=', actor.id);
    if (input.groupId) q = q.where('t.group_id', '=', input.groupId);
    if (input.from) q = q.where('t.date', '>=', input.from);
    if (input.to) q = q.where('t.date', '<=', input.to);
    return (await q.orderBy('t.date', 'desc').orderBy('t.id', 'desc').limit(500).execute()).map(trialOut);
  }
}
