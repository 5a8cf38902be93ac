import { beforeAll, describe, expect, it } from 'vitest';
import { choose, newPage, signIn } from '../helpers/browser';
import { ADMIN_PASSWORD, SELLER_PASSWORD, tokenOf, useCentre } from '../helpers/centre';

const c = useCentre();

beforeAll(async () => {
  for (const [username, firstName, isActiveSales] of [
    ['dilnoza', 'Dilnoza', true],
    ['jasur', 'Jasur', false],
  ] as const) {
    await c.server.rpc(
      'users.create',
      { role: 'seller', username, password: SELLER_PASSWORD, firstName, isActiveSales },
      c.admin,
    );
  }
  const seller = await tokenOf(c.server, 'dilnoza');
  for (const [name, phone] of [
    ['Aziz', '901000001'],
    ['Bekzod', '901000002'],
    ['Charos', '901000003'],
  ]) {
    await c.server.rpc('leads.create', { name, phone, source: 'telegram' }, seller);
  }
  await c.server.setClock('2026-11-26T08:00:00Z'); // 13:00: the 10:05 calls are overdue
});

describe('overdue work for the admin in the browser', () => {
  it('reschedules, transfers and deletes overdue follow-ups; assigns leads in bulk', async () => {
    const page = await newPage(c.browser, c.server.url);
    await signIn(page, 'admin', ADMIN_PASSWORD);
    await page.goto(`${c.server.url}/#/followups/overdue`);
    const row = (name: string) => page.getByRole('row').filter({ hasText: name });
    await row('Aziz').waitFor();
    expect(await row('Aziz').innerText()).toMatch(/2 soat 55 daq/);

    // A filter that hides every row says so, instead of "nothing overdue".
    await choose(page, page.locator('.ant-card-body .ant-select').nth(1), '> 24 soat');
    await expect.poll(() => page.getByText("Filtr 3 ta follow-up'ni yashirmoqda", { exact: false }).count()).toBe(1);
    expect(await page.getByText("zo'r", { exact: false }).count()).toBe(0);
    await page.getByRole('button', { name: 'Filtrni tozalash' }).click();
    await row('Aziz').waitFor();

    await row('Aziz').getByRole('checkbox').check();
    await page.getByTestId('bulk-bar').getByRole('button', { name: 'Qayta rejalashtirish' }).click();
    await expect.poll(() => row('Aziz').count()).toBe(0);
    await expect.poll(() => page.getByText("1 ta follow-up 2 soatga ko'chirildi").count()).toBeGreaterThan(0);

    await row('Bekzod').getByRole('checkbox').check();
    await choose(page, page.getByTestId('bulk-bar').locator('.ant-select'), 'Jasur');
    await page.getByTestId('bulk-bar').getByRole('button', { name: "O'tkazish" }).click();
    // A transfer moves the lead with its calls: it asks first.
    await expect
      .poll(() => page.getByText("1 ta lid follow-up'lari bilan yangi sotuvchiga o'tkaziladi: Jasur").count())
      .toBe(1);
    await page.getByRole('button', { name: 'Ha', exact: true }).click();
    await expect.poll(async () => (await row('Bekzod').innerText()).includes('Jasur')).toBe(true);
    await expect.poll(() => page.getByText("1 ta lid yangi sotuvchiga o'tkazildi: Jasur").count()).toBeGreaterThan(0);

    await row('Charos').getByRole('checkbox').check();
    await page.getByTestId('bulk-bar').getByRole('button', { name: "O'chirish" }).click();
    await page.getByRole('button', { name: 'Ha', exact: true }).click();
    await expect.poll(() => row('Charos').count()).toBe(0);
    await expect.poll(() => page.getByText("1 ta follow-up o'chirildi").count()).toBeGreaterThan(0);

    // The lead moved with its call; then all leads go back to Dilnoza in one go.
    await page.goto(`${c.server.url}/#/leads`);
    await expect.poll(async () => (await row('Bekzod').innerText()).includes('Jasur')).toBe(true);
    await page.getByRole('row').filter({ hasText: 'Telefon' }).getByRole('checkbox').check();
    await page.getByRole('button', { name: /Tanlanganlarni biriktirish \(3\)/ }).click();
    await choose(page, page.getByRole('dialog').locator('.ant-select'), 'Dilnoza');
    await page.getByRole('dialog').getByRole('button', { name: 'Saqlash' }).click();
    await expect.poll(() => page.getByText('Biriktirildi: 3').count()).toBeGreaterThan(0);
    await expect.poll(async () => (await row('Bekzod').innerText()).includes('Dilnoza')).toBe(true);
    await page.close();
  });
});
