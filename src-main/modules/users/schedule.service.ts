import { blockDates, type WorkSchedule } from '../../../src-shared/domain/working-time';
import { localParts } from '../../../src-shared/domain/zoned-time';
import type { Db } from '../../db/connect';
import type { ServiceContext } from '../context';
import { approvedLeave } from '../leave/leave.repo';

/** Builds sellers' working schedules (hours, days, absences, approved leave) for placing due times. */
export class ScheduleService {
  constructor(private ctx: ServiceContext) {}

  /** `since` (a local date, default today): the first day whose absences and leave matter (the KPI reads past ones). */
  async forSellers(ids: number[], db: Db = this.ctx.db, since?: string): Promise<Map<number, WorkSchedule>> {
    const out = new Map<number, WorkSchedule>();
    if (ids.length === 0) return out;
    const timeZone = await this.ctx.settings.get('timeZone');
    const today = since ?? localParts(this.ctx.clock.now(), timeZone).date;
    const users = await db
      .selectFrom('users')
      .select(['id', 'work_start', 'work_end', 'work_days'])
      .where('id', 'in', ids)
      .execute();
    // Past absences and leave cannot move a future due time; only those still running or ahead matter.
    const absences = await db
      .selectFrom('absences')
      .select(['user_id', 'start_date', 'end_date'])
      .where('user_id', 'in', ids)
      .where('end_date', '>=', today)
      .execute();
    const leave = await approvedLeave(db, ids, today, timeZone);
    for (const u of users) {
      out.set(u.id, {
        workStart: u.work_start,
        workEnd: u.work_end,
        workDays: u.work_days.split(',').filter(Boolean).map(Number),
        blocked: [
          ...absences.filter((a) => a.user_id === u.id).map((a) => blockDates(a.start_date, a.end_date, timeZone)),
          ...leave.filter((l) => l.user_id === u.id).map(({ start, end }) => ({ start, end })),
        ],
        timeZone,
      });
    }
    return out;
  }

  async forSeller(id: number, db: Db = this.ctx.db, since?: string): Promise<WorkSchedule> {
    const s = (await this.forSellers([id], db, since)).get(id);
    if (!s) throw new Error(`no such seller ${id}`);
    return s;
  }
}
