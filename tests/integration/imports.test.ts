import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { AppError } from '../../src-shared/contract/errors';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../helpers/core';
import { COMMIT_CHUNK } from '../../src-main/modules/imports/imports.service';

let t: TestCore;
afterEach(() => t?.close());

async function xlsx(rows: unknown[][], name = 'lidlar.xlsx') {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Lidlar');
  for (const r of rows) sheet.addRow(r);
  return { fileName: name, contentBase64: Buffer.from(await book.xlsx.writeBuffer()).toString('base64') };
}

async function centre() {
  t = await createTestCore('2026-11-26T05:00:00Z'); // Thu 10:00 Tashkent
  const a = await t.addUser('seller', 'seller_a', { firstName: 'Dilnoza' });
  const b = await t.addUser('seller', 'seller_b', { firstName: 'Jasur', workStart: '14:00', workEnd: '22:00' });
  const m = await t.addUser('manager', 'manager1');
  await t.call('courses.create', { name: 'IELTS', price: 1000, lessonDuration: 90, lessonsPerWeek: 3 }, t.adminToken);
  return { a, b, m };
}

const FILE = [
  ['Ism', 'Telefon', 'Manba', 'Kurs', 'Izoh'],
  ['Aziz Karimov', '+998 90 123 45 67', 'Instagram', 'ielts', 'IELTS 7'],
  ['Bekzod', 998901234568, 'Telegram', '', ''],
  ['Aziz takror', '90 123 45 67', '', '', ''], // the same phone as row 2
  ['', '901234569', '', '', ''], // no name
  ['Gulnora', '9,98901E+11', '', '', ''], // mangled by Excel
  ['Dilshod', '901112233', 'Billboard', 'Chess', ''], // already in the database; unknown source and course
  [],
  ['Eldor', '8 90 123 45 70', 'tavsiya', '', ''],
];

