import BetterSqlite3 from 'better-sqlite3';
import { connect as netConnect } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_FILE } from '../../src-main/core';
import type { HttpOptions } from '../../src-main/transports/http/server';
import { createRemoteDispatch } from '../../src-main/transports/remote';
import { createTestCore, type TestCore } from '../helpers/core';
import { useHttpServer } from '../helpers/http-server';

let t: TestCore;
const http = useHttpServer();

async function listen(opts: HttpOptions = {}): Promise<{ base: string; port: number }> {
  t = await createTestCore();
  return http.listen(t, opts);
}

/** Sends raw bytes and returns what comes back until the server closes or `waitMs` passes. */
function raw(port: number, bytes: string, waitMs = 1500): Promise<string> {
  return new Promise((resolve) => {
    const socket = netConnect(port, '127.0.0.1');
    let out = '';
    const done = () => {
      socket.destroy();
      resolve(out);
    };
    socket.on('data', (d) => (out += d.toString()));
    socket.on('close', done);
    socket.on('error', done);
    socket.write(bytes);
    setTimeout(done, waitMs);
  });
}

const post = (base: string, method: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/rpc/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

const healthy = async (base: string) => (await fetch(`${base}/api/health`)).status === 200;

describe('no input crashes the primary', () => {
  it('answers a broken request line, bad percent-encoding and a header flood with 4xx and keeps serving', async () => {
    const { base, port } = await listen();
    expect(await raw(port, 'GET http://[ HTTP/1.1\r\nHost: x\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
    expect(await healthy(base)).toBe(true);

    const bad = await post(base, '%E0%A4%A', '{}');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { code: string }).code).toBe('VALIDATION');
    expect((await fetch(`${base}/%E0%A4%A`)).status).toBe(400);

    const manyHeaders = Array.from({ length: 300 }, (_, i) => `X-H${i}: ${'a'.repeat(100)}`).join('\r\n');
    expect(await raw(port, `GET /api/health HTTP/1.1\r\nHost: x\r\n${manyHeaders}\r\n\r\n`)).toMatch(/^HTTP\/1\.1 431/);
    expect(await raw(port, 'NOT HTTP AT ALL\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
    expect(await healthy(base)).toBe(true);
  });

  it('drops a slowloris connection that never finishes its headers', async () => {
    const { base, port } = await listen({
      limits: { headersTimeout: 400, requestTimeout: 800, connectionsCheckingInterval: 100 },
    });
    const started = Date.now();
    const reply = await raw(port, 'GET /api/health HTTP/1.1\r\nHost: x\r\nX-Slow: 1\r\n', 5000);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(reply === '' || /^HTTP\/1\.1 408/.test(reply), reply).toBe(true);
    expect(await healthy(base)).toBe(true);
  });
});

describe('memory and CPU only for signed-in callers', () => {
  it('refuses a body over the limit at once, by its declared length or as it grows', async () => {
    const { base, port } = await listen();
    const declared = await raw(
      port,
      `POST /api/rpc/leads.list HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAuthorization: Bearer ${t.adminToken}\r\nContent-Length: 16000000\r\n\r\n{`,
    );
    expect(declared).toMatch(/^HTTP\/1\.1 413/);

    const big = JSON.stringify({ search: 'a'.repeat(1_200_000) });
    const res = await post(base, 'leads.list', big, { authorization: `Bearer ${t.adminToken}` });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { message: string }).message).toBe("So'rov juda katta (ko'pi bilan 1 MB).");
    expect(await healthy(base)).toBe(true);
  });

  it('checks the session before reading the body of a non-public method', async () => {
    const { port } = await listen();
    // Headers only, a large body announced but never sent: a stranger gets 401 without it being awaited.
    const reply = await raw(
      port,
      'POST /api/rpc/leads.create HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 900000\r\n\r\n',
    );
    expect(reply).toMatch(/^HTTP\/1\.1 401/);
  });

  it('refuses other sites and non-JSON posts, and sends security headers', async () => {
    const { base } = await listen();
    const before = (await t.call('users.list', {}, t.adminToken)).length;
    const user = JSON.stringify({ role: 'seller', username: 'evil1', password: 'Strong#2026', firstName: 'E' });
    const cross = await post(base, 'users.create', user, {
      authorization: `Bearer ${t.adminToken}`,
      origin: 'http://evil.example',
    });
    expect(cross.status).toBe(403);
    const plain = await fetch(`${base}/api/rpc/users.create`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${t.adminToken}` },
      body: user,
    });
    expect(plain.status).toBe(415);
    expect((await t.call('users.list', {}, t.adminToken)).length).toBe(before);

    const ok = await post(base, 'auth.me', '{}', { authorization: `Bearer ${t.adminToken}`, origin: base });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect(ok.headers.get('cache-control')).toBe('no-store');
    expect(ok.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('the event stream', () => {
  it('takes a header or a one-time ticket, never the token in the URL', async () => {
    const { base } = await listen();
    expect((await fetch(`${base}/api/events?token=${t.adminToken}`)).status).toBe(401);
    const ticketRes = await fetch(`${base}/api/events/ticket`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.adminToken}` },
    });
    const { ticket } = (await ticketRes.json()) as { ticket: string };
    const first = await fetch(`${base}/api/events?ticket=${ticket}`);
    expect(first.status).toBe(200);
    await first.body?.cancel();
    expect((await fetch(`${base}/api/events?ticket=${ticket}`)).status).toBe(401);
    expect((await fetch(`${base}/api/events/ticket`, { method: 'POST' })).status).toBe(401);
    const header = await fetch(`${base}/api/events`, { headers: { authorization: `Bearer ${t.adminToken}` } });
    expect(header.status).toBe(200);
    await header.body?.cancel();
  });

  it('ends at once when its user signs out', async () => {
    const { base } = await listen();
    const res = await fetch(`${base}/api/events`, { headers: { authorization: `Bearer ${t.adminToken}` } });
    const reader = res.body!.getReader();
    await reader.read();
    const started = Date.now();
    await t.call('auth.logout', {}, t.adminToken);
    for (;;) if ((await reader.read()).done) break;
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('ends when its session ends', async () => {
    const { base } = await listen();
    const seller = await t.addUser('seller', 'dilnoza');
    const res = await fetch(`${base}/api/events`, { headers: { authorization: `Bearer ${seller.token}` } });
    const reader = res.body!.getReader();
    await reader.read(); // ": connected"
    await t.call('users.update', { id: seller.id, active: false }, t.adminToken);
    const ended = await Promise.race([
      (async () => {
        for (;;) if ((await reader.read()).done) return true;
      })(),
      new Promise((r) => setTimeout(() => r(false), 8000)),
    ]);
    expect(ended).toBe(true);
  });
});

describe('a locked or full database', () => {
  it('waits for a lock held elsewhere without freezing, then saves; says "busy" when it cannot', async () => {
    const { base } = await listen();
    const other = new BetterSqlite3(join(t.dataDir, DB_FILE));
    const auth = { authorization: `Bearer ${t.adminToken}` };
    const lead = (phone: string) => JSON.stringify({ name: 'Aziz', phone, source: 'telegram' });
    try {
      other.exec('BEGIN IMMEDIATE');
      const pending = post(base, 'leads.create', lead('+998901111111'), auth);
      const started = Date.now();
      expect(await healthy(base)).toBe(true); // the event loop is free while the write waits
      expect(Date.now() - started).toBeLessThan(200);
      setTimeout(() => other.exec('COMMIT'), 500);
      expect((await pending).status).toBe(200);

      other.exec('BEGIN IMMEDIATE');
      const refused = await post(base, 'leads.create', lead('+998902222222'), auth);
      expect(refused.status).toBe(503);
      expect(((await refused.json()) as { message: string }).message).toBe(
        "Ma'lumotlar bazasi band, qayta urinib ko'ring.",
      );
      other.exec('ROLLBACK');
      const list = await t.call('leads.list', {}, t.adminToken);
      expect(list.items.map((l) => l.phone)).toEqual(['+998901111111']);
    } finally {
      other.close();
    }
  });

  it('reports a full disk as a full disk and keeps what was there', async () => {
    const { base } = await listen();
    const pages = t.core.sqlite.pragma('page_count', { simple: true }) as number;
    t.core.sqlite.pragma(`max_page_count = ${pages}`);
    // Fill what is left of the allowed pages: the first write that needs a new page meets a full disk.
    let saved = 0;
    let res: Response | null = null;
    for (let i = 0; i < 300; i++) {
      res = await post(
        base,
        'leads.create',
        JSON.stringify({
          name: `Aziz ${i}`,
          phone: `+99890${3000000 + i}`,
          source: 'telegram',
          notes: 'n'.repeat(1500),
        }),
        {
          authorization: `Bearer ${t.adminToken}`,
        },
      );
      if (res.status !== 200) break;
      saved++;
    }
    expect(res!.status).toBe(503);
    expect(((await res!.json()) as { message: string }).message).toMatch(/^Diskda joy qolmadi/);
    t.core.sqlite.pragma('max_page_count = 1073741823');
    expect((await t.call('leads.list', {}, t.adminToken)).total).toBe(saved);
    expect(await healthy(base)).toBe(true);
  });
});

describe('a client desktop of another version', () => {
  it('says so plainly', async () => {
    const { base } = await listen({ version: '0.2.0' });
    const remote = createRemoteDispatch(base, fetch, '0.1.0');
    await expect(remote('auth.setupStatus', {}, { token: null })).rejects.toMatchObject({
      body: {
        code: 'UNAVAILABLE',
        details: { key: 'error.versionMismatch', params: { mine: '0.1.0', theirs: '0.2.0' } },
      },
    });
    expect(await createRemoteDispatch(base, fetch, '0.2.0')('auth.setupStatus', {}, { token: null })).toEqual({
      needsSetup: false,
    });
  });
});

describe('one address, socket or user cannot take what the others need', () => {
  it('caps connections per address; other desks still get in', async () => {
    const { base, port } = await listen();
    const held = await Promise.all(
      Array.from(
        { length: 64 },
        () =>
          new Promise<import('node:net').Socket>((resolve) => {
            const s = netConnect(port, '127.0.0.1', () => resolve(s));
          }),
      ),
    );
    try {
      // The 65th socket from the same address is closed at once.
      const extra = await raw(port, 'GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', 800);
      expect(extra).toBe('');
      // Another desk (another address) is served.
      const other = await new Promise<string>((resolve) => {
        const s = netConnect({ port, host: '127.0.0.1', localAddress: '127.0.0.2' }, () =>
          s.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n'),
        );
        let out = '';
        s.on('data', (d) => (out += d.toString()));
        s.on('close', () => resolve(out));
      });
      expect(other).toMatch(/^HTTP\/1\.1 200/);
    } finally {
      held.forEach((s) => s.destroy());
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(await healthy(base)).toBe(true);
  });

  it('closes a socket that pipelines a flood of requests', async () => {
    const { base, port } = await listen();
    const flood = 'GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'.repeat(200);
    const reply = await raw(port, flood, 1500);
    expect(reply.match(/HTTP\/1\.1 200/g)?.length ?? 0).toBeLessThan(200);
    expect(await healthy(base)).toBe(true);
  });

  it('answers the API only to an IP address, localhost or a configured name (DNS rebinding)', async () => {
    const { port } = await listen({ hostNames: ['crm.local'] });
    const asHost = async (host: string) =>
      Number(
        /^HTTP\/1\.1 (\d+)/.exec(
          await raw(
            port,
            `POST /api/rpc/auth.setupStatus HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
          ),
        )?.[1],
      );
    expect(await asHost('evil.example')).toBe(403);
    expect(await asHost('crm.local:8787')).toBe(200);
    expect(await asHost('localhost')).toBe(200);
    expect(await asHost('192.168.1.10:8787')).toBe(200);
  });

  it('caps open event streams per user', async () => {
    const { base } = await listen();
    const open = [];
    for (let i = 0; i < 12; i++)
      open.push(await fetch(`${base}/api/events`, { headers: { authorization: `Bearer ${t.adminToken}` } }));
    expect(open.every((r) => r.status === 200)).toBe(true);
    const extra = await fetch(`${base}/api/events`, { headers: { authorization: `Bearer ${t.adminToken}` } });
    expect(extra.status).toBe(429);
    await Promise.all(open.map((r) => r.body?.cancel()));
  });
});
