import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { newPage, signIn } from '../helpers/browser';
import { SELLER_PASSWORD, tokenOf, useCentre } from '../helpers/centre';

const c = useCentre(); // Thursday 10:00 in Tashkent

beforeAll(async () => {
  await c.server.rpc(
    'users.create',
    { role: 'seller', username: 'dilnoza', password: SELLER_PASSWORD, firstName: 'Dilnoza', lastName: 'Yusupova' },
    c.admin,
  );
  const seller = await tokenOf(c.server, 'dilnoza');
  const ids: Record<string, number> = {};
  for (const [name, phone] of [
    ['Aziz Karimov', '901000001'],
    ['Azamat Qodirov', '901000002'],
    ['Bekzod Tursunov', '901000003'],
  ]) {
    const res = await c.server.rpc<{ id: number }>('leads.create', { name, phone, source: 'telegram' }, seller);
    ids[name] = res.body.id;
  }
  // Bekzod's only call is done and nothing else is planned: an open lead with no next call.
  const calls = await c.server.rpc<{ items: Array<{ id: number }> }>(
    'followups.list',
    { scope: 'lead', leadId: ids['Bekzod Tursunov'] },
    c.admin,
  );
  await c.server.rpc('followups.complete', { id: calls.body.items[0].id }, c.admin);
});

// expect.poll gives up after a second: a busy machine needs longer after a reload or a search.
const slow = { timeout: 10_000 };
const rowNames = async (page: Page) =>
  (await page.locator('.ant-table-tbody tr.ant-table-row td:nth-child(1)').allInnerTexts()).map((s) => s.trim());

describe("a seller's morning in the browser", () => {
  it('sees the no-next-call count, searches the list as she types, opens a lead from the header', async () => {
    const page = await newPage(c.browser, c.server.url, { width: 1280 });
    await signIn(page, 'dilnoza', SELLER_PASSWORD);

    // The dashboard card counts her open leads with nothing planned, and opens them.
    const card = page.getByTestId('card-noNextCall');
    await expect.poll(() => card.innerText(), slow).toContain("Keyingi qo'ng'iroqsiz");
    await expect.poll(() => card.innerText()).toMatch(/\b1\b/);
    await card.click();
    await expect.poll(() => page.url()).toContain('noNextCall=1');
    await expect.poll(() => rowNames(page), slow).toEqual(['Bekzod Tursunov']);
    expect(await page.getByRole('checkbox', { name: "Keyingi qo'ng'iroqsiz" }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Filtrlarni tozalash' }).click();
    await expect.poll(async () => (await rowNames(page)).length, slow).toBe(3);

    // The list searches as she types, no Enter, and the address keeps the search.
    await page.getByTestId('lead-search').pressSequentially('aza', { delay: 60 });
    await expect.poll(() => rowNames(page), slow).toEqual(['Azamat Qodirov']);
    await expect.poll(() => page.url()).toContain('q=aza');
    await page.reload();
    await expect.poll(() => rowNames(page), slow).toEqual(['Azamat Qodirov']);
    expect(await page.getByTestId('lead-search').inputValue()).toBe('aza');

    // The header finds a lead from any page; a click opens it…
    await page.goto(`${c.server.url}/#/dashboard`);
    const search = page.getByRole('combobox', { name: 'Lid qidirish: ism yoki telefon' });
    await search.pressSequentially('aziz', { delay: 40 });
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Aziz Karimov' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Aziz Karimov' }).count(), slow).toBe(1);

    // …and so does Enter on the first match (a phone's last digits here).
    await search.pressSequentially('0003', { delay: 40 });
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Bekzod' }).waitFor();
    await search.press('Enter');
    await expect.poll(() => page.getByRole('heading', { name: 'Bekzod Tursunov' }).count(), slow).toBe(1);
    await page.close();
  });

  it('follows a Russian browser on the login page, and remembers a language chosen there', async () => {
    const page = await newPage(c.browser, c.server.url, { locale: 'ru-RU' });
    await expect.poll(() => page.getByRole('heading', { name: 'Вход' }).count(), slow).toBe(1);
    expect(await page.getByLabel('Логин').count()).toBe(1);

    await page.getByTestId('lang-buttons').getByText("O'zbekcha").click();
    await expect.poll(() => page.getByRole('heading', { name: 'Kirish' }).count(), slow).toBe(1);
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: 'Kirish' }).count(), slow).toBe(1);
    await page.close();
  });
});
