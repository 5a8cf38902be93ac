import type { Page } from 'playwright-core';
import { beforeAll } from 'vitest';
import { signIn } from './browser';
import { ADMIN_PASSWORD, SELLER_PASSWORD, tokenOf, useCentre } from './centre';

/**
 * For a lead-page browser test file: the centre of `useCentre` (Thursday 26 Nov 2026, 10:00 in
 * Tashkent) with two sellers (09:00–18:00, Mon–Sat), a course with an odd-days group IELTS-01 and
 * three of Dilnoza's leads.
 */
export function useLeadPageCentre() {
  const c = useCentre();
  const ids = { dilnoza: 0, jasur: 0, aziz: 0, malika: 0, sardor: 0 };
  beforeAll(async () => {
    const seller = (username: string, firstName: string, lastName: string) =>
      c.server.rpc<{ id: number }>(
        'users.create',
        {
          role: 'seller',
          username,
          password: SELLER_PASSWORD,
          firstName,
          lastName,
          workStart: '09:00',
          workEnd: '18:00',
          workDays: [1, 2, 3, 4, 5, 6],
        },
        c.admin,
      );
    ids.dilnoza = (await seller('dilnoza', 'Dilnoza', 'Rahimova')).body.id;
    ids.jasur = (await seller('jasur', 'Jasur', 'Aliyev')).body.id;
    const course = await c.server.rpc<{ id: number }>(
      'courses.create',
      { name: 'IELTS', price: 1_000_000, lessonDuration: 90, lessonsPerWeek: 3, salesScript: 'Salom!' },
      c.admin,
    );
    await c.server.rpc(
      'groups.create',
      { name: 'IELTS-01', courseId: course.body.id, days: 'odd', time: '15:00', capacity: 10, currentStudents: 3 },
      c.admin,
    );
    const token = await tokenOf(c.server, 'dilnoza');
    const lead = async (name: string, phone: string) =>
      (await c.server.rpc<{ id: number }>('leads.create', { name, phone, courseId: course.body.id }, token)).body.id;
    ids.aziz = await lead('Aziz Karimov', '901234567');
    ids.malika = await lead('Malika Yusupova', '931234567');
    ids.sardor = await lead('Sardor Toshmatov', '941234567');
  });

  /** A signed-in page whose browser runs in `timezoneId` — the centre is in Tashkent whatever the PC says. */
  const open = async (username: string, password = SELLER_PASSWORD, timezoneId = 'Asia/Tashkent') => {
    const context = await c.browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'uz-UZ',
      timezoneId,
    });
    const page = await context.newPage();
    await page.goto(c.server.url);
    await signIn(page, username, password);
    return page;
  };

  /** Opens a lead and waits until its panels have loaded. */
  const openLead = async (page: Page, id: number) => {
    await page.goto(`${c.server.url}/#/leads/${id}`);
    await page.getByTestId('lead-history').getByText('Lid yaratildi').waitFor();
    await page.getByTestId('lead-followups').getByRole('button', { name: 'Bajarildi' }).first().waitFor();
    await page.waitForTimeout(400);
  };

  type Followup = { dueAt: number; kind: string; state: string };
  const followupsOf = async (leadId: number) =>
    (
      await c.server.rpc<{ items: Followup[] }>(
        'followups.list',
        { scope: 'lead', leadId, pageSize: 50 },
        await tokenOf(c.server, 'admin', ADMIN_PASSWORD),
      )
    ).body.items;

  return { c, ids, open, openLead, followupsOf };
}

/** Counts the page's calls of each RPC method from now on. */
export function countCalls(page: Page) {
  const calls: string[] = [];
  page.on('request', (r) => {
    const m = /\/api\/rpc\/([\w.]+)/.exec(r.url());
    if (m) calls.push(m[1]);
  });
  return { calls, of: (method: string) => calls.filter((x) => x === method).length };
}

/** Types a date-time into the dialog's picker labelled `label` and confirms it with Enter. */
export async function typeDateTime(page: Page, label: string, text: string) {
  const input = page.getByRole('dialog').getByLabel(label);
  await input.click();
  await input.fill(text);
  await input.press('Enter');
}
