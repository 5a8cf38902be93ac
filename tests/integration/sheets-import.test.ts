import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../helpers/core';
import { SERVICE_EMAIL, SHEET_ID, startFakeGoogle, type FakeGoogle } from '../helpers/fake-google';

let google: FakeGoogle;
let t: TestCore;
beforeAll(async () => {
  google = await startFakeGoogle();
});
afterAll(() => google.close());
afterEach(async () => {
  google.sheets.clear();
  google.setDown(false);
  await t?.close();
});

const LINK = `https://docs.google.com/spreadsheets/d/${SHEET_ID}/edit#gid=0`;
/** What an Instagram lead form writes into its sheet. */
const FORM_ROWS = () => [
  ['Vaqt', 'Ism', 'Telefon raqam', 'Manba', 'Kurs'],
  ['2026-11-20 10:01', 'Aziz Karimov', 998901234567, 'instagram', 'IELTS'],
  ['2026-11-20 11:15', 'Malika', '+998 93 555 66 77', 'Instagram', ''],
  ['2026-11-21 09:40', '', '901112233', '', ''],
  ['2026-11-21 12:00', 'Aziz yana', '90 123 45 67', '', ''],
];

async function centre(options: { key?: 'good' | 'revoked' | 'none'; shared?: boolean; public?: boolean } = {}) {
  t = await createTestCore('2026-11-26T05:00:00Z', {
    core: { google: { sheetsRootUrl: google.sheetsRootUrl, tokenUrl: google.tokenUrl } },
  });
  const seller = await t.addUser('seller', 'seller_a', { firstName: 'Dilnoza' });
  const manager = await t.addUser('manager', 'manager1');
  await t.call('courses.create', { name: 'IELTS', price: 1000, lessonDuration: 90, lessonsPerWeek: 3 }, t.adminToken);
  google.sheets.set(SHEET_ID, {
    tabs: { 'Form Responses 1': FORM_ROWS() },
    sharedWith: options.shared === false ? [] : [SERVICE_EMAIL],
    public: options.public,
  });
  const key = options.key ?? 'good';
  await t.call(
    'settings.update',
    {
      sheetsSpreadsheet: LINK,
      ...(key === 'none'
        ? {}
        : { sheetsServiceAccountKey: key === 'good' ? google.keyFile() : google.revokedKeyFile() }),
    },
    t.adminToken,
  );
  return { seller, manager };
}

