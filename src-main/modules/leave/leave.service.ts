import type { Output, ParsedInput } from '../../../src-shared/contract/api';
import { AppError, fieldError } from '../../../src-shared/contract/errors';
import type { LeaveOut } from '../../../src-shared/contract/leave';
import { leavePeriod, leaveProblem, leaveWhen, normaliseLeaveTimes } from '../../../src-shared/domain/leave';
import { addDays } from '../../../src-shared/domain/zoned-time';
import type { Db } from '../../db/connect';
import { write, type Changes } from '../changes';
import { centreDay, type Actor, type ServiceContext } from '../context';
import type { FollowupPlanner } from '../followups/followup-planner';
import type { NotifyService } from '../notify/notify.service';
import { displayName, findUser } from '../users/users.repo';
import { leaveOut, leaveTimes, loadLeave, selectLeave, type LeaveRow } from './leave.repo';

/**
 * Leave requests (SPEC §8, manual: Admin §9, Sotuvchi §6): a seller asks, the admin or a manager
 * decides. Approved leave blocks the seller's working time like an absence: no new leads while it
 * covers now, pending calls inside it move to the first working moment after it, no call is placed
 * inside it, and "Bajarildi" waits until it is over.
 */
export class LeaveService {
  constructor(
    private ctx: ServiceContext,
    private planner: FollowupPlanner,
    private notify: NotifyService,
  ) {}

