import type { Output, ParsedInput } from '../../src-shared/contract/api';
import { AppError } from '../../src-shared/contract/errors';
import type { Actor, ServiceContext } from './context';
import { absenceOut, findUser } from './users.repo';

export class AbsencesService {
  constructor(private ctx: ServiceContext) {}

  async create(actor: Actor, input: ParsedInput<'absences.create'>): Promise<Output<'absences.create'>> {
    const user = await findUser(this.ctx.db, input.userId);
    if (!user) throw new AppError('NOT_FOUND', 'error.notFound');
    if (user.role !== 'seller') throw new AppError('RULE', 'error.absenceOnlySellers');
    if (input.endDate < input.startDate) {
      throw new AppError('VALIDATION', 'error.absenceDates', {}, { fields: [{ path: 'endDate', key: 'error.absenceDates' }] });
    }
    const row = await this.ctx.db.insertInto('absences').values({
      user_id: user.id, start_date: input.startDate, end_date: input.endDate, reason: input.reason,
      created_by: actor.id, created_at: this.ctx.clock.now(),
    }).returningAll().executeTakeFirstOrThrow();
    this.ctx.events.emit({ type: 'user.changed', id: user.id });
    return absenceOut(row);
  }

  async list(input: ParsedInput<'absences.list'>): Promise<Output<'absences.list'>> {
    let q = this.ctx.db.selectFrom('absences').selectAll();
    if (input.userId) q = q.where('user_id', '=', input.userId);
    const rows = await q.orderBy('start_date', 'desc').orderBy('id', 'desc').limit(500).execute();
    return rows.map(absenceOut);
  }

  async delete(input: ParsedInput<'absences.delete'>): Promise<{ ok: true }> {
    const row = await this.ctx.db.deleteFrom('absences').where('id', '=', input.id).returning('user_id').executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', 'error.notFound');
    this.ctx.events.emit({ type: 'user.changed', id: row.user_id });
    return { ok: true };
  }
}
