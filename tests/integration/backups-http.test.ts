import { describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../helpers/core';
import { useHttpServer } from '../helpers/http-server';

let t: TestCore;
const http = useHttpServer();

const SQLITE_MAGIC = 'SQLite format 3\0';

describe('backups over HTTP', () => {
  it('downloads a listed backup as a file (POST and a ticket link); POST /api/test/clock runs the daily backup', async () => {
    t = await createTestCore('2026-11-27T06:00:00Z');
    const { base } = await http.listen(t, { fakeClock: t.clock });
    const headers = (token: string) => ({ 'content-type': 'application/json', authorization: `Bearer ${token}` });
    const rpc = (method: string, body: unknown, token = t.adminToken) =>
      fetch(`${base}/api/rpc/${method}`, { method: 'POST', headers: headers(token), body: JSON.stringify(body) });

    const item = (await (await rpc('backups.create', {})).json()) as { name: string; sizeBytes: number };
    const file = await rpc('backups.download', { name: item.name });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="${item.name}"`);
    const bytes = Buffer.from(await file.arrayBuffer());
    expect(bytes.length).toBe(item.sizeBytes);
    expect(bytes.subarray(0, 16).toString('latin1')).toBe(SQLITE_MAGIC);

    const seller = await t.addUser('seller', 'seller_a');
    expect((await rpc('backups.download', { name: item.name }, seller.token)).status).toBe(403);
    expect((await rpc('backups.download', { name: '../crm.sqlite' })).status).toBe(400);

    const ticket = async () =>
      (
        (await (
          await fetch(`${base}/api/events/ticket`, { method: 'POST', headers: headers(t.adminToken) })
        ).json()) as {
          ticket: string;
        }
      ).ticket;
    const link = `${base}/api/backups/file/${encodeURIComponent(item.name)}`;
    const viaLink = await fetch(`${link}?ticket=${await ticket()}`);
    expect(viaLink.status).toBe(200);
    expect(Buffer.from(await viaLink.arrayBuffer()).length).toBe(item.sizeBytes);
    expect((await fetch(link)).status).toBe(401);
    expect((await fetch(`${base}/api/backups/file/..%2Fcrm.sqlite?ticket=${await ticket()}`)).status).toBe(400);

    const list = async () =>
      ((await (await rpc('backups.list', {})).json()) as { items: Array<{ kind: string }> }).items.map((b) => b.kind);
    expect(await list()).toEqual(['manual']);
    for (const day of ['2026-11-28', '2026-11-29']) {
      const moved = await fetch(`${base}/api/test/clock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ now: `${day}T03:00:00+05:00` }),
      });
      expect(moved.status).toBe(200);
    }
    expect(await list()).toEqual(['daily', 'daily', 'manual']);
  });
});