describe('lead import', () => {
  it('previews counts and problems with the sheet row numbers, writing nothing', async () => {
    const { m } = await centre();
    await t.call('leads.create', { name: 'Bor', phone: '901112233' }, m.token);
    const p = await t.call('imports.preview', await xlsx(FILE), m.token);
    expect(p.columns.map((c) => c.field)).toEqual(['name', 'phone', 'source', 'course', 'notes']);
    expect(p.counts).toEqual({ rows: 7, valid: 3, duplicateInFile: 1, duplicateInDb: 1, invalid: 2 });
    expect(p.problems.map((x) => [x.row, x.key])).toEqual([
      [4, 'imports.problem.duplicateInFile'],
      [5, 'imports.problem.noName'],
      [6, 'imports.problem.phoneMangled'],
      [7, 'imports.problem.duplicateInDb'],
    ]);
    expect(p.missing).toEqual([]);
    expect((await t.call('leads.list', {}, m.token)).total).toBe(1);
  });

  it('commits the valid new rows with auto-distribution, each a new lead with its call and history; one notice per seller', async () => {
    const { a, b, m } = await centre();
    const p = await t.call('imports.preview', await xlsx(FILE), m.token);
    const r = await t.call('imports.commit', { importId: p.importId }, m.token);
    expect(r).toEqual({ imported: 4, skippedDuplicates: 1, skippedInvalid: 2 });
    // A copy of the database as it was just before, kept until the admin deletes it (SPEC §12).
    const { items: copies } = await t.call('backups.list', {}, t.adminToken);
    expect(copies.map((c) => c.kind)).toEqual(['pre-import']);
    // Made alongside the import from a snapshot taken first: none of the file's leads are in it.
    const copy = new Database(t.core.modules.backups.fileOf(copies[0].name).path, { readonly: true });
    expect(copy.prepare('SELECT count(*) AS n FROM leads').get()).toEqual({ n: 0 });
    copy.close();
    const { items } = await t.call('leads.list', { pageSize: 100 }, m.token);
    expect(items.map((l) => [l.name, l.phone]).sort()).toEqual([
      ['Aziz Karimov', '+998901234567'],
      ['Bekzod', '+998901234568'],
      ['Dilshod', '+998901112233'],
      ['Eldor', '+998901234570'],
    ]);
    const aziz = items.find((l) => l.name === 'Aziz Karimov')!;
    expect(aziz).toMatchObject({ source: 'instagram', courseName: 'IELTS', notes: 'IELTS 7', status: 'new' });
    expect(items.find((l) => l.name === 'Dilshod')).toMatchObject({ source: 'other', courseName: null });
    expect(new Set(items.map((l) => l.sellerId))).toEqual(new Set([a.id, b.id])); // spread like one by one
    // Each lead's history: created from the file, then given to its seller (by name, automatically).
    for (const lead of items) {
      const history = await t.call('leads.history', { id: lead.id }, m.token);
      expect(history).toMatchObject([
        { type: 'created', data: { source: lead.source, importFile: 'lidlar.xlsx' } },
        {
          type: 'assigned',
          data: {
            from: null,
            to: lead.sellerId,
            fromName: null,
            toName: lead.sellerId === a.id ? 'Dilnoza' : 'Jasur',
            auto: true,
          },
        },
      ]);
    }
    // Its "new lead" call in its seller's working time: 10:05 for Dilnoza, Jasur's starts at 14:00.
    for (const lead of items) {
      const calls = await t.call('followups.list', { scope: 'lead', leadId: lead.id }, m.token);
      expect(calls.items.map((f) => [f.kind, f.sellerId, f.dueAt])).toEqual([
        [
          'new_lead',
          lead.sellerId,
          Date.parse(lead.sellerId === a.id ? '2026-11-26T05:05:00Z' : '2026-11-26T09:00:00Z'),
        ],
      ]);
    }
    for (const s of [a, b]) {
      const bell = (await t.call('notifications.list', {}, s.token)).items;
      expect(bell.map((n) => n.key)).toEqual(['notify.leadsAssigned']);
      expect(bell[0].params.count).toBe(2);
    }
    // Twice is refused, and the same file again adds nothing.
    expect((await t.fail('imports.commit', { importId: p.importId }, m.token)).code).toBe('CONFLICT');
    const again = await t.call('imports.preview', await xlsx(FILE), m.token);
    expect(again.counts.valid).toBe(0);
    expect((await t.call('imports.commit', { importId: again.importId }, m.token)).imported).toBe(0);
  });

  it("a phone a lead got after the preview (the row's main or extra one) makes that row a duplicate at commit", async () => {
    const { m } = await centre();
    const file = [
      ['Ism', 'Telefon', "Qo'shimcha telefon"],
      ['Aziz', '901234567', ''],
      ['Bekzod', '901234568', '935550001'],
      ['Eldor', '901234570', ''],
    ];
    const p = await t.call('imports.preview', await xlsx(file), m.token);
    expect(p.counts.valid).toBe(3);
    await t.call('leads.create', { name: 'Yangi', phone: '935550001' }, m.token); // Bekzod's extra phone
    await t.call('leads.create', { name: 'Boshqa', phone: '935554433', extraPhone: '901234570' }, m.token); // Eldor's
    const r = await t.call('imports.commit', { importId: p.importId }, m.token);
    expect(r).toEqual({ imported: 1, skippedDuplicates: 2, skippedInvalid: 0 });
    const { items } = await t.call('leads.list', { pageSize: 100 }, m.token);
    expect(items.map((l) => l.name).sort()).toEqual(['Aziz', 'Boshqa', 'Yangi']);
  });

  it("an imported lead's extra phone is taken like its main one", async () => {
    const { m } = await centre();
    const first = await t.call(
      'imports.preview',
      await xlsx([
        ['Ism', 'Telefon', "Qo'shimcha telefon"],
        ['Aziz', '901234567', '93 555 44 33'],
        ['Bekzod', '901234568', ''],
      ]),
      m.token,
    );
    expect((await t.call('imports.commit', { importId: first.importId }, m.token)).imported).toBe(2);
    const { items } = await t.call('leads.list', { q: 'Aziz' }, m.token);
    expect(items.map((l) => [l.phone, l.extraPhone])).toEqual([['+998901234567', '+998935554433']]);
    // "Yangi Lid" with that number, and a second file with it as a main phone: already in the database.
    const taken = await t.fail('leads.create', { name: 'Boshqa', phone: '+998 93 555 44 33' }, m.token);
    expect(taken.code).toBe('CONFLICT');
    const second = await t.call(
      'imports.preview',
      await xlsx([
        ['Ism', 'Telefon'],
        ['Vali', '935554433'],
      ]),
      m.token,
    );
    expect(second.counts).toMatchObject({ valid: 0, duplicateInDb: 1 });
  });

  it("a seller's import is the seller's; a seller sees only own imports; the report lists every row", async () => {
    const { a, b } = await centre();
    const p = await t.call('imports.preview', await xlsx(FILE), a.token);
    expect((await t.fail('imports.commit', { importId: p.importId }, b.token)).code).toBe('NOT_FOUND');
    expect((await t.call('imports.commit', { importId: p.importId, sellerId: b.id }, a.token)).imported).toBe(4);
    expect(new Set((await t.call('leads.list', {}, a.token)).items.map((l) => l.sellerId))).toEqual(new Set([a.id]));
    const report = await t.call('imports.report', { importId: p.importId }, a.token);
    expect(report.fileName).toBe('lidlar-hisobot.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(report.contentBase64, 'base64') as never);
    const rows = book.worksheets[0].getSheetValues().filter(Boolean) as unknown[][];
    expect(rows).toHaveLength(1 + 7);
    expect(rows.map((r) => r[1])).toContain(6);
  });

  it('refuses an .xls, a file with no phone column, and a commit without a name column', async () => {
    const { m } = await centre();
    const xls = {
      fileName: 'eski.xls',
      contentBase64: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]).toString('base64'),
    };
    expect((await t.fail('imports.preview', xls, m.token)).details.fields?.[0]).toMatchObject({
      path: 'contentBase64',
      key: 'imports.error.xls',
    });
    const p = await t.call(
      'imports.preview',
      await xlsx([
        ['Ism', 'Shahar'],
        ['Aziz', 'Toshkent'],
      ]),
      m.token,
    );
    expect(p.missing).toEqual(['phone']);
    expect((await t.fail('imports.commit', { importId: p.importId }, m.token)).details.fields?.[0]).toMatchObject({
      path: 'mapping',
    });
    // Refused before its pre-import copy starts: no backup of an import that never ran.
    expect((await t.call('backups.list', {}, t.adminToken)).items).toEqual([]);
    // The user maps the second column as the phone: that row is judged by it.
    const remapped = await t.call(
      'imports.preview',
      {
        ...(await xlsx([
          ['Ism', 'Raqam?'],
          ['Aziz', '901234567'],
        ])),
        mapping: { '0': 'name', '1': 'phone' },
      },
      m.token,
    );
    expect(remapped.counts.valid).toBe(1);
  });

  it('all or nothing: a commit failing after its first chunk leaves no lead of the file; a killed one is undone at start', async () => {
    const { m } = await centre();
    const total = COMMIT_CHUNK + 2000;
    const rows = Array.from({ length: total }, (_, i) => [`Lid ${i}`, `+99890${String(3_000_000 + i)}`]);
    const p = await t.call('imports.preview', await xlsx([['Ism', 'Telefon'], ...rows]), m.token);
    expect(p.counts.valid).toBe(total);
    const leads = t.core.modules.leads;
    const insert = leads.insertMany.bind(leads);
    let written = 0;
    leads.insertMany = async (...args) => {
      if (written >= COMMIT_CHUNK) throw new Error('disk unplugged');
      written += args[3].length;
      return insert(...args);
    };
    await expect(t.call('imports.commit', { importId: p.importId }, m.token)).rejects.toThrow();
    leads.insertMany = insert;
    expect(written).toBe(COMMIT_CHUNK); // the first chunk was written (and committed), then undone
    expect((await t.call('leads.list', {}, m.token)).total).toBe(0);
    expect((await t.call('notifications.list', {}, m.token)).items).toEqual([]);

    // The process is killed in the middle of a commit: on the next start nothing of it remains.
    const half = await t.call('imports.preview', await xlsx([['Ism', 'Telefon'], ...rows.slice(0, 10)]), m.token);
    await t.call('imports.commit', { importId: half.importId }, m.token);
    t.core.sqlite.prepare(`UPDATE imports SET status = 'committing' WHERE id = ?`).run(half.importId);
    await t.restart();
    expect((await t.call('leads.list', {}, m.token)).total).toBe(0);
    // The first file can be committed now, whole.
    expect((await t.call('imports.commit', { importId: p.importId }, m.token)).imported).toBe(total);
    expect((await t.call('leads.list', {}, m.token)).total).toBe(total);
  }, 60_000);

  it('a pre-import backup that fails undoes the import (503); one that cannot start lets nothing be written', async () => {
    const { m } = await centre();
    const p = await t.call('imports.preview', await xlsx(FILE), m.token);
    const backups = t.core.modules.backups;
    const real = backups.beforeImport.bind(backups);
    backups.beforeImport = (detail) => {
      const copy = real(detail);
      const failed = copy.done.then(() =>
        Promise.reject(new AppError('UNAVAILABLE', 'backups.failed', { reason: 'USB' })),
      );
      failed.catch(() => undefined);
      return { taken: copy.taken, done: failed };
    };
    expect((await t.fail('imports.commit', { importId: p.importId }, m.token)).details.key).toBe('backups.failed');
    expect((await t.call('leads.list', {}, m.token)).total).toBe(0);
    backups.beforeImport = () => {
      const failed = Promise.reject(new AppError('UNAVAILABLE', 'backups.failed', { reason: 'USB' }));
      failed.catch(() => undefined);
      return { taken: failed.then(() => undefined), done: failed };
    };
    expect((await t.fail('imports.commit', { importId: p.importId }, m.token)).code).toBe('UNAVAILABLE');
    backups.beforeImport = real;
    expect((await t.call('imports.commit', { importId: p.importId }, m.token)).imported).toBe(4);
  });

  it('imports kept by older versions (JSON text, outcomes or none) still commit and report', async () => {
    const { m } = await centre();
    const parsed = {
      sheets: ['Lidlar'],
      sheet: 'Lidlar',
      header: ['Ism', 'Telefon'],
      headerRow: 1,
      rows: [
        { row: 2, cells: ['Aziz', '901234567'] },
        { row: 3, cells: ['', '901234568'] },
      ],
    };
    const old = (outcomes: string | null) => {
      const id = Number(
        t.core.sqlite
          .prepare(`INSERT INTO imports (user_id, file_name, sheet, created_at) VALUES (?, 'eski.xlsx', 'Lidlar', ?)`)
          .run(m.id, Date.parse('2026-11-26T05:00:00Z')).lastInsertRowid,
      );
      t.core.sqlite
        .prepare('INSERT INTO import_data (import_id, data, outcomes) VALUES (?, ?, ?)')
        .run(id, JSON.stringify({ parsed, mapping: ['name', 'phone'] }), outcomes);
      return id;
    };
    // Outcomes never kept (the first import builds judged at commit): judged now.
    const none = old(null);
    expect(await t.call('imports.commit', { importId: none }, m.token)).toEqual({
      imported: 1,
      skippedDuplicates: 0,
      skippedInvalid: 1,
    });
    // 0011's JSON outcomes: written as they were judged then.
    const lead = {
      name: 'Bobur',
      phone: '+998901234569',
      extraPhone: null,
      source: 'import',
      courseId: null,
      notes: '',
    };
    const kept = old(
      JSON.stringify({ mapping: ['name', 'phone'], rows: [{ row: 2, status: 'valid', notes: [], lead }] }),
    );
    expect((await t.call('imports.commit', { importId: kept }, m.token)).imported).toBe(1);
    expect((await t.call('leads.list', {}, m.token)).items.map((l) => l.name).sort()).toEqual(['Aziz', 'Bobur']);
    expect((await t.call('imports.report', { importId: none }, m.token)).fileName).toBe('eski-hisobot.xlsx');
  });

  it('forgets a preview nobody imported after a day, and a committed file’s rows after 30 days', async () => {
    const { m } = await centre();
    const left = await t.call('imports.preview', await xlsx(FILE), m.token);
    const done = await t.call('imports.preview', await xlsx(FILE), m.token);
    await t.call('imports.commit', { importId: done.importId }, m.token);
    await t.setClock(Date.parse('2026-11-27T06:00:00Z'));
    await t.call('imports.preview', await xlsx(FILE.slice(0, 2)), m.token); // a new import tidies up
    expect(await t.fail('imports.commit', { importId: left.importId }, m.token)).toMatchObject({
      code: 'NOT_FOUND',
      details: { key: 'imports.error.expired' },
    });
    expect((await t.call('imports.report', { importId: done.importId }, m.token)).fileName).toBe('lidlar-hisobot.xlsx');
    await t.setClock(Date.parse('2026-12-27T06:00:00Z'));
    await t.call('imports.preview', await xlsx(FILE.slice(0, 2)), m.token);
    expect((await t.fail('imports.report', { importId: done.importId }, m.token)).details.key).toBe(
      'imports.error.expired',
    );
  });

  it('a course deleted between preview and commit leaves its rows without a course, not a failed commit', async () => {
    const { m } = await centre();
    const { id: chess } = await t.call(
      'courses.create',
      { name: 'Chess', price: 500, lessonDuration: 60, lessonsPerWeek: 2 },
      t.adminToken,
    );
    const p = await t.call(
      'imports.preview',
      await xlsx([
        ['Ism', 'Telefon', 'Kurs'],
        ['Aziz', '901234567', 'chess'],
      ]),
      m.token,
    );
    expect(p.notes).toBe(0);
    await t.call('courses.delete', { id: chess }, t.adminToken);
    expect((await t.call('imports.commit', { importId: p.importId }, m.token)).imported).toBe(1);
    expect((await t.call('leads.list', {}, m.token)).items[0]).toMatchObject({ name: 'Aziz', courseId: null });
  });

  it('a stray value far to the right adds one column, not thousands', async () => {
    const { m } = await centre();
    const csv = ['Ism;Telefon', 'Aziz;901234567', `Malika;901234568${';'.repeat(16_000)}x`].join('\n');
    const p = await t.call(
      'imports.preview',
      { fileName: 'lidlar.csv', contentBase64: Buffer.from(csv).toString('base64') },
      m.token,
    );
    expect(p.counts.valid).toBe(2);
    expect(p.columns.length).toBeLessThanOrEqual(60);
  });

  it('exports the filtered list as .xlsx', async () => {
    const { m } = await centre();
    const p = await t.call('imports.preview', await xlsx(FILE), m.token);
    await t.call('imports.commit', { importId: p.importId }, m.token);
    const out = await t.call('leads.export', { source: 'instagram' }, m.token);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(out.contentBase64, 'base64') as never);
    const rows = book.worksheets[0].getSheetValues().filter(Boolean) as unknown[][];
    expect(rows).toHaveLength(2);
    expect(rows[0].slice(1, 4)).toEqual(['Ism', 'Telefon', "Qo'shimcha telefon"]);
    expect(Array.from(rows[1].slice(1, 4), (v) => v ?? '')).toEqual(['Aziz Karimov', '+998901234567', '']);
    expect(out.fileName).toBe('lidlar-2026-11-26.xlsx');
  });
});
