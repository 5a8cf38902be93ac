import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { newPage, signIn } from '../helpers/browser';
import { ADMIN_PASSWORD, SELLER_PASSWORD, useCentre } from '../helpers/centre';

const c = useCentre(); // Thursday 26 Nov 2026, 10:00 in Tashkent

beforeAll(async () => {
  for (const [username, firstName] of [
    ['dilnoza', 'Dilnoza'],
    ['jasur', 'Jasur'],
  ])
    await c.server.rpc('users.create', { role: 'seller', username, password: SELLER_PASSWORD, firstName }, c.admin);
});

async function workbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Lidlar');
  for (const r of [
    ['Ism', 'Telefon', 'Manba', 'Izoh'],
    ['Aziz Karimov', '+998 90 123 45 67', 'Instagram', 'IELTS'],
    ['Бекзод Алиев', '901234568', 'Telegram', ''],
    ['Takror', '90 123 45 67', '', ''],
    ['Gulnora', '9,98901E+11', '', ''],
    ['Eldor', '8 90 123 45 70', 'tavsiya', ''],
  ])
    sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('"Excel Import" in the browser', () => {
  it('drops a file on the page, shows the preview and its problems, imports, and gives the report', async () => {
    const page = await newPage(c.browser, c.server.url);
    await signIn(page, 'admin', ADMIN_PASSWORD);
    await page.goto(`${c.server.url}/#/leads/import`);
    await page.getByTestId('import-drop').waitFor();
    const b64 = (await workbook()).toString('base64');
    const dt = await page.evaluateHandle(
      ({ name, b64 }) => {
        const dt = new DataTransfer();
        dt.items.add(new File([Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0))], name));
        return dt;
      },
      { name: 'lidlar.xlsx', b64 },
    );
    await page.getByTestId('import-drop').getByRole('button').dispatchEvent('drop', { dataTransfer: dt });

    const count = (k: string) =>
      page.getByTestId(`import-count-${k}`).locator('.ant-statistic-content-value').innerText();
    await expect.poll(() => count('valid'), { timeout: 20_000 }).toBe('3');
    expect(await count('rows')).toBe('5');
    expect(await count('duplicateInFile')).toBe('1');
    expect(await count('invalid')).toBe('1');
    const problems = await page.getByTestId('import-problems').innerText();
    expect(problems).toContain('4');
    expect(problems).toContain('5');
    expect(problems).toMatch(/Excel/);

    const [report] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-report').click()]);
    expect(report.suggestedFilename()).toBe('lidlar-hisobot.xlsx');

    await page.getByTestId('import-commit').click();
    await expect.poll(() => page.getByTestId('import-result').innerText(), { timeout: 20_000 }).toContain('3 ta lid');
    const list = await c.server.rpc<{ total: number }>('leads.list', {}, c.admin);
    expect(list.body.total).toBe(3);

    await page.goto(`${c.server.url}/#/leads`);
    const [exported] = await Promise.all([page.waitForEvent('download'), page.getByTestId('leads-export').click()]);
    expect(exported.suggestedFilename()).toMatch(/^lidlar-\d{4}-\d{2}-\d{2}\.xlsx$/);
    await page.close();
  }, 90_000);

  it('an old .xls gets the "save as .xlsx" message', async () => {
    const page = await newPage(c.browser, c.server.url);
    await signIn(page, 'dilnoza', SELLER_PASSWORD);
    await page.goto(`${c.server.url}/#/leads/import`);
    await page.getByTestId('import-file-input').setInputFiles({
      name: 'eski.xls',
      mimeType: 'application/vnd.ms-excel',
      buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]),
    });
    await expect.poll(() => page.getByTestId('import-error').innerText()).toContain('.xlsx');
    await page.close();
  }, 60_000);
});
