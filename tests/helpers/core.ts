import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Input, MethodName, Output } from '../../src-shared/contract/api';
import { isAppError, type ErrorBody } from '../../src-shared/contract/errors';
import { FakeClock } from '../../src-main/clock';
import { createCore, type Core, type CoreConfig } from '../../src-main/core';
import { silentLogger } from '../../src-main/logger';
import { toErrorBody } from '../../src-main/rpc/dispatch';

export const ADMIN = { username: 'admin', password: 'Admin#2026', firstName: 'Aziza', lastName: 'Karimova' };
export const STRONG = 'Strong#2026';

export interface TestCore {
  core: Core;
  clock: FakeClock;
  dataDir: string;
  /** Calls through the dispatcher like any transport (from `clientIp` when given); throws on failure. */
  call<M extends MethodName>(method: M, input: Input<M>, token?: string | null, clientIp?: string): Promise<Output<M>>;
  /** The error body a call fails with (fails the test if the call succeeds). */
  fail(method: MethodName | string, input: unknown, token?: string | null, clientIp?: string): Promise<ErrorBody>;
  adminToken: string;
  /** Creates a user through the API and returns its id and a session token. */
  addUser(
    role: 'admin' | 'manager' | 'seller',
    username: string,
    extra?: Partial<Input<'users.create'>>,
  ): Promise<{ id: number; token: string }>;
  login(username: string, password?: string): Promise<string>;
  /**
   * Sets the fake clock and runs every scheduler job due at the new time, as `POST /api/test/clock`
   * does (the test core's scheduler has no timers). Returns how many notices were written.
   */
  setClock(now: number): Promise<number>;
  /** Closes the core and boots a new one on the same data folder and clock (`core` is then the new one). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface TestCoreOptions {
  setup?: boolean;
  /** Password hashing cost: cheap ('test') unless a test is about hashing itself. */
  passwordCost?: CoreConfig['passwordCost'];
  hashConcurrency?: number;
  /** More of the core's configuration (e.g. the Telegram API root of a fake Bot API server). */
  core?: Partial<CoreConfig>;
}

/** A real core on a temp SQLite file with a fake clock, set up with an admin. */
export async function createTestCore(now = '2026-11-26T06:00:00Z', options: TestCoreOptions = {}): Promise<TestCore> {
  const dataDir = mkdtempSync(join(tmpdir(), 'crm-int-'));
  const clock = new FakeClock(Date.parse(now));
  const boot = () =>
    createCore({
      dataDir,
      clock,
      log: silentLogger,
      passwordCost: options.passwordCost ?? 'test',
      hashConcurrency: options.hashConcurrency,
      schedulerTimers: false,
      telegramPaceMs: 0,
      ...options.core,
    });
  let core = await boot();

  const call = async <M extends MethodName>(
    method: M,
    input: Input<M>,
    token: string | null = null,
    clientIp?: string,
  ) => (await core.dispatch(method, input, { token, clientIp })) as Output<M>;
  const fail = async (method: string, input: unknown, token: string | null = null, clientIp?: string) => {
    try {
      await core.dispatch(method, input, { token, clientIp });
    } catch (e) {
      if (!isAppError(e)) throw e;
      return toErrorBody(e, 'uz', silentLogger);
    }
    throw new Error(`${method} was expected to fail`);
  };
  const login = async (username: string, password = STRONG) => (await call('auth.login', { username, password })).token;

  let adminToken = '';
  if (options.setup !== false) {
    await call('auth.setup', ADMIN);
    adminToken = await login(ADMIN.username, ADMIN.password);
  }

  return {
    get core() {
      return core;
    },
    clock,
    dataDir,
    call,
    fail,
    login,
    adminToken,
    async addUser(role, username, extra = {}) {
      const user = await call(
        'users.create',
        { role, username, password: STRONG, firstName: username, ...extra },
        adminToken,
      );
      return { id: user.id, token: await login(username) };
    },
    setClock(now) {
      clock.set(now);
      return core.scheduler.runDue();
    },
    async restart() {
      await core.close();
      core = await boot();
    },
    async close() {
      await core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
