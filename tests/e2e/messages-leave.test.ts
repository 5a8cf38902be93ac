import { beforeAll, describe, expect, it } from 'vitest';
import { newPage, signIn } from '../helpers/browser';
import { ADMIN_PASSWORD, SELLER_PASSWORD, useCentre } from '../helpers/centre';

const c = useCentre(); // Thursday 26 Nov 2026, 10:00 in Tashkent

beforeAll(async () => {
  for (const [role, username, firstName] of [
    ['seller', 'dilnoza', 'Dilnoza'],
    ['seller', 'jasur', 'Jasur'],
    ['manager', 'malika', 'Malika'],
  ] as const)
    await c.server.rpc('users.create', { role, username, password: SELLER_PASSWORD, firstName }, c.admin);
});

describe('messages and leave in the browser', () => {
  it("a manager's message lights the unread badge in the seller's other window without a reload", async () => {
    const seller = await newPage(c.browser, c.server.url);
    await signIn(seller, 'dilnoza', SELLER_PASSWORD);
    const second = await newPage(c.browser, c.server.url);
    await signIn(second, 'dilnoza', SELLER_PASSWORD);
    await second.goto(`${c.server.url}/#/dashboard`);
    await second.getByTestId('main-menu').waitFor();
    expect(await second.getByTestId('inbox-unread').count()).toBe(0);
    const loads = { n: 0 };
    second.on('load', () => loads.n++);

    const manager = await newPage(c.browser, c.server.url);
    await signIn(manager, 'malika', SELLER_PASSWORD);
    await manager.goto(`${c.server.url}/#/messages/new`);
    await manager.getByLabel('Mavzu').fill('Ertaga yig‘ilish');
    await manager.getByLabel('Xabar matni').fill('Soat 9:00 da hamma ofisda bo‘lsin.');
    await manager.getByText('Shoshilinch', { exact: true }).click();
    await manager.getByText('Barcha sotuvchilar', { exact: true }).click();
    await manager.getByRole('button', { name: 'Yuborish' }).click();
    await expect.poll(() => manager.getByText('Xabar 2 kishiga yuborildi').count()).toBe(1);

    await expect.poll(() => second.getByTestId('inbox-unread').innerText(), { timeout: 10_000 }).toBe('1');
    expect(loads.n).toBe(0);

    // The seller opens it in the first window: "Yangi" until then, the whole text, and both badges go out.
    await seller.goto(`${c.server.url}/#/messages/inbox`);
    const card = seller.getByText('Ertaga yig‘ilish');
    await card.waitFor();
    expect(await seller.getByText('Yangi', { exact: true }).count()).toBe(1);
    await card.click();
    await expect.poll(() => seller.getByTestId('message-body').innerText()).toContain('Soat 9:00 da hamma ofisda');
    await expect.poll(() => second.getByTestId('inbox-unread').count(), { timeout: 10_000 }).toBe(0);

    // The manager sees it read by one of two.
    await manager.goto(`${c.server.url}/#/messages/sent`);
    await expect
      .poll(() => manager.getByRole('row').filter({ hasText: 'Ertaga yig‘ilish' }).innerText())
      .toContain('1 / 2');
    for (const p of [seller, second, manager]) await p.close();
  }, 90_000);

  it('a seller asks for a day off, the admin approves it, the seller sees "tasdiqlandi"', async () => {
    const seller = await newPage(c.browser, c.server.url);
    await signIn(seller, 'jasur', SELLER_PASSWORD);
    await seller.goto(`${c.server.url}/#/leave/request`);
    await seller.getByTestId('leave-date-from').fill('01.12.2026');
    await seller.getByTestId('leave-date-from').press('Enter');
    await seller.getByText('Kasallik', { exact: true }).click();
    await seller.getByLabel("Qo'shimcha sabab").fill('Shifokor qabuli');
    await seller.getByRole('button', { name: 'Yuborish' }).click();
    await expect.poll(() => seller.getByText('kutilmoqda', { exact: true }).count()).toBe(1);
    expect(seller.url()).toContain('/leave/mine');

    const admin = await newPage(c.browser, c.server.url);
    await signIn(admin, 'admin', ADMIN_PASSWORD);
    await expect.poll(() => admin.getByTestId('leave-pending').innerText()).toBe('1');
    await admin.goto(`${c.server.url}/#/leave/pending`);
    const row = admin.getByRole('row').filter({ hasText: 'Jasur' });
    await expect.poll(() => row.innerText()).toContain('01.12.2026');
    expect(await row.innerText()).toContain('Kasallik');
    await admin.locator('[data-testid^="leave-approve-"]').first().click();
    await admin.locator('.ant-popconfirm').getByRole('button', { name: 'Ha' }).click();
    await expect.poll(() => admin.getByTestId('leave-pending').count()).toBe(0);

    // The seller's open page follows: "tasdiqlandi", and the bell tells of it.
    await expect.poll(() => seller.getByText('tasdiqlandi', { exact: true }).count(), { timeout: 10_000 }).toBe(1);
    await seller.getByTestId('notifications').click();
    await expect.poll(() => seller.getByText("Ruxsat so'rovingiz tasdiqlandi: 01.12.2026").count()).toBe(1);
    for (const p of [seller, admin]) await p.close();
  }, 90_000);
});
