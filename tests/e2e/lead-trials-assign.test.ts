import { describe, expect, it } from 'vitest';
import { choose } from '../helpers/browser';
import { ADMIN_PASSWORD } from '../helpers/centre';
import { countCalls, useLeadPageCentre } from '../helpers/lead-page';

// The lead page's trials from the status list, and an assignment seen at once; a link to no lead.
const { c, ids, open, openLead } = useLeadPageCentre(); // Thursday 26 Nov 2026, 10:00 in Tashkent

describe('the lead page', () => {
  it('a trial stage in the status list opens the trial forms instead of setting the status', async () => {
    const page = await open('dilnoza');
    await openLead(page, ids.sardor);
    const card = page.getByTestId('status-card');
    await choose(page, card.locator('.ant-select'), 'Sinovga keldi');
    await expect
      .poll(() => card.getByTestId('status-notice').innerText())
      .toContain("Natijasi kiritilmagan sinov yo'q");

    await choose(page, card.locator('.ant-select'), 'Sinovga yozildi');
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.innerText()).toContain('Sinovga Yozish: Sardor Toshmatov');
    await choose(page, dialog.getByTestId('trial-group'), 'IELTS-01');
    // 01.12 is a Tuesday: the group meets Mon/Wed/Fri — said, not silently dropped.
    await dialog.getByLabel('Sinov sanasi').fill('01.12.2026');
    await dialog.getByLabel('Sinov sanasi').press('Enter');
    await expect.poll(() => dialog.innerText()).toContain("bu kuni guruhda dars yo'q");
    await dialog.getByLabel('Sinov sanasi').fill('30.11.2026');
    await dialog.getByLabel('Sinov sanasi').press('Enter');
    const counter = countCalls(page);
    await dialog.getByRole('button', { name: 'Saqlash' }).click();
    await expect.poll(() => page.getByTestId('lead-status').innerText()).toBe('Sinovga yozildi');
    await expect.poll(() => page.getByTestId('lead-followups').innerText()).toContain('Sinov eslatmasi');
    await page.waitForTimeout(800);
    expect(counter.of('leads.get')).toBe(1);
    expect(counter.of('leads.history')).toBe(1);
    expect(counter.of('offers.forLead')).toBe(1);

    // Before the trial's day the result waits, and says until when.
    const trials = page.getByTestId('trials-card');
    await expect.poll(() => trials.getByRole('button', { name: 'Natija' }).isDisabled()).toBe(true);
    await expect.poll(() => trials.getByRole('button', { name: 'Sinovga Yozish' }).isDisabled()).toBe(true);
    await choose(page, card.locator('.ant-select'), 'Sinovga kelmadi');
    await expect.poll(() => card.getByTestId('status-notice').innerText()).toContain('30.11.2026');
    await page.context().close();
  });

  it('"Biriktirish" shows the new seller and the reassignment call without a reload', async () => {
    const page = await open('admin', ADMIN_PASSWORD);
    await openLead(page, ids.aziz);
    const counter = countCalls(page);
    await page.getByRole('button', { name: 'Biriktirish' }).click();
    // Typed into the seller search, so the list closes before "Saqlash" (it opens over the button).
    const seller = page.getByRole('dialog').getByTestId('assign-seller');
    await seller.click();
    await page.keyboard.type('Jasur');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Jasur Aliyev' }).waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
    await expect.poll(() => seller.innerText()).toContain('Jasur Aliyev');
    await page.getByRole('dialog').getByRole('button', { name: 'Saqlash' }).click();
    const followups = page.getByTestId('lead-followups');
    await expect.poll(() => followups.innerText()).toContain('Qayta biriktirish');
    expect(await followups.innerText()).toContain('Jasur Aliyev');
    await expect.poll(() => page.getByTestId('lead-facts').innerText()).toContain('Jasur Aliyev');
    await expect
      .poll(() => page.getByTestId('lead-history').innerText())
      .toContain('Qayta biriktirildi: Dilnoza Rahimova → Jasur Aliyev');
    await page.waitForTimeout(800);
    expect(counter.of('leads.get')).toBe(1);
    expect(counter.of('leads.history')).toBe(1);
    expect(counter.of('followups.list')).toBe(1);

    // A link that names no lead is a plain "not found" with the way back.
    await page.goto(`${c.server.url}/#/leads/abc`);
    await expect.poll(() => page.getByTestId('lead-not-found').innerText()).toContain('Lid topilmadi');
    await page.goto(`${c.server.url}/#/leads/99999`);
    await expect.poll(() => page.getByTestId('lead-not-found').innerText()).toContain("Lidlar ro'yxati");
    await page.context().close();
  });
});
