import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPage, signIn } from '../helpers/browser';
import { ADMIN_PASSWORD, SELLER_PASSWORD, useCentre } from '../helpers/centre';
import { SERVICE_EMAIL, SHEET_ID, startFakeGoogle, type FakeGoogle } from '../helpers/fake-google';

let google: FakeGoogle;
beforeAll(async () => {
  google = await startFakeGoogle();
  google.sheets.set(SHEET_ID, {
    tabs: {
      'Form Responses 1': [
        ['Vaqt', 'Ism', 'Telefon raqam', 'Manba'],
        ['2026-11-20 10:01', 'Aziz Karimov', 998901234567, 'instagram'],
        ['2026-11-20 11:15', 'Malika', '+998 93 555 66 77', 'Instagram'],
        ['2026-11-21 09:40', '', '901112233', ''],
      ],
    },
    sharedWith: [SERVICE_EMAIL],
  });
});
afterAll(() => google?.close());
const c = useCentre(() => ({
  GOOGLE_SHEETS_ROOT_URL: google.sheetsRootUrl,
  GOOGLE_OAUTH_TOKEN_URL: google.tokenUrl,
}));

beforeAll(async () => {
  await c.server.rpc(
    'users.create',
    { role: 'seller', username: 'dilnoza', password: SELLER_PASSWORD, firstName: 'Dilnoza' },
    c.admin,
  );
});

describe('"Google Sheets Import" in the browser', () => {
  it('the admin sets the sheet and key, imports the sheet, and a second run finds nothing new', async () => {
    const page = await newPage(c.browser, c.server.url);
    await signIn(page, 'admin', ADMIN_PASSWORD);
    await page.goto(`${c.server.url}/#/system/settings`);
    const card = page.getByTestId('sheets-settings');
    await card.waitFor();
    await expect.poll(() => page.getByTestId('sheets-key-state').innerText()).toContain("Kalit yo'q");
    await page.getByTestId('sheets-link').fill(`https://docs.google.com/spreadsheets/d/${SHEET_ID}/edit#gid=0`);
    await card.locator('input[type=file]').setInputFiles({
      name: 'oquv-markaz-1a2b3c.json',
      mimeType: 'application/json',
      buffer: Buffer.from(google.keyFile()),
    });
    await expect.poll(() => page.getByTestId('sheets-key-state').innerText()).toContain('oquv-markaz-1a2b3c.json');
    await page.getByTestId('sheets-save').click();
    await expect.poll(() => page.getByTestId('sheets-key-state').innerText()).toContain(SERVICE_EMAIL);
    expect(await page.content()).not.toContain('PRIVATE KEY');

    await page.goto(`${c.server.url}/#/leads/import`);
    await page.getByTestId('sheets-run').click();
    const count = (k: string) =>
      page.getByTestId(`import-count-${k}`).locator('.ant-statistic-content-value').innerText();
    await expect.poll(() => count('valid'), { timeout: 20_000 }).toBe('2');
    expect(await count('invalid')).toBe('1');
    expect(await page.getByTestId('import-file-name').innerText()).toBe('Google Sheets — Form Responses 1');
    await page.getByTestId('import-commit').click();
    await expect.poll(() => page.getByTestId('import-result').innerText(), { timeout: 20_000 }).toContain('2 ta lid');

    await page.getByTestId('import-again').click();
    await page.getByTestId('sheets-run').click();
    await expect.poll(() => count('duplicateInDb'), { timeout: 20_000 }).toBe('2');
    expect(await count('valid')).toBe('0');
    expect(await page.getByTestId('import-problems').innerText()).toContain('avval shu Google jadvaldan');
    await page.close();
  }, 90_000);

  it('a seller sees no Google Sheets button', async () => {
    const page = await newPage(c.browser, c.server.url);
    await signIn(page, 'dilnoza', SELLER_PASSWORD);
    await page.goto(`${c.server.url}/#/leads/import`);
    await page.getByTestId('import-drop').waitFor();
    expect(await page.getByTestId('sheets-run').count()).toBe(0);
    await page.close();
  }, 60_000);
});
