import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage } from '../helpers/browser';
import { startServer, type RunningServer } from '../helpers/server';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  await server.setClock('2026-11-26T06:00:00Z'); // Thursday 11:00 in Tashkent
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function login(page: Page, username: string, password: string) {
  await page.getByLabel('Foydalanuvchi nomi').fill(username);
  await page.getByLabel('Parol', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Kirish' }).click();
}

async function topMenu(page: Page): Promise<string[]> {
  const items = page.getByTestId('main-menu').locator(':scope > li:not([aria-hidden="true"])');
  return (await items.allInnerTexts()).map((s) => s.trim()).filter(Boolean);
}

describe('first run, team management and roles in the browser', () => {
  it('sets up the admin, creates a seller, and the seller sees only the seller menu', async () => {
    const page = await newPage(browser, server.url);

    await expect.poll(() => page.getByRole('heading', { name: "Boshlang'ich sozlash" }).count()).toBe(1);
    await page.getByLabel('Ism', { exact: true }).fill('Aziza');
    await page.getByLabel('Familiya').fill('Karimova');
    await page.getByLabel('Foydalanuvchi nomi').fill('admin');
    await page.getByLabel('Parol', { exact: true }).fill('Admin#2026');
    await page.getByLabel('Parolni takrorlang').fill('Admin#2026');
    await page.getByRole('button', { name: 'Admin yaratish' }).click();

    await expect.poll(() => page.getByRole('heading', { name: 'Kirish' }).count()).toBe(1);
    await login(page, 'admin', 'Admin#2026');
    await page.getByTestId('card-totalLeads').waitFor();
    for (const label of ['Jami Lidlar', 'Bugungi Yangi', 'Faol Sotuvchilar', "Muddati O'tgan"]) {
      await expect.poll(() => page.getByText(label, { exact: true }).count()).toBeGreaterThan(0);
    }
    expect(await topMenu(page)).toEqual(['Asosiy sahifa', 'Lidlar', "Follow-up'lar", 'Jamoa', 'Tizim']);

    await page.goto(`${server.url}/#/users/sellers`);
    await page.getByRole('button', { name: 'Yangi Sotuvchi' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Foydalanuvchi nomi', { exact: true }).fill('dilnoza');
    await dialog.getByLabel('Parol', { exact: true }).fill('Sotuv#2026');
    await dialog.getByLabel('Ism', { exact: true }).fill('Dilnoza');
    await dialog.getByLabel('Familiya').fill('Yusupova');
    await dialog.getByRole('button', { name: 'Saqlash' }).click();
    await page.getByRole('cell', { name: 'dilnoza', exact: true }).waitFor();
    expect(await page.getByRole('row', { name: /Dilnoza Yusupova/ }).innerText()).toMatch(/09:00.18:00/);

    const admins = await server.rpc<{ token: string }>('auth.login', { username: 'admin', password: 'Admin#2026' });
    const sellers = await server.rpc<Array<{ username: string; workDays: number[]; isActiveSales: boolean }>>(
      'users.list',
      { role: 'seller' },
      admins.body.token,
    );
    expect(sellers.body).toMatchObject([{ username: 'dilnoza', workDays: [1, 2, 3, 4, 5, 6], isActiveSales: true }]);

    await page.getByTestId('profile-menu').click();
    await page.getByText('Chiqish').click();
    await expect.poll(() => page.getByRole('heading', { name: 'Kirish' }).count()).toBe(1);

    await login(page, 'dilnoza', 'Sotuv#2026');
    await page.getByTestId('card-myLeads').waitFor();
    for (const label of ['Mening Lidlarim', 'Bugungi Aloqalar', "Muddati O'tgan"]) {
      await expect.poll(() => page.getByText(label, { exact: true }).count()).toBeGreaterThan(0);
    }
    expect(await topMenu(page)).toEqual(['Asosiy sahifa', 'Lidlar', "Follow-up'lar", 'Jamoa', 'Tizim']);
    expect(await page.getByText('Foydalanuvchilar').count()).toBe(0);

    // A seller who types an admin page's address gets a clear refusal, not the page.
    await page.goto(`${server.url}/#/users/sellers`);
    await expect.poll(() => page.getByText("Bu amal uchun sizda huquq yo'q.").count()).toBe(1);
    await page.close();
  });

  it('shows the Uzbek error for a wrong password', async () => {
    const page = await newPage(browser, server.url);
    await login(page, 'admin', 'Notright#1');
    await expect
      .poll(() => page.getByTestId('login-error').innerText())
      .toContain("Foydalanuvchi nomi yoki parol noto'g'ri");
    await page.close();
  });

  it('refuses a weak new password with the rule it breaks, and accepts a strong one', async () => {
    const page = await newPage(browser, server.url);
    await login(page, 'dilnoza', 'Sotuv#2026');
    await page.getByTestId('profile-menu').click();
    await page.getByText('Sozlamalar').click();
    const card = page.getByTestId('change-password');
    await card.getByLabel('Eski parol').fill('Sotuv#2026');
    await card.getByLabel('Yangi parol', { exact: true }).fill('sotuv#2027');
    await card.getByLabel('Yangi parolni takrorlang').fill('sotuv#2027');
    await card.getByRole('button', { name: 'Saqlash' }).click();
    await expect.poll(() => card.innerText()).toContain("Parolda kamida bitta katta harf bo'lishi kerak");

    await card.getByLabel('Yangi parol', { exact: true }).fill('Sotuv#2027');
    await card.getByLabel('Yangi parolni takrorlang').fill('Sotuv#2027');
    await card.getByRole('button', { name: 'Saqlash' }).click();
    await expect.poll(() => page.getByText("Parol o'zgartirildi").count()).toBe(1);
    const relogin = await server.rpc('auth.login', { username: 'dilnoza', password: 'Sotuv#2027' });
    expect(relogin.status).toBe(200);
    await page.close();
  });
});
