import type { Selectable } from 'kysely';
import type { UserOut } from '../../../src-shared/contract/users';
import type { Db } from '../../db/connect';
import type { AbsencesTable, UsersTable } from '../../db/schema';
import { leaveOnDate, type LeaveRow } from '../leave/leave.repo';

export type UserRow = Selectable<UsersTable>;
export type AbsenceRow = Selectable<AbsencesTable>;

export const absenceOut = (a: AbsenceRow) => ({
  id: a.id,
  userId: a.user_id,
  startDate: a.start_date,
  endDate: a.end_date,
  reason: a.reason,
  createdBy: a.created_by,
  createdAt: a.created_at,
});

export function userOut(u: UserRow, absentNow: AbsenceRow | null = null, leave: LeaveRow | null = null): UserOut {
  return {
    id: u.id,
    username: u.username,
    role: u.role,
    firstName: u.first_name,
    lastName: u.last_name,
    email: u.email,
    phone: u.phone,
    telegramUsername: u.telegram_username,
    telegramLinked: u.telegram_chat_id !== null,
    telegramBlocked: u.telegram_chat_id === null && u.telegram_blocked_at !== null,
    active: u.active === 1,
    workStart: u.work_start,
    workEnd: u.work_end,
    workDays: u.work_days.split(',').filter(Boolean).map(Number),
    isActiveSales: u.is_active_sales === 1,
    createdAt: u.created_at,
    absentNow: absentNow ? absenceOut(absentNow) : null,
    onLeaveNow: leave
      ? {
          id: leave.id,
          type: leave.type as 'full_day' | 'hourly',
          dateFrom: leave.date_from,
          dateTo: leave.date_to,
          timeFrom: leave.time_from,
          timeTo: leave.time_to,
        }
      : null,
  };
}

/** "First Last", or null when there is no person (a left join found nobody). */
export const joinName = (first: string | null, last: string | null) =>
  first === null ? null : `${first} ${last ?? ''}`.trim();
export const displayName = (u: Pick<UserRow, 'first_name' | 'last_name'>) => joinName(u.first_name, u.last_name)!;

/** The active sellers, by name: the dashboard's sellers table, the targets of the month. */
export function activeSellersByName(db: Db) {
  return db
    .selectFrom('users')
    .select(['id', 'first_name', 'last_name'])
    .where('role', '=', 'seller')
    .where('active', '=', 1)
    .orderBy('first_name')
    .orderBy('last_name')
    .execute();
}

export function findUser(db: Db, id: number) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findUserByUsername(db: Db, username: string) {
  return db
    .selectFrom('users')
    .selectAll()
    .where('username_key', '=', username.trim().toLowerCase())
    .executeTakeFirst();
}

/** Users as the API shows them, each with the absence and the approved leave covering `today` (the badges). */
export async function usersOut(db: Db, rows: UserRow[], today: string): Promise<UserOut[]> {
  const ids = rows.map((r) => r.id);
  const absences = await absencesOn(db, today, ids);
  const leave = await leaveOnDate(db, ids, today);
  return rows.map((r) => userOut(r, absences.get(r.id) ?? null, leave.get(r.id)?.[0] ?? null));
}

/** Absences covering a local calendar date, keyed by user id. */
export async function absencesOn(db: Db, date: string, userIds?: number[]): Promise<Map<number, AbsenceRow>> {
  let q = db.selectFrom('absences').selectAll().where('start_date', '<=', date).where('end_date', '>=', date);
  if (userIds) {
    if (userIds.length === 0) return new Map();
    q = q.where('user_id', 'in', userIds);
  }
  const rows = await q.orderBy('id').execute();
  return new Map(rows.map((r) => [r.user_id, r]));
}
