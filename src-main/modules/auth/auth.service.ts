import { createHash, randomBytes } from 'node:crypto';
import type { Input, Output, ParsedInput } from '../../../src-shared/contract/api';
import { AppError, fieldError } from '../../../src-shared/contract/errors';
import { Changes, publish } from '../changes';
import { centreDay, type Actor, type ServiceContext } from '../context';
import { currentClientIp } from '../../rpc/call-origin';
import { addressKey, LoginThrottle } from './login-throttle';
import { assertStrongPassword, PasswordHasher } from './passwords';
import { findUser, findUserByUsername, userOut, usersOut } from '../users/users.repo';
import { transaction } from '../../db/transaction';

/**
 * Sessions expire after 60 days without use and are renewed by every use: a desktop that is used
 * daily never asks again, a forgotten token dies. Deactivation and password resets end sessions at once.
 */
export const SESSION_IDLE_MS = 60 * 24 * 3600_000;
/** However much it is used, a session ends this long after sign-in (a stolen token does not live for ever). */
export const SESSION_MAX_MS = 90 * 24 * 3600_000;
/** Desks, phones and windows of one user together; more than this is not a person. */
export const MAX_SESSIONS_PER_USER = 30;
const RENEW_AFTER_MS = 3600_000;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export class AuthService {
  private throttle: LoginThrottle;
  constructor(
    private ctx: ServiceContext,
    readonly passwords: PasswordHasher,
  ) {
    this.throttle = new LoginThrottle(ctx.db);
  }

  /** A new password's stored form, at the configured cost (users.create and every password change use it). */
  hashPassword(password: string): Promise<string> {
    return this.passwords.hash(password);
  }

  async needsSetup(): Promise<boolean> {
    const row = await this.ctx.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
    return !row;
  }

  async setup(input: ParsedInput<'auth.setup'>): Promise<Output<'auth.setup'>> {
    // Refused before any hashing: once set up, this public method must cost nothing to call.
    if (!(await this.needsSetup())) throw new AppError('CONFLICT', 'error.setupDone');
    assertStrongPassword(input.password, 'password');
    const hash = await this.hashPassword(input.password);
    const now = this.ctx.clock.now();
    // The check and the insert share one transaction so two racing setups cannot both win.
    const user = await transaction(this.ctx.db, async (trx) => {
      if (await trx.selectFrom('users').select('id').limit(1).executeTakeFirst()) {
        throw new AppError('CONFLICT', 'error.setupDone');
      }
      return trx
        .insertInto('users')
        .values({
          username: input.username,
          username_key: input.username.toLowerCase(),
          password_hash: hash,
          role: 'admin',
          first_name: input.firstName,
          last_name: input.lastName,
          email: input.email,
          phone: input.phone,
          telegram_username: input.telegramUsername,
          created_at: now,
          updated_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    });
    this.ctx.log.info('first-run setup: admin created', { userId: user.id });
    return userOut(user);
  }

  /**
   * Throttled per (username, address) and per address (login-throttle.ts). An unknown username is
   * checked against a dummy hash of the same cost, so the answer's timing does not tell it exists; a
   * hash of an older cost is replaced on the first successful login.
   */
  async login(input: Input<'auth.login'>): Promise<Output<'auth.login'>> {
    const key = input.username.trim().toLowerCase();
    const ip = addressKey(currentClientIp());
    // Checked before queueing for a hashing slot (a locked address costs nothing) and again inside
    // it, so a burst of parallel guesses sees the failures of the ones before it.
    await this.throttle.assertAllowed(key, ip, this.ctx.clock.now());
    const { user, verdict } = await this.passwords.exclusive(async (slot) => {
      const now = this.ctx.clock.now();
      await this.throttle.assertAllowed(key, ip, now);
      const user = await findUserByUsername(this.ctx.db, key);
      const verdict = await slot.verify(input.password, user?.password_hash ?? null);
      if (!verdict.ok) await this.throttle.failed(key, ip, now);
      return { user, verdict };
    });
    if (!user || !verdict.ok) throw new AppError('UNAUTHENTICATED', 'error.wrongCredentials');
    if (!user.active) throw new AppError('FORBIDDEN', 'error.userInactive');
    await this.throttle.succeeded(key, ip);
    const now = this.ctx.clock.now();
    if (verdict.upgraded) {
      // Only over the hash just checked: a password changed meanwhile is not overwritten.
      await this.ctx.db
        .updateTable('users')
        .set({ password_hash: verdict.upgraded })
        .where('id', '=', user.id)
        .where('password_hash', '=', user.password_hash)
        .execute();
      this.ctx.log.info('password hash upgraded', { userId: user.id });
    }
    const token = randomBytes(32).toString('base64url');
    const expiresAt = now + SESSION_IDLE_MS;
    await this.ctx.db
      .insertInto('sessions')
      .values({ token_hash: hashToken(token), user_id: user.id, created_at: now, expires_at: expiresAt })
      .execute();
    await this.ctx.db.deleteFrom('sessions').where('expires_at', '<', now).execute();
    // A user's sessions are bounded: the oldest beyond the newest MAX_SESSIONS_PER_USER end.
    const keep = this.ctx.db
      .selectFrom('sessions')
      .select('token_hash')
      .where('user_id', '=', user.id)
      .orderBy('created_at', 'desc')
      .limit(MAX_SESSIONS_PER_USER);
    await this.ctx.db
      .deleteFrom('sessions')
      .where('user_id', '=', user.id)
      .where('token_hash', 'not in', keep)
      .execute();
    return { token, expiresAt, user: await this.me(user.id) };
  }

  /** Token → actor, or UNAUTHENTICATED. Sessions of deactivated users die with them. */
  async resolve(token: string | null): Promise<Actor> {
    if (!token) throw new AppError('UNAUTHENTICATED', 'error.unauthenticated');
    const tokenHash = hashToken(token);
    const row = await this.ctx.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select(['users.id', 'users.role', 'users.active', 'sessions.expires_at', 'sessions.created_at'])
      .where('sessions.token_hash', '=', tokenHash)
      .executeTakeFirst();
    if (!row || !row.active) throw new AppError('UNAUTHENTICATED', 'error.unauthenticated');
    const now = this.ctx.clock.now();
    const endOfLife = row.created_at + SESSION_MAX_MS;
    if (row.expires_at <= now || endOfLife <= now) {
      await this.ctx.db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
      throw new AppError('UNAUTHENTICATED', 'error.sessionExpired');
    }
    // Renew at most hourly so reads do not turn into writes.
    if (row.expires_at - now < SESSION_IDLE_MS - RENEW_AFTER_MS && row.expires_at < endOfLife) {
      await this.ctx.db
        .updateTable('sessions')
        .set({ expires_at: Math.min(now + SESSION_IDLE_MS, endOfLife) })
        .where('token_hash', '=', tokenHash)
        .execute();
    }
    return { id: row.id, role: row.role, tokenHash };
  }

  async logout(actor: Actor): Promise<{ ok: true }> {
    await this.ctx.db.deleteFrom('sessions').where('token_hash', '=', actor.tokenHash).execute();
    this.ctx.events.sessionsEnded();
    return { ok: true };
  }

  async me(userId: number): Promise<Output<'auth.me'>> {
    const user = await findUser(this.ctx.db, userId);
    if (!user) throw new AppError('NOT_FOUND', 'error.notFound');
    const [out] = await usersOut(this.ctx.db, [user], (await centreDay(this.ctx)).today);
    return out;
  }

  async updateProfile(actor: Actor, input: ParsedInput<'auth.updateProfile'>): Promise<Output<'auth.updateProfile'>> {
    await this.ctx.db
      .updateTable('users')
      .set({
        first_name: input.firstName,
        last_name: input.lastName,
        email: input.email,
        phone: input.phone,
        telegram_username: input.telegramUsername,
        updated_at: this.ctx.clock.now(),
      })
      .where('id', '=', actor.id)
      .execute();
    publish(this.ctx, new Changes().users(actor.id));
    return this.me(actor.id);
  }

  async changePassword(actor: Actor, input: ParsedInput<'auth.changePassword'>): Promise<{ ok: true }> {
    const user = await findUser(this.ctx.db, actor.id);
    if (!user) throw new AppError('UNAUTHENTICATED', 'error.unauthenticated');
    // Guessing the old password from an open session is throttled like a login.
    const ip = addressKey(currentClientIp());
    await this.throttle.assertAllowed(user.username_key, ip, this.ctx.clock.now());
    if (!(await this.passwords.verify(input.oldPassword, user.password_hash)).ok) {
      await this.throttle.failed(user.username_key, ip, this.ctx.clock.now());
      throw fieldError('oldPassword', 'error.wrongOldPassword');
    }
    if (input.newPassword !== input.confirmPassword) {
      throw fieldError('confirmPassword', 'error.passwordMismatch');
    }
    if (input.newPassword === input.oldPassword) throw fieldError('newPassword', 'error.samePassword');
    assertStrongPassword(input.newPassword, 'newPassword');
    await this.setPassword(actor.id, input.newPassword, actor.tokenHash);
    return { ok: true };
  }

  /** Sets a password and ends the user's other sessions (all of them when keepToken is null). */
  async setPassword(userId: number, password: string, keepTokenHash: string | null): Promise<void> {
    const hash = await this.hashPassword(password);
    await transaction(this.ctx.db, async (trx) => {
      await trx
        .updateTable('users')
        .set({ password_hash: hash, updated_at: this.ctx.clock.now() })
        .where('id', '=', userId)
        .execute();
      let del = trx.deleteFrom('sessions').where('user_id', '=', userId);
      if (keepTokenHash) del = del.where('token_hash', '!=', keepTokenHash);
      await del.execute();
    });
    this.ctx.events.sessionsEnded();
  }

  async endSessions(userId: number): Promise<void> {
    await this.ctx.db.deleteFrom('sessions').where('user_id', '=', userId).execute();
    this.ctx.events.sessionsEnded();
  }
}