  async request(actor: Actor, input: ParsedInput<'leave.request'>): Promise<Output<'leave.request'>> {
    const times = normaliseLeaveTimes(input);
    const { now, timeZone, today } = await centreDay(this.ctx);
    // Own pending and approved requests not over before yesterday: all a new one can overlap.
    const others = await this.ctx.db
      .selectFrom('leave_requests')
      .selectAll()
      .where('user_id', '=', actor.id)
      .where('status', 'in', ['pending', 'approved'])
      .where('date_to', '>=', addDays(today, -1))
      .execute();
    const problem = leaveProblem(
      times,
      now,
      timeZone,
      others.map((o) => leavePeriod(leaveTimes(o), timeZone)),
    );
    if (problem) throw fieldError(problem.field, problem.key, undefined, 'RULE');
    const seller = (await findUser(this.ctx.db, actor.id))!;
    const id = await write(this.ctx, async (trx, changes) => {
      const { id } = await trx
        .insertInto('leave_requests')
        .values({
          user_id: actor.id,
          type: times.type,
          date_from: times.dateFrom,
          date_to: times.dateTo,
          time_from: times.timeFrom,
          time_to: times.timeTo,
          reason: input.reason,
          comment: input.comment,
          created_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await this.notify.send(trx, changes, await this.notify.team(trx), {
        key: 'notify.leaveRequested',
        params: { name: displayName(seller), when: leaveWhen(times) },
        leaveId: id,
        dedupeKey: `leave-requested:${id}`,
      });
      changes.leave(actor.id);
      return id;
    });
    return (await loadLeave(this.ctx.db, id))!;
  }

  async mine(actor: Actor, input: ParsedInput<'leave.mine'>): Promise<Output<'leave.mine'>> {
    return this.page(input, { userId: actor.id }, 'desc');
  }

  async list(input: ParsedInput<'leave.list'>): Promise<Output<'leave.list'>> {
    // "Kutilmoqda" in the order they came; the history newest first.
    return this.page(input, input, input.status === 'pending' ? 'asc' : 'desc');
  }

  private async page(
    input: { page: number; pageSize: number },
    only: { userId?: number; status?: string },
    order: 'asc' | 'desc',
  ): Promise<{ items: LeaveOut[]; total: number }> {
    let rows = selectLeave(this.ctx.db);
    let count = this.ctx.db.selectFrom('leave_requests as l').select((eb) => eb.fn.countAll<number>().as('n'));
    if (only.userId) {
      rows = rows.where('l.user_id', '=', only.userId);
      count = count.where('l.user_id', '=', only.userId);
    }
    if (only.status) {
      const statuses = only.status === 'decided' ? ['approved', 'rejected', 'cancelled'] : [only.status];
      rows = rows.where('l.status', 'in', statuses);
      count = count.where('l.status', 'in', statuses);
    }
    const items = await rows
      .orderBy('l.id', order)
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .execute();
    const [{ n }] = await count.execute();
    return { items: items.map(leaveOut), total: Number(n) };
  }

  async approve(actor: Actor, input: ParsedInput<'leave.approve'>): Promise<Output<'leave.approve'>> {
    const row = await this.pending(input.id);
    const timeZone = await this.ctx.settings.get('timeZone');
    const period = leavePeriod(leaveTimes(row), timeZone);
    // The decision and the moving of the calls it covers land together or not at all.
    await write(this.ctx, async (trx, changes) => {
      await this.decide(trx, row.id, { status: 'approved', reviewed_by: actor.id });
      const covered = await trx
        .selectFrom('followups')
        .select(['id', 'due_at', 'lead_id'])
        .where('seller_id', '=', row.user_id)
        .where('state', '=', 'pending')
        .where('due_at', '>=', period.start)
        .where('due_at', '<', period.end)
        .execute();
      // The seller's schedule is read inside this transaction, so it already holds this leave.
      await this.planner.replace(trx, covered, row.user_id);
      changes
        .users(row.user_id)
        .followupsOf(...covered.map((f) => f.lead_id))
        .dashboard();
      await this.tell(trx, changes, row, 'notify.leaveApproved', {});
    });
    return (await loadLeave(this.ctx.db, row.id))!;
  }

  async reject(actor: Actor, input: ParsedInput<'leave.reject'>): Promise<Output<'leave.reject'>> {
    const row = await this.pending(input.id);
    await write(this.ctx, async (trx, changes) => {
      await this.decide(trx, row.id, { status: 'rejected', reviewed_by: actor.id, reject_reason: input.reason });
      await this.tell(trx, changes, row, 'notify.leaveRejected', { reason: input.reason });
    });
    return (await loadLeave(this.ctx.db, row.id))!;
  }

  /** The seller withdraws own pending request; another's is not found. */
  async cancel(actor: Actor, input: ParsedInput<'leave.cancel'>): Promise<Output<'leave.cancel'>> {
    const row = await this.pending(input.id, actor.id);
    await write(this.ctx, async (trx, changes) => {
      await this.decide(trx, row.id, { status: 'cancelled' });
      changes.leave(row.user_id);
    });
    return (await loadLeave(this.ctx.db, row.id))!;
  }

  private async pending(id: number, ownerId?: number): Promise<LeaveRow> {
    const row = await this.ctx.db.selectFrom('leave_requests').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row || (ownerId !== undefined && row.user_id !== ownerId)) throw new AppError('NOT_FOUND', 'error.notFound');
    if (row.status !== 'pending') throw new AppError('CONFLICT', 'leave.error.notPending');
    return row;
  }

  /** Only a request still pending is decided: two managers clicking at once get one decision and one conflict. */
  private async decide(
    trx: Db,
    id: number,
    set: { status: 'approved' | 'rejected' | 'cancelled'; reviewed_by?: number; reject_reason?: string },
  ): Promise<void> {
    const res = await trx
      .updateTable('leave_requests')
      .set({ ...set, reviewed_at: this.ctx.clock.now() })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) throw new AppError('CONFLICT', 'leave.error.notPending');
  }

  private async tell(
    trx: Db,
    changes: Changes,
    row: LeaveRow,
    key: 'notify.leaveApproved' | 'notify.leaveRejected',
    params: Record<string, string>,
  ): Promise<void> {
    await this.notify.send(trx, changes, [row.user_id], {
      key,
      params: { when: leaveWhen(leaveTimes(row)), ...params },
      leaveId: row.id,
      dedupeKey: `leave-decided:${row.id}`,
    });
    changes.leave(row.user_id);
  }
}
