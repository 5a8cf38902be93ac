import { beforeAll, describe, expect, it } from 'vitest';
import { choose, newPage, signIn } from '../helpers/browser';
import { SELLER_PASSWORD, useCentre } from '../helpers/centre';

const c = useCentre(); // Thursday 10:00 in Tashkent

beforeAll(async () => {
  await c.server.rpc(
    'users.create',
    {
      role: 'seller',
      username: 'dilnoza',
      password: SELLER_PASSWORD,
      firstName: 'Dilnoza',
      lastName: 'Yusupova',
      workStart: '09:00',
      workEnd: '18:00',
      workDays: [1, 2, 3, 4, 5, 6],
    },
    c.admin,
  );
});

describe("a seller's day in the browser", () => {
  it('adds a lead, changes its status, sees the follow-ups, marks one done; outside hours it is refused', async () => {
    const page = await newPage(c.browser, c.server.url);
    await signIn(page, 'dilnoza', SELLER_PASSWORD);

    await page.getByTestId('main-menu').getByText('Lidlar').hover();
    await page.getByText('Yangi Lid', { exact: true }).click();
    await page.getByLabel('Ism', { exact: true }).fill('Aziz Karimov');
    await page.getByLabel('Telefon', { exact: true }).fill('90-123-45-67');
    await page.getByLabel('Eslatmalar').fill('IELTS 7.0 kerak');
    await page.getByRole('button', { name: 'Saqlash' }).click();

    const followups = page.getByTestId('lead-followups');
    await expect.poll(() => page.getByRole('heading', { name: 'Aziz Karimov' }).count()).toBe(1);
    expect(await page.getByTestId('lead-facts').innerText()).toContain('+998 90 123 45 67');
    await expect.poll(() => followups.innerText()).toContain('26.11.2026, 10:05');

    // A duplicate number is refused with a way to the existing lead.
    await page.goto(`${c.server.url}/#/leads/new`);
    await page.getByLabel('Ism', { exact: true }).fill('Aziz 2');
    await page.getByLabel('Telefon', { exact: true }).fill('+998 90 123 45 67');
    await page.getByRole('button', { name: 'Saqlash' }).click();
    await expect
      .poll(() => page.getByText('Bu telefon raqami boshqa lidda bor: Aziz Karimov').count())
      .toBeGreaterThan(0);
    await page.getByTestId('duplicate-link').getByRole('link').click();

    const card = page.getByTestId('status-card');
    await choose(page, card.locator('.ant-select'), 'Aloqa qilindi');
    await card.getByRole('button', { name: 'Statusni yangilash' }).click();
    await expect.poll(() => card.innerText()).toContain("Eslatma yozing (status nima uchun o'zgarganini)");
    await card.getByLabel('Eslatma').fill("Qo'ng'iroq qildim, kechki guruh kerak");
    await card.getByRole('button', { name: 'Statusni yangilash' }).click();
    await expect.poll(() => followups.innerText()).toContain('27.11.2026, 10:00');
    const text = await followups.innerText();
    expect(text).toContain('30.11.2026, 09:00'); // +3 days is a Sunday → Monday start
    expect(text).toContain('03.12.2026, 10:00');
    expect(text).toContain("Status o'zgardi"); // the new-lead call was closed by the status change
    expect(await page.getByTestId('lead-history').innerText()).toContain('Status: Yangi → Aloqa qilindi');

    // Friday 10:30: the call is on "Bugungi Aloqalar"; mark it done.
    await c.server.setClock('2026-11-27T05:30:00Z');
    await page.goto(`${c.server.url}/#/followups/today`);
    const row = page.getByRole('row', { name: /Aziz Karimov/ });
    await row.getByRole('button', { name: 'Bajarildi' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Saqlash' }).click();
    await expect.poll(() => page.getByText('Follow-up bajarildi').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('row', { name: /Aziz Karimov/ }).count()).toBe(0);

    // Friday 19:00, after work: "Bajarildi" is disabled, and says why with the seller's hours.
    await c.server.setClock('2026-11-27T14:00:00Z');
    await page.reload();
    await page.goto(`${c.server.url}/#/leads`);
    await page.getByRole('link', { name: 'Aziz Karimov' }).click();
    const done = followups.getByRole('button', { name: 'Bajarildi' }).first();
    await expect.poll(() => done.isDisabled()).toBe(true);
    await done.hover({ force: true });
    await expect
      .poll(() => page.getByRole('tooltip').innerText())
      .toContain('Hozir ish vaqtingiz emas. "Bajarildi" faqat ish vaqtida belgilanadi: Du–Sh, 09:00–18:00');
    await page.close();
  });
});
