import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, signIn } from '../helpers/browser';
import { startServer, type RunningServer } from '../helpers/server';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  await server.setClock('2026-11-26T06:00:00Z');
  await server.rpc('auth.setup', {
    username: 'admin',
    password: 'Admin#2026',
    firstName: 'Aziza',
    lastName: 'Karimova',
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('Tizim → Zaxira nusxalar', () => {
  it('the admin backs up, adds a lead, restores: the lead is gone after signing in again', async () => {
    const page = await newPage(browser, server.url);
    await signIn(page, 'admin', 'Admin#2026');
    await page.goto(`${server.url}/#/system/backups`);
    await page.getByRole('heading', { name: 'Zaxira nusxalar' }).waitFor();
    await page.getByTestId('backup-now').click();
    const manualRow = page.getByRole('row', { name: /Qo'lda/ });
    await manualRow.waitFor();

    // "Yuklab olish" saves the file itself.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      manualRow.getByRole('button', { name: 'Yuklab olish' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^crm-.*-manual\.sqlite$/);

    const { body } = await server.rpc<{ token: string }>('auth.login', { username: 'admin', password: 'Admin#2026' });
    const lead = await server.rpc('leads.create', { name: 'Zaxiradan keyin', phone: '+998901234567' }, body.token);
    expect(lead.status).toBe(200);

    await manualRow.getByTestId('restore').click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.innerText()).toMatch(/Tiklashdan oldin/);
    await dialog.getByTestId('restore-confirm').click();

    await page.getByTestId('restored-notice').waitFor();
    expect(await page.getByTestId('restored-notice').innerText()).toMatch(/zaxira nusxadan tiklandi/);
    // The other session ended too.
    expect((await server.rpc('auth.me', {}, body.token)).status).toBe(401);

    await signIn(page, 'admin', 'Admin#2026');
    await page.goto(`${server.url}/#/leads`);
    await page.getByRole('heading', { name: 'Lidlar' }).first().waitFor();
    await expect.poll(() => page.getByText('Zaxiradan keyin').count()).toBe(0);
    await page.goto(`${server.url}/#/system/backups`);
    await page.getByRole('row', { name: /Tiklashdan oldin/ }).waitFor();
  });
});
