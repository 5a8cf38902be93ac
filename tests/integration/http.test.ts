import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../../src-shared/contract/events';
import { createRemoteDispatch, followRemoteEvents } from '../../src-main/transports/remote';
import { createTestCore, STRONG, type TestCore } from '../helpers/core';
import { useHttpServer } from '../helpers/http-server';

let t: TestCore;
const http = useHttpServer();

const listen = async (withClock = false) => (await http.listen(t, { fakeClock: withClock ? t.clock : null })).base;

const post = async (url: string, body: unknown, headers: Record<string, string> = {}) => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe('HTTP transport', () => {
  it('maps error codes to HTTP statuses and renders messages in the asked language', async () => {
    t = await createTestCore();
    const base = await listen();
    const seller = await t.addUser('seller', 'seller1');
    const auth = (token: string) => ({ authorization: `Bearer ${token}` });

    expect((await post(`${base}/api/rpc/auth.me`, {})).status).toBe(401);
    expect(
      (
        await post(
          `${base}/api/rpc/users.create`,
          { role: 'seller', username: 'x2', password: STRONG, firstName: 'X' },
          auth(seller.token),
        )
      ).status,
    ).toBe(403);
    expect((await post(`${base}/api/rpc/users.get`, { id: 999 }, auth(t.adminToken))).status).toBe(404);
    expect(
      (
        await post(
          `${base}/api/rpc/users.create`,
          { role: 'seller', username: 'seller1', password: STRONG, firstName: 'X' },
          auth(t.adminToken),
        )
      ).status,
    ).toBe(409);
    const bad = await post(`${base}/api/rpc/users.create`, { role: 'seller' }, auth(t.adminToken));
    expect(bad.status).toBe(400);
    expect(await post(`${base}/api/rpc/users.create`, '{not json', auth(t.adminToken))).toMatchObject({ status: 400 });
    const me = await t.call('auth.me', {}, t.adminToken);
    expect((await post(`${base}/api/rpc/users.update`, { id: me.id, active: false }, auth(t.adminToken))).status).toBe(
      422,
    );

    const ru = await post(
      `${base}/api/rpc/auth.login`,
      { username: 'admin', password: 'Wrong#1234' },
      { 'accept-language': 'ru-RU,ru;q=0.9' },
    );
    expect(ru).toEqual({
      status: 401,
      body: {
        code: 'UNAUTHENTICATED',
        message: 'Неверный логин или пароль',
        details: { key: 'error.wrongCredentials', params: {} },
      },
    });
    const health = await fetch(`${base}/api/health`);
    expect(await health.json()).toMatchObject({ ok: true, now: t.clock.now() });
  });

  it('refuses the test clock unless started with --fake-clock', async () => {
    t = await createTestCore();
    const base = await listen(false);
    expect((await post(`${base}/api/test/clock`, { now: '2027-01-01T00:00:00Z' })).status).toBe(404);
    expect(t.clock.now()).toBe(Date.parse('2026-11-26T06:00:00Z'));
  });

  it('moves the clock when enabled', async () => {
    t = await createTestCore();
    const base = await listen(true);
    expect(await post(`${base}/api/test/clock`, { now: '2027-01-01T00:00:00Z' })).toEqual({
      status: 200,
      body: { now: Date.parse('2027-01-01T00:00:00Z'), iso: '2027-01-01T00:00:00.000Z' },
    });
    expect((await post(`${base}/api/test/clock`, { now: 'soon' })).status).toBe(400);
  });

  it('runs the scheduler jobs due at the new time before answering', async () => {
    t = await createTestCore();
    const base = await listen(true);
    const seller = await t.addUser('seller', 'seller_a');
    await t.call('leads.create', { name: 'Aziz', phone: '901234567' }, seller.token); // its first call is due in 5 minutes
    await post(`${base}/api/test/clock`, { now: t.clock.now() + 5 * 60_000 });
    expect((await t.call('notifications.list', {}, seller.token)).items.map((n) => n.key)).toEqual([
      'notify.followupDue',
    ]);
  });

  it('serves a client desktop: remote calls and live events from the primary', async () => {
    t = await createTestCore();
    const base = await listen();
    const remote = createRemoteDispatch(base);
    const login = (await remote('auth.login', { username: 'admin', password: 'Admin#2026' }, { token: null })) as {
      token: string;
    };
    const received: AppEvent[] = [];
    const stop = followRemoteEvents(base, login.token, (e) => received.push(e));
    await new Promise((r) => setTimeout(r, 200));
    const created = (await remote(
      'users.create',
      { role: 'seller', username: 'remote1', password: STRONG, firstName: 'R' },
      { token: login.token },
    )) as { id: number };
    await expect.poll(() => received).toContainEqual({ type: 'user.changed', ids: [created.id], self: false });
    stop();
    await expect(remote('auth.me', {}, { token: 'bad' })).rejects.toMatchObject({ body: { code: 'UNAUTHENTICATED' } });
    await expect(createRemoteDispatch('http://127.0.0.1:9')('auth.me', {}, { token: null })).rejects.toMatchObject({
      body: { code: 'UNAVAILABLE' },
    });
  });

  it('refuses the event stream without a valid token', async () => {
    t = await createTestCore();
    const base = await listen();
    expect((await fetch(`${base}/api/events?token=nope`)).status).toBe(401);
  });
});
