import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, launchBrowser, newPage, signIn } from '../helpers/browser';
import { startServer, type RunningServer } from '../helpers/server';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  await server.setClock('2026-11-26T05:00:00Z'); // Thursday 10:00 in Tashkent
  await server.rpc('auth.setup', { username: 'admin', password: 'Admin#2026', firstName: 'Aziza' });
  const admin = (await server.rpc<{ token: string }>('auth.login', { username: 'admin', password: 'Admin#2026' })).body.token;
  await server.rpc('users.create', { role: 'seller', username: 'dilnoza', password: 'Sotuv#2026', firstName: 'Dilnoza' }, admin);
  await server.rpc('users.create', { role: 'seller', username: 'jasur', password: 'Sotuv#2026', firstName: 'Jasur', isActiveSales: false }, admin);
  const seller = (await server.rpc<{ token: string }>('auth.login', { username: 'dilnoza', password: 'Sotuv#2026' })).body.token;
  for (const [name, phone] of [['Aziz', '901000001'], ['Bekzod', '901000002'], ['Charos', '901000003']]) {
    await server.rpc('leads.create', { name, phone, source: 'telegram' }, seller);
  }
  await server.setClock('2026-11-26T08:00:00Z'); // 13:00: the 10:05 calls are overdue
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('overdue work for the admin in the browser', () => {
  it('reschedules, transfers and deletes overdue follow-ups; assigns leads in bulk', async () => {
    const page = await newPage(browser, server.url);
    await signIn(page, 'admin', 'Admin#2026');
    await page.goto(`${server.url}/#/followups/overdue`);
    const row = (name: string) => page.getByRole('row').filter({ hasText: name });
    await row('Aziz').waitFor();
    expect(await row('Aziz').innerText()).toMatch(/2 soat 55 daq/);

    await row('Aziz').getByRole('checkbox').check();
    await page.getByTestId('bulk-bar').getByRole('button', { name: 'Qayta rejalashtirish' }).click();
    await expect.poll(() => row('Aziz').count()).toBe(0);

    await row('Bekzod').getByRole('checkbox').check();
    await choose(page, page.getByTestId('bulk-bar').locator('.ant-select'), 'Jasur');
    await page.getByTestId('bulk-bar').getByRole('button', { name: "O'tkazish" }).click();
    await expect.poll(async () => (await row('Bekzod').innerText()).includes('Jasur')).toBe(true);

    await row('Charos').getByRole('checkbox').check();
    await page.getByTestId('bulk-bar').getByRole('button', { name: "O'chirish" }).click();
    await page.getByRole('button', { name: 'Ha' }).click();
    await expect.poll(() => row('Charos').count()).toBe(0);

    // The lead moved with its call; then all leads go back to Dilnoza in one go.
    await page.goto(`${server.url}/#/leads`);
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
