import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { choose, newPage, signIn } from '../helpers/browser';
import { ADMIN_PASSWORD, SELLER_PASSWORD, useCentre } from '../helpers/centre';

const c = useCentre();
const leadIds: number[] = [];
let sellerId = 0;

beforeAll(async () => {
  // No seller yet: the leads wait unassigned until the bulk assignment below.
  for (let i = 0; i < 1000; i++) {
    const res = await c.server.rpc<{ id: number }>(
      'leads.create',
      { name: `Lid ${i}`, phone: `+9989${10_000_000 + i}`, source: 'instagram' },
      c.admin,
    );
    leadIds.push(res.body.id);
  }
  const seller = await c.server.rpc<{ id: number }>(
    'users.create',
    { role: 'seller', username: 'dilnoza', password: SELLER_PASSWORD, firstName: 'Dilnoza' },
    c.admin,
  );
  sellerId = seller.body.id;
}, 120_000);

/** Counts the page's calls of each RPC method from now on. */
function countCalls(page: Page) {
  const calls: string[] = [];
  page.on('request', (r) => {
    const m = /\/api\/rpc\/([\w.]+)/.exec(r.url());
    if (m) calls.push(m[1]);
  });
  return { calls, of: (method: string) => calls.filter((c) => c === method).length };
}

describe('open windows refresh only what a change touches', () => {
  it('a bulk assignment of 1 000 leads elsewhere reloads an open leads list at most twice', async () => {
    const page = await newPage(c.browser, c.server.url);
    await signIn(page, 'admin', ADMIN_PASSWORD);
    await page.goto(`${c.server.url}/#/leads`);
    await page.getByRole('row').filter({ hasText: 'Lid 999' }).waitFor();
    await page.waitForTimeout(500);
    const counter = countCalls(page);

    const res = await c.server.rpc('leads.assign', { leadIds, sellerId }, c.admin);
    expect(res.status).toBe(200);
    await expect
      .poll(async () => (await page.getByRole('row').filter({ hasText: 'Lid 999' }).innerText()).includes('Dilnoza'))
      .toBe(true);
    await page.waitForTimeout(1000);
    expect(counter.of('leads.list')).toBeGreaterThanOrEqual(1);
    expect(counter.of('leads.list')).toBeLessThanOrEqual(2);
    await page.close();
  }, 60_000);

  it('a status change on the lead page uses what the call returned; another lead page does not reload', async () => {
    const page = await newPage(c.browser, c.server.url);
    await signIn(page, 'admin', ADMIN_PASSWORD);
    const other = await newPage(c.browser, c.server.url);
    await signIn(other, 'admin', ADMIN_PASSWORD);
    await other.goto(`${c.server.url}/#/leads/${leadIds[1]}`);
    await other.getByTestId('lead-facts').waitFor();
    await page.goto(`${c.server.url}/#/leads/${leadIds[0]}`);
    const card = page.getByTestId('status-card');
    await card.waitFor();
    await page.waitForTimeout(500);
    const counter = countCalls(page);
    const otherCounter = countCalls(other);

    await choose(page, card.locator('.ant-select'), 'Aloqa qilindi');
    await card.getByRole('button', { name: 'Statusni yangilash' }).click();
    await expect.poll(() => page.getByTestId('lead-status').innerText()).toBe('Aloqa qilindi');
    await expect.poll(() => page.getByTestId('lead-history').innerText()).toContain('Status: Yangi → Aloqa qilindi');
    await page.waitForTimeout(1000);

    expect(counter.of('leads.setStatus')).toBe(1);
    expect(counter.of('leads.get')).toBe(0);
    expect(counter.calls.length).toBeLessThanOrEqual(5);
    expect(otherCounter.calls).toEqual([]);
    await page.close();
    await other.close();
  }, 60_000);
});
