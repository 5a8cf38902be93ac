import { afterEach, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../helpers/core';
import { tashkent } from '../helpers/time';

let t: TestCore;
afterEach(() => t?.close());

describe('creating leads', () => {
  it('normalises phones and refuses a number any lead uses, with a link only for who may see it', async () => {
    t = await createTestCore('2026-11-26T05:00:00Z');
    const a = await t.addUser('seller', 'seller_a');
    const b = await t.addUser('seller', 'seller_b');
    const lead = await t.call(
      'leads.create',
      { name: 'Aziz', phone: '(90) 123-45-67', extraPhone: '8 93 765 43 21', source: 'telegram' },
      a.token,
    );
    expect(lead).toMatchObject({ phone: '+998901234567', extraPhone: '+998937654321', source: 'telegram' });

    const own = await t.fail('leads.create', { name: 'Aziz 2', phone: '+998 90 123 45 67' }, a.token);
    expect(own).toMatchObject({
      code: 'CONFLICT',
      message: 'Bu telefon raqami boshqa lidda bor: Aziz',
      details: { leadId: lead.id },
    });
    const viaExtra = await t.fail('leads.create', { name: 'X', phone: '937654321' }, t.adminToken);
    expect(viaExtra.details.leadId).toBe(lead.id);
    const hidden = await t.fail('leads.create', { name: 'X', phone: '901234567' }, b.token);
    expect(hidden).toMatchObject({ code: 'CONFLICT', details: { key: 'error.phoneTakenHidden' } });
    expect(hidden.details).not.toHaveProperty('leadId');
    expect(JSON.stringify(hidden)).not.toContain('Aziz');

    const bad = await t.fail('leads.create', { name: 'Y', phone: '12345' }, a.token);
    expect(bad).toMatchObject({
      code: 'VALIDATION',
      details: { fields: [{ path: 'phone', key: 'error.phoneInvalid' }] },
    });
    expect(bad.message).toContain("Telefon raqami noto'g'ri: 12345");
    const total = await t.call('leads.list', {}, t.adminToken);
    expect(total.total).toBe(1);
  });

  it("a seller's lead is theirs; another seller gets NOT_FOUND for it", async () => {
    t = await createTestCore('2026-11-26T05:00:00Z');
    const a = await t.addUser('seller', 'seller_a');
    const b = await t.addUser('seller', 'seller_b');
    const lead = await t.call('leads.create', { name: 'Aziz', phone: '901234567', sellerId: b.id }, a.token);
    expect(lead.sellerId).toBe(a.id);
    for (const [method, input] of [
      ['leads.get', { id: lead.id }],
      ['leads.history', { id: lead.id }],
      ['leads.update', { id: lead.id, name: 'X' }],
      ['leads.setStatus', { id: lead.id, status: 'contacted', note: 'x' }],
      ['followups.list', { scope: 'lead', leadId: lead.id }],
    ] as const) {
      expect(await t.fail(method, input, b.token), method).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect((await t.fail('leads.get', { id: 99999 }, b.token)).code).toBe('NOT_FOUND');
    expect((await t.call('leads.list', {}, b.token)).total).toBe(0);
    expect(await t.fail('leads.assign', { leadIds: [lead.id], sellerId: b.id }, b.token)).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('auto-distribution: fewest today, then least recently assigned; nobody eligible → unassigned queue', async () => {
    t = await createTestCore('2026-11-26T05:00:00Z');
    const a = await t.addUser('seller', 'seller_a');
    const b = await t.addUser('seller', 'seller_b');
    const off = await t.addUser('seller', 'seller_off', { isActiveSales: false });
    const absent = await t.addUser('seller', 'seller_absent');
    await t.call(
      'absences.create',
      { userId: absent.id, startDate: '2026-11-26', endDate: '2026-11-26', reason: 'Kasallik' },
      t.adminToken,
    );
    const got: number[] = [];
    for (let i = 0; i < 4; i++) {
      t.clock.advance(60_000);
      got.push((await t.call('leads.create', { name: `Lead ${i}`, phone: `90000000${i}` }, t.adminToken)).sellerId!);
    }
    expect(got).toEqual([a.id, b.id, a.id, b.id]);
    expect(got).not.toContain(off.id);
    expect(got).not.toContain(absent.id);

    // A seller with 5 overdue follow-ups is skipped (setting, default 5).
    for (let i = 0; i < 5; i++) await t.call('leads.create', { name: `Own ${i}`, phone: `91000000${i}` }, a.token);
    t.clock.advance(3600_000);
    const next = await t.call('leads.create', { name: 'Next', phone: '930000001' }, t.adminToken);
    expect(next.sellerId).toBe(b.id);
    await t.call('settings.update', { maxOverdueForAssignment: 100 }, t.adminToken);

    await t.call('users.update', { id: a.id, isActiveSales: false }, t.adminToken);
    await t.call('users.update', { id: b.id, active: false }, t.adminToken);
    const orphan = await t.call('leads.create', { name: 'Orphan', phone: '930000002' }, t.adminToken);
    expect(orphan).toMatchObject({ sellerId: null, sellerName: null });
    expect(await t.call('leads.list', { sellerId: 'unassigned' }, t.adminToken)).toMatchObject({
      total: 1,
      items: [{ id: orphan.id }],
    });
    expect(await t.call('dashboard.get', {}, t.adminToken)).toMatchObject({ unassigned: 1, activeSellers: 0 });
    expect((await t.call('followups.list', { scope: 'lead', leadId: orphan.id }, t.adminToken)).total).toBe(0);
  });

  it('admin picks a seller by hand; an inactive user or a manager is refused', async () => {
    t = await createTestCore('2026-11-26T05:00:00Z');
    const a = await t.addUser('seller', 'seller_a');
    const m = await t.addUser('manager', 'manager1');
    expect((await t.call('leads.create', { name: 'X', phone: '901234567', sellerId: a.id }, m.token)).sellerId).toBe(
      a.id,
    );
    expect(await t.fail('leads.create', { name: 'Y', phone: '901234568', sellerId: m.id }, t.adminToken)).toMatchObject(
      { code: 'VALIDATION', details: { fields: [{ path: 'sellerId', key: 'error.notASeller' }] } },
    );
  });
});

describe('editing', () => {
  it('records each changed field and refuses a stale edit without losing the newer one', async () => {
    t = await createTestCore('2026-11-26T05:00:00Z');
    const a = await t.addUser('seller', 'seller_a');
    const lead = await t.call('leads.create', { name: 'Aziz', phone: '901234567', notes: 'IELTS' }, a.token);
    const v = lead.version;
    const edited = await t.call(
      'leads.update',
      { id: lead.id, version: v, name: 'Aziz Karimov', extraPhone: '93 111 22 33' },
      a.token,
    );
    expect(edited).toMatchObject({ name: 'Aziz Karimov', extraPhone: '+998931112233', notes: 'IELTS' });
    expect(await t.fail('leads.update', { id: lead.id, version: v, notes: 'old tab' }, t.adminToken)).toMatchObject({
      code: 'CONFLICT',
      details: { key: 'error.staleLead' },
    });
    expect((await t.call('leads.get', { id: lead.id }, a.token)).notes).toBe('IELTS');
    const history = await t.call('leads.history', { id: lead.id }, a.token);
    expect(history.at(-1)).toMatchObject({
      type: 'edit',
      data: {
        changes: { name: { from: 'Aziz', to: 'Aziz Karimov' }, extra_phone: { from: null, to: '+998931112233' } },
      },
    });
    // The old extra number is free again once removed; the new one is taken.
    await t.call('leads.update', { id: lead.id, extraPhone: null }, a.token);
    expect((await t.call('leads.create', { name: 'Other', phone: '931112233' }, a.token)).phone).toBe('+998931112233');
  });
});

describe('the leads list', () => {
  async function seed() {
    t = await createTestCore('2026-11-26T05:00:00Z');
    const a = await t.addUser('seller', 'seller_a');
    const b = await t.addUser('seller', 'seller_b');
    const mk = async (name: string, phone: string, token: string, extra: Record<string, unknown> = {}) => {
      t.clock.advance(60_000);
      return t.call('leads.create', { name, phone, ...extra }, token);
    };
    const l1 = await mk('Дилноза Юсупова', '901112233', a.token, { source: 'instagram' });
    const l2 = await mk("Qodirov G'ayrat", '+998 93 444 55 66', b.token, { source: 'telegram' });
    const l3 = await mk('Dilshod Rahimov', '97 777 88 99', a.token, { source: 'telegram' });
    t.clock.set(tashkent('2026-11-27T10:00'));
    const l4 = await mk('Malika', '95 000 11 22', b.token, { source: 'youtube' });
    return { a, b, l1, l2, l3, l4 };
  }

  it('searches names in Latin or Cyrillic, any case, by word start', async () => {
    const { l1, l2, l3 } = await seed();
    const names = async (q: string) => (await t.call('leads.list', { q }, t.adminToken)).items.map((l) => l.id).sort();
    expect(await names('dilnoza')).toEqual([l1.id]);
    expect(await names('ДИЛ')).toEqual([l1.id, l3.id].sort());
    expect(await names('kodirov')).toEqual([l2.id]);
    expect(await names('Қодиров ғайрат')).toEqual([l2.id]);
    expect(await names('yusupova dil')).toEqual([l1.id]);
    expect(await names('nobody')).toEqual([]);
    // Totals and paging are right for one word, several words, and past the last page.
    expect(await t.call('leads.list', { q: 'dil', pageSize: 1 }, t.adminToken)).toMatchObject({
      total: 2,
      items: [{ id: l3.id }],
    });
    expect(await t.call('leads.list', { q: 'dil', pageSize: 1, page: 2 }, t.adminToken)).toMatchObject({
      total: 2,
      items: [{ id: l1.id }],
    });
    expect(await t.call('leads.list', { q: 'dil', page: 9 }, t.adminToken)).toMatchObject({ total: 2, items: [] });
    expect(await t.call('leads.list', { q: 'dil yus' }, t.adminToken)).toMatchObject({
      total: 1,
      items: [{ id: l1.id }],
    });
    expect(await t.call('leads.list', { q: 'dil yus', page: 3 }, t.adminToken)).toMatchObject({ total: 1, items: [] });
  });

  it('finds a phone in any format or by its last digits', async () => {
    const { l2, l3 } = await seed();
    const ids = async (q: string) => (await t.call('leads.list', { q }, t.adminToken)).items.map((l) => l.id);
    expect(await ids('+998934445566')).toEqual([l2.id]);
    expect(await ids('93 444-55-66')).toEqual([l2.id]);
    expect(await ids('(93) 4445566')).toEqual([l2.id]);
    expect(await ids('5566')).toEqual([l2.id]);
    expect(await ids('8899')).toEqual([l3.id]);
  });

  it('filters by source, status, seller, dates; sellers see only their own; pages and sorts', async () => {
    const { a, b, l1, l3, l4 } = await seed();
    const ids = async (input: Parameters<TestCore['call']>[1], token = t.adminToken) =>
      (await t.call('leads.list', input as never, token)).items.map((l) => l.id);
    expect(await ids({ source: 'telegram', sellerId: a.id })).toEqual([l3.id]);
    expect(await ids({ createdFrom: '2026-11-27', createdTo: '2026-11-27' })).toEqual([l4.id]);
    expect(await ids({ createdTo: '2026-11-26', sort: 'createdAt', order: 'asc' })).toHaveLength(3);
    expect(await ids({}, a.token)).toEqual([l3.id, l1.id]);
    expect(await ids({ sellerId: b.id }, a.token)).toEqual([l3.id, l1.id]); // a seller cannot widen the view
    await t.call('leads.setStatus', { id: l1.id, status: 'contacted', note: 'x' }, a.token);
    expect(await ids({ status: 'contacted' })).toEqual([l1.id]);
    const page2 = await t.call('leads.list', { page: 2, pageSize: 3 }, t.adminToken);
    expect(page2).toMatchObject({ total: 4, page: 2, items: [{ id: l1.id }] });
    const byName = await t.call('leads.list', { sort: 'name', order: 'asc' }, t.adminToken);
    expect(byName.items.map((l) => l.name)).toEqual([
      'Dilshod Rahimov',
      'Malika',
      "Qodirov G'ayrat",
      'Дилноза Юсупова',
    ]);
  });
});