describe('Google Sheets Import', () => {
  it('keeps the sheet and an encrypted key the settings never show; bad values are refused under their field', async () => {
    await centre();
    const s = await t.call('settings.get', {}, t.adminToken);
    expect(s).toMatchObject({ sheetsSpreadsheet: LINK, sheetsRange: '', sheetsServiceAccount: SERVICE_EMAIL });
    expect(JSON.stringify(s)).not.toContain('PRIVATE KEY');
    const stored = t.core.sqlite.prepare('SELECT value FROM secrets').all() as Array<{ value: string }>;
    expect(stored.map((r) => r.value).join()).not.toContain('PRIVATE KEY');

    for (const [field, value, key] of [
      ['sheetsSpreadsheet', 'https://example.com/lidlar.xlsx', 'imports.sheets.badLink'],
      ['sheetsRange', 'Lidlar!1A', 'imports.sheets.badRangeText'],
      ['sheetsServiceAccountKey', '{"installed":{"client_id":"x"}}', 'imports.sheets.badKeyFile'],
    ] as const) {
      const e = await t.fail('settings.update', { [field]: value, timeZone: 'Asia/Samarkand' }, t.adminToken);
      expect(e.code).toBe('VALIDATION');
      expect(e.details.fields?.[0]).toMatchObject({ path: field, key });
    }
    // Nothing of a refused form was kept.
    expect((await t.call('settings.get', {}, t.adminToken)).timeZone).toBe('Asia/Tashkent');
    await t.call('settings.update', { sheetsServiceAccountKey: '' }, t.adminToken);
    expect((await t.call('settings.get', {}, t.adminToken)).sheetsServiceAccount).toBeNull();
    expect(t.core.sqlite.prepare('SELECT count(*) AS n FROM secrets').get()).toEqual({ n: 0 });
  });

  it('previews the sheet through the Sheets API like a file and imports it; the rows are never imported twice', async () => {
    const { manager, seller } = await centre();
    const p = await t.call('imports.previewSheets', {}, manager.token);
    expect(p.fileName).toBe('Google Sheets — Form Responses 1');
    expect(p.columns.map((c) => c.field)).toEqual([null, 'name', 'phone', 'source', 'course']);
    expect(p.counts).toEqual({ rows: 4, valid: 2, duplicateInFile: 1, duplicateInDb: 0, invalid: 1 });
    expect(p.problems.map((x) => [x.row, x.key])).toEqual([
      [4, 'imports.problem.noName'],
      [5, 'imports.problem.duplicateInFile'],
    ]);
    expect(google.calls.filter((c) => c.startsWith('POST /token'))).toHaveLength(1);
    expect(await t.call('imports.commit', { importId: p.importId, sellerId: seller.id }, manager.token)).toEqual({
      imported: 2,
      skippedDuplicates: 1,
      skippedInvalid: 1,
    });
    const { items } = await t.call('leads.list', {}, manager.token);
    expect(items.map((l) => [l.name, l.phone, l.source, l.courseName]).sort()).toEqual([
      ['Aziz Karimov', '+998901234567', 'instagram', 'IELTS'],
      ['Malika', '+998935556677', 'instagram', null],
    ]);
    const history = await t.call('leads.history', { id: items[0].id }, manager.token);
    expect(history[0].data).toMatchObject({ importFile: 'Google Sheets — Form Responses 1' });

    // Aziz's phone is corrected in the CRM; the form adds a new row. Reading the sheet again brings only the new row.
    const aziz = items.find((l) => l.name === 'Aziz Karimov')!;
    await t.call('leads.update', { id: aziz.id, phone: '+998901234599' }, manager.token);
    google.sheets
      .get(SHEET_ID)!
      .tabs['Form Responses 1'].push(['2026-11-26 09:00', 'Nodira', '+998977778899', 'Telegram', '']);
    const again = await t.call('imports.previewSheets', {}, manager.token);
    expect(again.counts).toEqual({ rows: 5, valid: 1, duplicateInFile: 1, duplicateInDb: 2, invalid: 1 });
    expect(again.problems.find((x) => x.row === 2)).toMatchObject({
      key: 'imports.problem.importedBefore',
      reason: 'Bu qator avval shu Google jadvaldan import qilingan: +998901234567',
    });
    expect((await t.call('imports.commit', { importId: again.importId }, manager.token)).imported).toBe(1);
    const third = await t.call('imports.previewSheets', {}, manager.token);
    expect(third.counts.valid).toBe(0);
  });

  it('reads the range set in the settings, with the sheet’s own row numbers', async () => {
    const { manager } = await centre();
    google.sheets.get(SHEET_ID)!.tabs['Lidlar 2025'] = [
      ['Eski jadval'],
      [],
      ['Ism', 'Telefon'],
      ['Ota', '+998 90 000 00 01'],
      ['Ona', 'yo‘q'],
    ];
    await t.call('settings.update', { sheetsRange: "'Lidlar 2025'!A3:B" }, t.adminToken);
    const p = await t.call('imports.previewSheets', {}, manager.token);
    expect(p.sheet).toBe('Lidlar 2025');
    expect(p.counts).toMatchObject({ rows: 2, valid: 1, invalid: 1 });
    expect(p.problems).toEqual([expect.objectContaining({ row: 5, key: 'imports.problem.phoneInvalid' })]);
  });

  it('reads a sheet shared "anyone with the link" without a key; a private one says how to open it', async () => {
    const { manager } = await centre({ key: 'none', shared: false, public: true });
    const p = await t.call('imports.previewSheets', {}, manager.token);
    expect(p.counts).toEqual({ rows: 4, valid: 2, duplicateInFile: 1, duplicateInDb: 0, invalid: 1 });
    expect(google.calls.some((c) => c.startsWith(`GET /spreadsheets/d/${SHEET_ID}/export?format=csv&gid=0`))).toBe(
      true,
    );
    expect((await t.call('imports.commit', { importId: p.importId }, manager.token)).imported).toBe(2);
    google.sheets.get(SHEET_ID)!.public = false;
    const e = await t.fail('imports.previewSheets', {}, manager.token);
    expect(e).toMatchObject({ code: 'RULE', details: { key: 'imports.sheets.notPublic' } });
  });

  it('says clearly what is wrong: no sheet set, no access, wrong id, a revoked key, a bad range, no internet', async () => {
    const { manager, seller } = await centre({ shared: false });
    const noAccess = await t.fail('imports.previewSheets', {}, manager.token);
    expect(noAccess).toMatchObject({ code: 'RULE', details: { key: 'imports.sheets.noAccess' } });
    expect(noAccess.message).toContain(SERVICE_EMAIL);

    google.sheets.get(SHEET_ID)!.sharedWith.push(SERVICE_EMAIL);
    google.sheets.get(SHEET_ID)!.apiDisabled = true;
    expect((await t.fail('imports.previewSheets', {}, manager.token)).details.key).toBe('imports.sheets.apiDisabled');
    google.sheets.get(SHEET_ID)!.apiDisabled = false;
    await t.call('settings.update', { sheetsRange: 'Yoq varaq!A1:F' }, t.adminToken);
    expect((await t.fail('imports.previewSheets', {}, manager.token)).details.key).toBe('imports.sheets.badRange');

    await t.call(
      'settings.update',
      {
        sheetsRange: '',
        sheetsSpreadsheet: 'https://docs.google.com/spreadsheets/d/1NoSuchSheet_abcdefghijklmnopqrstu/edit',
      },
      t.adminToken,
    );
    expect((await t.fail('imports.previewSheets', {}, manager.token)).details.key).toBe('imports.sheets.notFound');

    await t.call('settings.update', { sheetsSpreadsheet: LINK }, t.adminToken);
    google.setDown(true);
    const offline = await t.fail('imports.previewSheets', {}, manager.token);
    expect(offline).toMatchObject({ code: 'UNAVAILABLE', details: { key: 'imports.sheets.offline' } });
    google.setDown(false);

    await t.call('settings.update', { sheetsServiceAccountKey: google.revokedKeyFile() }, t.adminToken);
    expect((await t.fail('imports.previewSheets', {}, manager.token)).details.key).toBe('imports.sheets.badKey');

    await t.call('settings.update', { sheetsSpreadsheet: '' }, t.adminToken);
    expect((await t.fail('imports.previewSheets', {}, manager.token)).details.key).toBe('imports.sheets.notConfigured');
    expect((await t.fail('imports.previewSheets', {}, seller.token)).code).toBe('FORBIDDEN');
    expect((await t.call('leads.list', {}, manager.token)).total).toBe(0);
  });
});
