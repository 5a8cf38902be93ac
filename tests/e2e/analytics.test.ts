import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { newPage, signIn } from '../helpers/browser';
import { SELLER_PASSWORD, tokenOf, useCentre } from '../helpers/centre';

const c = useCentre();

beforeAll(async () => {
  for (const [role, username, firstName] of [
    ['seller', 'dilnoza', 'Dilnoza'],
    ['manager', 'malika', 'Malika'],
  ] as const)
    await c.server.rpc('users.create', { role, username, password: SELLER_PASSWORD, firstName }, c.admin);
  const seller = await tokenOf(c.server, 'dilnoza');
  for (const [name, phone, source] of [
    ['Aziz', '901000001', 'telegram'],
    ['Bekzod', '901000002', 'telegram'],
    ['Charos', '901000003', 'instagram'],
  ] as const) {
    const lead = await c.server.rpc<{ id: number }>('leads.create', { name, phone, source }, seller);
    if (name !== 'Charos')
      await c.server.rpc('leads.setStatus', { id: lead.body.id, status: 'contacted', note: 'Gaplashdik' }, seller);
  }
});

/** Has the chart's canvas (or svg) anything drawn on it? */
async function drawn(page: Page, testId: string): Promise<boolean> {
  return page.getByTestId(testId).evaluate((el) => {
    if (el.querySelector('svg *')) return true;
    const canvas = el.querySelector('canvas');
    if (!canvas || canvas.width === 0 || canvas.height === 0) return false;
    const ctx = canvas.getContext('2d');
    if (!ctx) return false;
    const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; i < px.length; i += 4) if (px[i] !== 0) return true;
    return false;
  });
}

describe('Analytics and KPI in the browser', () => {
  it("a manager sees the charts drawn and opens a source's leads from the table", async () => {
    const page = await newPage(c.browser, c.server.url);
    await signIn(page, 'malika', SELLER_PASSWORD);
    await page.goto(`${c.server.url}/#/stats/analytics?range=thisWeek`);
    await page.getByTestId('table-bySource').waitFor();
    for (const chart of ['chart-bySource', 'chart-funnel', 'chart-ranking', 'chart-weekly'])
      await expect.poll(() => drawn(page, chart), { message: chart, timeout: 15_000 }).toBe(true);
    expect(await page.getByTestId('table-ranking').innerText()).toContain('Dilnoza');

    await page.getByTestId('source-telegram').click();
    await expect.poll(() => page.url()).toContain('/leads?source=telegram');
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'Aziz' }).count()).toBe(1);
    expect(await page.getByRole('row').filter({ hasText: 'Charos' }).count()).toBe(0);
    await page.close();
  });

  it('a seller sees only "Mening KPI\'m"', async () => {
    const page = await newPage(c.browser, c.server.url);
    await signIn(page, 'dilnoza', SELLER_PASSWORD);
    await page.getByTestId('main-menu').getByText('Jamoa').hover();
    const popup = page.locator('.ant-menu-submenu-popup:visible');
    await expect.poll(() => popup.getByText("Mening KPI'm", { exact: true }).count()).toBe(1);
    for (const other of ['Analitika', 'Sotuvchi KPI', "Target'lar"])
      expect(await popup.getByText(other, { exact: true }).count(), other).toBe(0);
    await popup.getByText("Mening KPI'm", { exact: true }).click();
    await expect.poll(() => page.getByTestId('kpi-conversion').innerText()).toContain('0 / 3');
    await expect.poll(() => drawn(page, 'chart-dailyContacts'), { timeout: 15_000 }).toBe(true);
    expect(await page.getByTestId('kpi-dailyContacts').innerText()).toContain('Jami 2 ta aloqa');
    await page.close();
  });
});
