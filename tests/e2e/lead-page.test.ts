import { describe, expect, it } from 'vitest';
import { choose } from '../helpers/browser';
import { SELLER_PASSWORD } from '../helpers/centre';
import { countCalls, typeDateTime, useLeadPageCentre } from '../helpers/lead-page';

// The lead page's times: picked in the centre's zone, and "Bajarildi" with its outcome and next call.
const { ids, open, openLead, followupsOf } = useLeadPageCentre(); // Thursday 26 Nov 2026, 10:00 in Tashkent

describe('the lead page', () => {
  it('a PC in UTC picks 01.12.2026 10:00 and the call is at 10:00 in Tashkent (05:00Z)', async () => {
    const page = await open('dilnoza', SELLER_PASSWORD, 'UTC');
    await openLead(page, ids.aziz);
    await page.getByRole('button', { name: 'Qayta aloqa rejalashtirish' }).click();
    await typeDateTime(page, 'Qachon', '01.12.2026 10:00');
    await page.getByRole('dialog').getByRole('button', { name: 'Saqlash' }).click();
    await expect.poll(() => page.getByTestId('lead-followups').innerText()).toContain('01.12.2026, 10:00');
    const manual = (await followupsOf(ids.aziz)).find((f) => f.kind === 'manual');
    expect(new Date(manual!.dueAt).toISOString()).toBe('2026-12-01T05:00:00.000Z');
    await page.context().close();
  });

  it('"Bajarildi" logs the outcome and the next call in one dialog; the page fetches each thing once', async () => {
    const page = await open('dilnoza');
    await openLead(page, ids.malika);
    const counter = countCalls(page);
    await page.getByTestId('lead-followups').getByRole('button', { name: 'Bajarildi' }).first().click();
    const dialog = page.getByRole('dialog');
    // Suggested: the next working day (Friday) at the same time.
    await expect.poll(() => dialog.getByLabel("Keyingi qo'ng'iroq").inputValue()).toBe('27.11.2026 10:00');
    await choose(page, dialog.getByTestId('complete-status'), 'Qiziqmoqda');
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
    await dialog.getByRole('button', { name: 'Saqlash' }).click();
    await expect.poll(() => dialog.innerText()).toContain("Eslatma yozing (status nima uchun o'zgarganini)");
    await dialog.getByLabel('Eslatma').fill('IELTS kerak, kechki guruh');
    await typeDateTime(page, "Keyingi qo'ng'iroq", '28.11.2026 11:00');
    await dialog.getByRole('button', { name: 'Saqlash' }).click();

    await expect.poll(() => page.getByTestId('lead-status').innerText()).toBe('Qiziqmoqda');
    await expect.poll(() => page.getByTestId('lead-followups').innerText()).toContain('28.11.2026, 11:00');
    await expect.poll(() => page.getByTestId('lead-history').innerText()).toContain('Status: Yangi → Qiziqmoqda');
    await page.waitForTimeout(800);
    expect(counter.of('followups.complete')).toBe(1);
    expect(counter.of('leads.get')).toBe(1);
    expect(counter.of('leads.history')).toBe(1);
    expect(counter.of('offers.forLead')).toBeLessThanOrEqual(1);
    await page.context().close();
  });
});
