import type { Output, ParsedInput } from '../../../src-shared/contract/api';
import { AppError, fieldError } from '../../../src-shared/contract/errors';
import { canManageRole, type Role } from '../../../src-shared/domain/roles';
import {
  DEFAULT_WORK_DAYS,
  DEFAULT_WORK_END,
  DEFAULT_WORK_START,
  minutesOfDay,
  normaliseWorkDays,
} from '../../../src-shared/domain/time-of-day';
import type { AuthService } from '../auth/auth.service';
import { Changes, publish } from '../changes';
import { centreDay, type Actor, type ServiceContext } from '../context';
import { assertStrongPassword } from '../auth/passwords';
import { findUser, findUserByUsername, userOut, usersOut, type UserRow } from './users.repo';

function assertWorkTime(start: string, end: string): void {
  if (minutesOfDay(end) <= minutesOfDay(start)) {
    throw fieldError('workEnd', 'error.workEndBeforeStart');
  }
}

export class UsersService {
  constructor(
    private ctx: ServiceContext,
    private auth: AuthService,
  ) {}

  private assertCanManage(actor: Actor, target: Role): void {
    if (!canManageRole(actor.role, target)) throw new AppError('FORBIDDEN', 'error.cannotManageRole');
  }

  private async withAbsence(rows: UserRow[]) {
    return usersOut(this.ctx.db, rows, (await centreDay(this.ctx)).today);
  }

  async create(actor: Actor, input: ParsedInput<'users.create'>): Promise<Output<'users.create'>> {
    this.assertCanManage(actor, input.role);
    assertStrongPassword(input.password, 'password');
    const workStart = input.workStart ?? DEFAULT_WORK_START;
    const workEnd = input.workEnd ?? DEFAULT_WORK_END;
    assertWorkTime(workStart, workEnd);
    if (await findUserByUsername(this.ctx.db, input.username)) {
      throw fieldError('username', 'error.usernameTaken', { username: input.username }, 'CONFLICT');
    }
    const now = this.ctx.clock.now();
    const row = await this.ctx.db
      .insertInto('users')
      .values({
        username: input.username,
        username_key: input.username.toLowerCase(),
        password_hash: await this.auth.hashPassword(input.password),
        role: input.role,
        first_name: input.firstName,
        last_name: input.lastName,
        email: input.email,
        phone: input.phone,
        telegram_username: input.telegramUsername,
        work_start: workStart,
        work_end: workEnd,
        work_days: normaliseWorkDays(input.workDays ?? DEFAULT_WORK_DAYS).join(','),
        // A new seller is meant to sell: receives leads unless told otherwise.
        is_active_sales: input.role === 'seller' && (input.isActiveSales ?? true) ? 1 : 0,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    publish(this.ctx, new Changes().users(row.id));
    return userOut(row);
  }

  async update(actor: Actor, input: ParsedInput<'users.update'>): Promise<Output<'users.update'>> {
    const user = await this.mustFind(input.id);
    this.assertCanManage(actor, user.role);
    assertWorkTime(input.workStart ?? user.work_start, input.workEnd ?? user.work_end);
    if (input.active === false && user.active) await this.assertCanDeactivate(actor, user);
    const patch: Partial<UserRow> = { updated_at: this.ctx.clock.now() };
    if (input.firstName !== undefined) patch.first_name = input.firstName;
    if (input.lastName !== undefined) patch.last_name = input.lastName;
    if (input.email !== undefined) patch.email = input.email;
    if (input.phone !== undefined) patch.phone = input.phone;
    if (input.telegramUsername !== undefined) patch.telegram_username = input.telegramUsername;
    if (input.active !== undefined) patch.active = input.active ? 1 : 0;
    if (input.workStart) patch.work_start = input.workStart;
    if (input.workEnd) patch.work_end = input.workEnd;
    if (input.workDays) patch.work_days = normaliseWorkDays(input.workDays).join(',');
    if (input.isActiveSales !== undefined && user.role === 'seller')
      patch.is_active_sales = input.isActiveSales ? 1 : 0;
    await this.ctx.db.updateTable('users').set(patch).where('id', '=', user.id).execute();
    if (input.active === false) await this.auth.endSessions(user.id);
    publish(this.ctx, new Changes().users(user.id).dashboard());
    return this.get(input.id);
  }

  private async assertCanDeactivate(actor: Actor, user: UserRow): Promise<void> {
    if (user.id === actor.id) throw new AppError('RULE', 'error.cannotDeactivateSelf');
    if (user.role === 'admin') {
      const admins = await this.ctx.db
        .selectFrom('users')
        .select('id')
        .where('role', '=', 'admin')
        .where('active', '=', 1)
        .execute();
      if (admins.length <= 1) throw new AppError('RULE', 'error.lastAdmin');
    }
  }

  async get(id: number): Promise<Output<'users.get'>> {
    const [out] = await this.withAbsence([await this.mustFind(id)]);
    return out;
  }

  async list(input: ParsedInput<'users.list'>): Promise<Output<'users.list'>> {
    let q = this.ctx.db.selectFrom('users').selectAll();
    if (input.role) q = q.where('role', '=', input.role);
    if (input.activeOnly) q = q.where('active', '=', 1);
    const rows = await q.orderBy('active', 'desc').orderBy('first_name').orderBy('last_name').execute();
    return this.withAbsence(rows);
  }

  async resetPassword(input: ParsedInput<'users.resetPassword'>): Promise<{ ok: true }> {
    await this.mustFind(input.id);
    assertStrongPassword(input.newPassword, 'newPassword');
    await this.auth.setPassword(input.id, input.newPassword, null);
    this.ctx.log.info('password reset by admin', { userId: input.id });
    return { ok: true };
  }

  async mustFind(id: number): Promise<UserRow> {
    const user = await findUser(this.ctx.db, id);
    if (!user) throw new AppError('NOT_FOUND', 'error.notFound');
    return user;
  }
}
