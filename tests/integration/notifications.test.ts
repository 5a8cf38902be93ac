import { afterEach, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../helpers/core';

let t: TestCore;
afterEach(() => t?.close());

describe('in-app notifications', () => {
  it('tell a seller of a lead given to them, and the team of a lead nobody could take', async () => {
    t = await createTestCore('2026-11-26T05:00:00Z');
    const a = await t.addUser('seller', 'seller_a');
    const m = await t.addUser('manager', 'manager1');
    await t.call('leads.create', { name: 'Own lead', phone: '901000001' }, a.token);
    expect((await t.call('notifications.list', {}, a.token)).unread).toBe(0); // one's own lead needs no notice

    const lead = await t.call('leads.create', { name: 'Aziz Karimov', phone: '901000002' }, m.token);
    const mine = await t.call('notifications.list', {}, a.token);
    expect(mine).toMatchObject({
      unread: 1,
      items: [{ key: 'notify.leadAssigned', params: { name: 'Aziz Karimov' }, leadId: lead.id, read: false }],
    });

    await t.call('users.update', { id: a.id, isActiveSales: false }, t.adminToken);
    const orphan = await t.call('leads.create', { name: 'Orphan', phone: '901000003' }, m.token);
    for (const token of [t.adminToken, m.token]) {
      expect((await t.call('notifications.list', {}, token)).items[0]).toMatchObject({
        key: 'notify.unassigned',
        leadId: orphan.id,
      });
    }
    expect((await t.call('notifications.list', {}, a.token)).unread).toBe(1);

    await t.call('notifications.markRead', { ids: [mine.items[0].id] }, m.token); // not theirs: nothing happens
    expect((await t.call('notifications.list', {}, a.token)).unread).toBe(1);
    await t.call('notifications.markRead', {}, a.token);
    expect(await t.call('notifications.list', {}, a.token)).toMatchObject({ unread: 0, items: [{ read: true }] });
  });
});
