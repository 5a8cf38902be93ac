import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../src-shared/contract/events';
import { createHttpServer } from '../../src-main/transports/http/server';
import { followRemoteEvents } from '../../src-main/transports/remote';
import { createTestCore, type TestCore } from '../helpers/core';

let t: TestCore;
let server: Server;
const stops: Array<() => void> = [];
afterEach(async () => {
  stops.splice(0).forEach((stop) => stop());
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
  await t?.close();
});

async function listen(): Promise<string> {
  server = createHttpServer(t.core, {});
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** An open window's event stream: what it receives, in order. */
async function stream(base: string, token: string, window?: string): Promise<AppEvent[]> {
  const received: AppEvent[] = [];
  const withWindow: typeof fetch = (url, init) => fetch(window ? `${String(url)}?window=${window}` : url, init);
  stops.push(followRemoteEvents(base, token, (e) => received.push(e), withWindow));
  await new Promise((r) => setTimeout(r, 150));
  return received;
}

const rpc = async (base: string, method: string, input: unknown, token: string, window?: string) => {
  const res = await fetch(`${base}/api/rpc/${method}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      ...(window ? { 'x-crm-window': window } : {}),
    },
    body: JSON.stringify(input),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

const settle = () => new Promise((r) => setTimeout(r, 300));

describe('live events', () => {
  it('a bulk assignment of 1 000 leads reaches an open stream as a handful of events carrying every id', async () => {
    t = await createTestCore();
    const ids: number[] = [];
    for (let i = 0; i < 1000; i++) {
      const lead = await t.call(
        'leads.create',
        { name: `Lid ${i}`, phone: `+9989${String(10_000_000 + i)}`, source: 'instagram', sellerId: 'auto' },
        t.adminToken,
      );
      ids.push(lead.id);
    }
    const seller = await t.addUser('seller', 'dilnoza'); // came after the leads: they wait unassigned
    const base = await listen();
    const received = await stream(base, t.adminToken);

    const res = await rpc(base, 'leads.assign', { leadIds: ids, sellerId: seller.id }, t.adminToken);
    expect(res.status).toBe(200);
    await settle();

    expect(received.length).toBeGreaterThan(0);
    expect(received.length).toBeLessThanOrEqual(5);
    const leadEvents = received.filter((e) => e.type === 'lead.changed');
    expect(leadEvents).toHaveLength(1);
    expect(new Set(leadEvents.flatMap((e) => (e.type === 'lead.changed' ? e.ids : [])))).toEqual(new Set(ids));
    expect(received.filter((e) => e.type === 'followup.changed')).toHaveLength(1);
    expect(received.filter((e) => e.type === 'dashboard.changed')).toHaveLength(1);
  }, 60_000);

  it('marks the events of a window’s own change as `self` for that window only', async () => {
    t = await createTestCore();
    await t.addUser('seller', 'dilnoza');
    const lead = await t.call(
      'leads.create',
      { name: 'Aziz', phone: '+998901234567', source: 'telegram', sellerId: 'auto' },
      t.adminToken,
    );
    const base = await listen();
    const mine = await stream(base, t.adminToken, 'w-mine');
    const other = await stream(base, t.adminToken, 'w-other');

    await rpc(base, 'leads.setStatus', { id: lead.id, status: 'contacted' }, t.adminToken, 'w-mine');
    await settle();

    const leadEvent = (list: AppEvent[]) => list.find((e) => e.type === 'lead.changed');
    expect(leadEvent(mine)).toEqual({ type: 'lead.changed', ids: [lead.id], self: true });
    expect(leadEvent(other)).toEqual({ type: 'lead.changed', ids: [lead.id], self: false });
    expect(mine.some((e) => 'origin' in e)).toBe(false);
  });

  it('tells of a user’s notifications only on that user’s streams', async () => {
    t = await createTestCore();
    const dilnoza = await t.addUser('seller', 'dilnoza');
    const jasur = await t.addUser('seller', 'jasur', { isActiveSales: false });
    const base = await listen();
    const dilnozaSees = await stream(base, dilnoza.token);
    const jasurSees = await stream(base, jasur.token);

    await t.call(
      'leads.create',
      { name: 'Aziz', phone: '+998901234567', source: 'telegram', sellerId: dilnoza.id },
      t.adminToken,
    );
    await settle();

    expect(dilnozaSees).toContainEqual({ type: 'notification.changed', userIds: [dilnoza.id], self: false });
    expect(jasurSees.some((e) => e.type === 'notification.changed')).toBe(false);
    expect(jasurSees.some((e) => e.type === 'lead.changed')).toBe(false); // nor of her lead
  });

  it('a write that fails tells nobody anything', async () => {
    t = await createTestCore();
    const seller = await t.addUser('seller', 'dilnoza');
    const lead = await t.call(
      'leads.create',
      { name: 'Aziz', phone: '+998901234567', source: 'telegram', sellerId: seller.id },
      t.adminToken,
    );
    const base = await listen();
    const received = await stream(base, t.adminToken);

    const stale = await rpc(
      base,
      'leads.update',
      { id: lead.id, version: lead.version + 5, name: 'Boshqa' },
      t.adminToken,
    );
    expect(stale.status).toBe(409);
    await settle();
    expect(received).toEqual([]);
  });

  it('a seller hears only of their own leads, and of a lead taken from them', async () => {
    t = await createTestCore();
    const dilnoza = await t.addUser('seller', 'dilnoza');
    const jasur = await t.addUser('seller', 'jasur');
    const lead = (name: string, phone: string, sellerId: number) =>
      t.call('leads.create', { name, phone, source: 'telegram', sellerId }, t.adminToken);
    const hers = await lead('Aziz', '+998901234567', dilnoza.id);
    const his = await lead('Bekzod', '+998901234568', jasur.id);
    const base = await listen();
    const dilnozaSees = await stream(base, dilnoza.token);
    const adminSees = await stream(base, t.adminToken);

    await t.call('leads.assign', { leadIds: [hers.id, his.id], sellerId: jasur.id }, t.adminToken);
    await t.call('leads.setStatus', { id: his.id, status: 'contacted' }, t.adminToken);
    await settle();

    const leadIds = (list: AppEvent[]) => list.flatMap((e) => (e.type === 'lead.changed' ? e.ids : []));
    expect(leadIds(dilnozaSees)).toEqual([hers.id]); // taken from her: told once; Jasur's lead: never
    expect(dilnozaSees.some((e) => 'handedOver' in e)).toBe(false);
    expect(dilnozaSees.filter((e) => e.type === 'user.changed')).toEqual([]);
    expect(new Set(leadIds(adminSees))).toEqual(new Set([hers.id, his.id]));
  });
});
