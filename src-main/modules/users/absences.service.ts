import type { Output, ParsedInput } from '../../../src-shared/contract/api';
import { AppError, fieldError } from '../../../src-shared/contract/errors';
import { blockDates } from '../../../src-shared/domain/working-time';
import { Changes, publish, write } from '../changes';
import type { Actor, ServiceContext } from '../context';
import type { FollowupPlanner } from '../followups/followup-planner';
import { absenceOut, findUser } from './users.repo';

export class AbsencesService {
  constructor(
    private ctx: ServiceContext,
    private planner: FollowupPlanner,
  ) {}

  async create(actor: Actor, input: ParsedInput<'absences.create'>): Promise<Output<'absences.create'>> {
    const user = await findUser(this.ctx.db, input.userId);
    if (!user) throw fieldError('userId', 'error.userNotFound');
    if (user.role !== 'seller') throw new AppError('RULE', 'error.absenceOnlySellers');
    if (input.endDate < input.startDate) {
      throw fieldError('endDate', 'error.absenceDates');
    }
    const block = blockDates(input.startDate, input.endDate, await this.ctx.settings.get('timeZone'));
    // The absence and the moving of the calls it covers (SPEC §8) land together or not at all.
    const row = await write(this.ctx, async (trx, changes) => {
      const inserted = await trx
        .insertInto('absences')
        .values({
          user_id: user.id,
          start_date: input.startDate,
          end_date: input.endDate,
          reason: input.reason,
          created_by: actor.id,
          created_at: this.ctx.clock.now(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const covered = await trx
        .selectFrom('followups')
        .select(['id', 'due_at', 'lead_id'])
        .where('seller_id', '=', user.id)
        .where('state', '=', 'pending')
        .where('due_at', '>=', block.start)
        .where('due_at', '<', block.end)
        .execute();
      await this.planner.replace(trx, covered, user.id);
      changes
        .users(user.id)
        .followupsOf(...covered.map((f) => f.lead_id))
        .dashboard();
      return inserted;
    });
    return absenceOut(row);
  }

  async list(input: ParsedInput<'absences.list'>): Promise<Output<'absences.list'>> {
    let q = this.ctx.db.selectFrom('absences').selectAll();
    if (input.userId) q = q.where('user_id', '=', input.userId);
    const rows = await q.orderBy('start_date', 'desc').orderBy('id', 'desc').limit(500).execute();
    return rows.map(absenceOut);
  }

  async delete(input: ParsedInput<'absences.delete'>): Promise<{ ok: true }> {
    const row = await this.ctx.db
      .deleteFrom('absences')
      .where('id', '=', input.id)
      .returning('user_id')
      .executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', 'error.notFound');
    publish(this.ctx, new Changes().users(row.user_id).dashboard());
    return { ok: true };
  }
}
