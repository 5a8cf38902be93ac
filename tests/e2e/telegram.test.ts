import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPage, signIn } from '../helpers/browser';
import { ADMIN_PASSWORD, SELLER_PASSWORD, useCentre } from '../helpers/centre';
import { FAKE_TOKEN, startFakeTelegram, type FakeTelegram } from '../helpers/fake-telegram';

let tg: FakeTelegram;
beforeAll(async () => {
  tg = await startFakeTelegram();
});
afterAll(() => tg?.close());
// The server's bot talks to the fake Bot API (registered after the fake starts, so it is up first).
const c = useCentre(() => ({ TELEGRAM_API_ROOT: tg.url }));

beforeAll(async () => {
  await c.server.rpc(
    'users.create',
    { role: 'seller', username: 'dilnoza', password: SELLER_PASSWORD, firstName: 'Dilnoza' },
    c.admin,
  );
});

describe('the Telegram bot in the browser', () => {
  it('the admin saves the token and sees the bot and its status; a wrong token is refused under the field', async () => {
    const page = await newPage(c.browser, c.server.url);
    await signIn(page, 'admin', ADMIN_PASSWORD);
    await page.goto(`${c.server.url}/#/system/settings`);
    await page.getByTestId('tg-token').fill('123456789:AAThisShapeIsRightButTelegramSaysNo_xyz');
    await page.getByTestId('tg-save').click();
    await expect.poll(() => page.getByText('Telegram bu tokenni qabul qilmadi', { exact: false }).count()).toBe(1);

    await page.getByTestId('tg-token').fill(FAKE_TOKEN);
    await page.getByTestId('tg-save').click();
    await expect.poll(() => page.getByText(`Bot ulandi: @${tg.botUsername}`).count()).toBe(1);
    await expect.poll(() => page.getByTestId('tg-bot-username').innerText()).toBe(`@${tg.botUsername}`);
    await expect.poll(() => page.getByTestId('tg-state').innerText()).toBe('ulangan');
    expect(await page.getByTestId('tg-token').inputValue()).toBe('');
    expect(await page.content()).not.toContain(FAKE_TOKEN);
    await page.close();
  }, 60_000);

  it('a seller gets the code, the deep link and its QR code; sending it to the bot links the profile', async () => {
    const page = await newPage(c.browser, c.server.url);
    await signIn(page, 'dilnoza', SELLER_PASSWORD);
    await page.goto(`${c.server.url}/#/settings`);
    await page.getByTestId('tg-link-button').click();
    const code = (await page.getByTestId('tg-code').innerText()).trim();
    expect(code).toMatch(/^[A-Z0-9]{10}$/);
    expect(await page.getByTestId('tg-link').getAttribute('href')).toBe(`https://t.me/${tg.botUsername}?start=${code}`);
    expect(await page.getByTestId('tg-qr').isVisible()).toBe(true);

    tg.userSays(9001, `/start ${code}`);
    await tg.waitFor(() => tg.textsTo(9001).some((t) => t.includes('Assalomu alaykum, Dilnoza')), 15_000);
    await expect
      .poll(() => page.getByTestId('tg-profile-state').getAttribute('data-state'), { timeout: 10_000 })
      .toBe('linked');
    await page.close();
  }, 60_000);
});
