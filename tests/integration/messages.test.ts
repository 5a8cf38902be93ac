import { afterEach, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../helpers/core';

let t: TestCore;
afterEach(() => t?.close());

/** A centre: two active sellers, one who left, two managers. */
async function centre() {
  t = await createTestCore('2026-11-26T05:00:00Z');
  const a = await t.addUser('seller', 'seller_a', { firstName: 'Dilnoza' });
  const b = await t.addUser('seller', 'seller_b', { firstName: 'Jasur' });
  const gone = await t.addUser('seller', 'seller_gone', { firstName: 'Ketgan' });
  await t.call('users.update', { id: gone.id, active: false }, t.adminToken);
  const m = await t.addUser('manager', 'manager1', { firstName: 'Malika' });
  const m2 = await t.addUser('manager', 'manager2', { firstName: 'Sardor' });
  return { a, b, gone, m, m2 };
}

const send = (token: string, recipients: 'all_sellers' | number[], over: Record<string, unknown> = {}) =>
  t.call(
    'messages.send',
    { subject: 'Reja', body: 'Bugun 40 ta qo‘ng‘iroq', priority: 'high', recipients, ...over },
    token,
  );

describe('messages', () => {
  it('a manager writes to all sellers: each active seller gets it unread with a notice; read counts follow', async () => {
    const { a, b, gone, m } = await centre();
    const msg = await send(m.token, 'all_sellers');
    expect(msg).toMatchObject({ subject: 'Reja', priority: 'high', toAllSellers: true, recipients: 2, readCount: 0 });
    expect(msg.readers?.map((r) => [r.userId, r.readAt])).toEqual(
      expect.arrayContaining([
        [a.id, null],
        [b.id, null],
      ]),
    );

    const inbox = await t.call('messages.inbox', {}, a.token);
    expect(inbox.unread).toBe(1);
    expect(inbox.items).toEqual([
      expect.objectContaining({ id: msg.id, subject: 'Reja', priority: 'high', senderId: m.id, read: false }),
    ]);
    expect((await t.call('messages.inbox', {}, gone.token).catch(() => null)) ?? { items: [] }).toMatchObject({
      items: [],
    });
    expect((await t.call('messages.inbox', {}, t.adminToken)).items).toEqual([]);
    const bell = await t.call('notifications.list', {}, a.token);
    expect(bell.items[0]).toMatchObject({ key: 'notify.message', messageId: msg.id, read: false });

    const opened = await t.call('messages.open', { id: msg.id }, a.token);
    expect(opened).toMatchObject({ body: 'Bugun 40 ta qo‘ng‘iroq', read: true, readers: null });
    expect((await t.call('messages.inbox', {}, a.token)).unread).toBe(0);
    expect((await t.call('notifications.list', {}, a.token)).unread).toBe(0); // its bell notice is read with it
    expect((await t.call('messages.inbox', {}, b.token)).unread).toBe(1);
    await t.call('messages.open', { id: msg.id }, a.token); // a second opening counts once

    const sent = await t.call('messages.sent', {}, m.token);
    expect(sent.items).toEqual([expect.objectContaining({ id: msg.id, recipients: 2, readCount: 1 })]);
    const seen = await t.call('messages.open', { id: msg.id }, m.token);
    expect(seen.readers?.find((r) => r.userId === a.id)?.readAt).toBe(t.clock.now());
    expect(seen.readers?.find((r) => r.userId === b.id)?.readAt).toBeNull();
  });

  it('to one seller: nobody else sees it, and asking for it by id is not-found', async () => {
    const { a, b, m, m2 } = await centre();
    const msg = await send(m.token, [a.id], { priority: 'urgent' });
    expect(msg.recipients).toBe(1);
    expect((await t.call('messages.inbox', {}, b.token)).items).toEqual([]);
    expect((await t.fail('messages.open', { id: msg.id }, b.token)).code).toBe('NOT_FOUND');
    expect((await t.fail('messages.open', { id: msg.id }, m2.token)).code).toBe('NOT_FOUND');
    expect((await t.fail('messages.open', { id: 99_999 }, a.token)).code).toBe('NOT_FOUND');
    expect((await t.call('notifications.list', {}, a.token)).items[0].key).toBe('notify.messageUrgent');
    // The admin sees every message with its readers; opening it does not mark anything read.
    expect((await t.call('messages.open', { id: msg.id }, t.adminToken)).readers).toHaveLength(1);
    expect((await t.call('messages.inbox', {}, a.token)).unread).toBe(1);
  });

  it('the admin sees every sent message, a manager only own', async () => {
    const { a, m, m2 } = await centre();
    const mine = await send(m.token, [a.id]);
    const other = await send(m2.token, [a.id]);
    const fromAdmin = await send(t.adminToken, [m.id, a.id]);
    expect((await t.call('messages.sent', {}, m.token)).items.map((x) => x.id)).toEqual([mine.id]);
    expect((await t.call('messages.sent', {}, t.adminToken)).items.map((x) => x.id)).toEqual([
      fromAdmin.id,
      other.id,
      mine.id,
    ]);
    expect((await t.call('messages.inbox', {}, m.token)).items.map((x) => x.id)).toEqual([fromAdmin.id]);
    expect((await t.call('messages.inbox', {}, a.token)).items.map((x) => x.id)).toEqual([
      fromAdmin.id,
      other.id,
      mine.id,
    ]);
    expect((await t.fail('messages.sent', {}, a.token)).code).toBe('FORBIDDEN');
    expect((await t.fail('messages.send', { subject: 's', body: 'b', recipients: 'all_sellers' }, a.token)).code).toBe(
      'FORBIDDEN',
    );
  });

  it("delete: a manager cannot delete the admin's message; own goes from every inbox with its notices", async () => {
    const { a, b, m, m2 } = await centre();
    const fromAdmin = await send(t.adminToken, 'all_sellers');
    const own = await send(m.token, 'all_sellers');
    expect(await t.fail('messages.delete', { id: fromAdmin.id }, m.token)).toMatchObject({
      code: 'FORBIDDEN',
      message: "Menejer faqat o'zi yuborgan xabarni o'chira oladi",
    });
    expect((await t.fail('messages.delete', { id: own.id }, m2.token)).code).toBe('FORBIDDEN');
    expect((await t.fail('messages.delete', { id: own.id }, a.token)).code).toBe('FORBIDDEN');
    await t.call('messages.delete', { id: own.id }, m.token);
    for (const s of [a, b]) {
      expect((await t.call('messages.inbox', {}, s.token)).items.map((x) => x.id)).toEqual([fromAdmin.id]);
      expect((await t.call('notifications.list', {}, s.token)).items.map((n) => n.messageId)).toEqual([fromAdmin.id]);
    }
    expect((await t.fail('messages.open', { id: own.id }, a.token)).code).toBe('NOT_FOUND');
    await t.call('messages.delete', { id: fromAdmin.id }, t.adminToken);
    expect((await t.call('messages.inbox', {}, a.token)).unread).toBe(0);
    expect((await t.fail('messages.delete', { id: fromAdmin.id }, t.adminToken)).code).toBe('NOT_FOUND');
  });

  it('bad recipients and values are refused with their field and write nothing', async () => {
    const { a, gone, m } = await centre();
    const field = async (input: Record<string, unknown>) => {
      const e = await t.fail('messages.send', { subject: 'S', body: 'B', recipients: [a.id], ...input }, m.token);
      return [e.code, e.details.fields?.[0]?.path];
    };
    expect(await field({ recipients: [] })).toEqual(['VALIDATION', 'recipients']);
    expect(await field({ recipients: [a.id, 4242] })).toEqual(['VALIDATION', 'recipients']);
    expect(await field({ recipients: [gone.id] })).toEqual(['VALIDATION', 'recipients']);
    expect(await field({ recipients: 'everyone' })).toEqual(['VALIDATION', 'recipients']);
    expect(await field({ priority: 'critical' })).toEqual(['VALIDATION', 'priority']);
    expect(await field({ subject: '   ' })).toEqual(['VALIDATION', 'subject']);
    expect(await field({ body: 'x'.repeat(5001) })).toEqual(['VALIDATION', 'body']);
    expect((await t.call('messages.sent', {}, m.token)).total).toBe(0);
    expect((await t.call('messages.inbox', {}, a.token)).total).toBe(0);
  });

  it('with no active seller, "all sellers" says so', async () => {
    t = await createTestCore('2026-11-26T05:00:00Z');
    const e = await t.fail('messages.send', { subject: 'S', body: 'B', recipients: 'all_sellers' }, t.adminToken);
    expect(e.details.fields?.[0]).toMatchObject({ path: 'recipients', key: 'error.noSellers' });
  });
});
