// The import corpus: REAL files built in memory (exceljs for .xlsx, Buffer / iconv-lite for .csv), the way
// Uzbek offices make them, each with what `parseFile` must give: the parsed file or the problem.
import { PassThrough } from 'node:stream';
import { crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { ImportFileProblem, ParsedFile } from '../../src-main/modules/imports/parse-file';

export interface CorpusFile {
  fileName: string;
  bytes: Buffer;
  /** The sheet to ask for (absent: the first). */
  sheet?: string;
  expect: ParsedFile | { problem: ImportFileProblem };
}

type Row = ParsedFile['rows'][number];

const UZ_HEADER = ['Ism', 'Telefon', 'Manba', 'Kurs', 'Izoh'];

async function xlsxBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// ---------------------------------------------------------------------------------------------------------
// .xlsx

/**
 * Sheet "Lidlar": Uzbek Latin headers; Latin and Cyrillic names; every phone format of the manual's FAQ as
 * text and one phone as a numeric cell; empty rows in the middle (one only spaces); a =CONCATENATE formula
 * with its cached result. Sheet "Mart" has its own rows (see `martSheet`).
 */
async function uzbekWorkbookBytes(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Lidlar');
  ws.addRow(UZ_HEADER).font = { bold: true };
  ws.addRow([
    'Aziza Karimova',
    '+998 90 123 45 67',
    'Instagram',
    'Ingliz tili',
    { formula: 'CONCATENATE(C2," / ",D2)', result: 'Instagram / Ingliz tili' },
  ]);
  ws.addRow(['Дилшод Турсунов', '998901234568', 'Telegram', 'Matematika']);
  // Rows 4 and 5: nothing.
  ws.getRow(6).values = ['Oʻtkir Rahimov', '901234569', 'Tavsiya', 'IT', "Kechqurun qo'ng'iroq qiling"];
  ws.getRow(7).values = ['Ўткир Қодиров', '(90) 123-45-70', 'Instagram', 'Ingliz tili'];
  ws.getRow(8).values = ['Malika', '8 90 123 45 71', 'Banner', 'Rus tili', '  chetida bo‘sh joy  '];
  // The phone typed into a General cell: Excel keeps the number 998901234572 (and shows 9,98901E+11).
  ws.getRow(9).values = ['Javlon Sobirov', 998901234572, 'Telegram', 'Matematika'];
  ws.getRow(10).values = ['   ', '', '  '];
  ws.getRow(11).values = ['Sardor', '', '', '', "telefon yo'q"];

  const mart = wb.addWorksheet('Mart');
  mart.addRow(['Ism', 'Telefon', 'Kurs']);
  mart.addRow(['Bekzod Ismoilov', '+998 91 000 00 01', 'IT']);
  mart.addRow([]);
  mart.addRow(['Нилуфар Азимова', '998910000002', 'Ingliz tili']);
  return xlsxBytes(wb);
}

export async function uzbekWorkbook(): Promise<CorpusFile> {
  return {
    fileName: 'lidlar.xlsx',
    bytes: await uzbekWorkbookBytes(),
    expect: {
      sheets: ['Lidlar', 'Mart'],
      sheet: 'Lidlar',
      header: UZ_HEADER,
      headerRow: 1,
      rows: [
        {
          row: 2,
          cells: ['Aziza Karimova', '+998 90 123 45 67', 'Instagram', 'Ingliz tili', 'Instagram / Ingliz tili'],
        },
        { row: 3, cells: ['Дилшод Турсунов', '998901234568', 'Telegram', 'Matematika', ''] },
        { row: 6, cells: ['Oʻtkir Rahimov', '901234569', 'Tavsiya', 'IT', "Kechqurun qo'ng'iroq qiling"] },
        { row: 7, cells: ['Ўткир Қодиров', '(90) 123-45-70', 'Instagram', 'Ingliz tili', ''] },
        { row: 8, cells: ['Malika', '8 90 123 45 71', 'Banner', 'Rus tili', 'chetida bo‘sh joy'] },
        { row: 9, cells: ['Javlon Sobirov', '998901234572', 'Telegram', 'Matematika', ''] },
        { row: 11, cells: ['Sardor', '', '', '', "telefon yo'q"] },
      ],
    },
  };
}

/** The same workbook, second sheet "Mart" asked for by name. */
export async function martSheet(): Promise<CorpusFile> {
  return {
    fileName: 'lidlar.xlsx',
    bytes: await uzbekWorkbookBytes(),
    sheet: 'Mart',
    expect: {
      sheets: ['Lidlar', 'Mart'],
      sheet: 'Mart',
      header: ['Ism', 'Telefon', 'Kurs'],
      headerRow: 1,
      rows: [
        { row: 2, cells: ['Bekzod Ismoilov', '+998 91 000 00 01', 'IT'] },
        { row: 4, cells: ['Нилуфар Азимова', '998910000002', 'Ingliz tili'] },
      ],
    },
  };
}

/** The same workbook, a sheet it does not have. */
export async function missingSheet(): Promise<CorpusFile> {
  return { fileName: 'lidlar.xlsx', bytes: await uzbekWorkbookBytes(), sheet: 'Aprel', expect: { problem: 'noSheet' } };
}

/**
 * Russian headers in another order; merged header cells (ФИО over surname + name, Примечание over two note
 * columns, the last one), a course merged down two rows; 5 000 bordered, filled but empty rows at the end.
 */
export async function russianWorkbook(): Promise<CorpusFile> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Лиды');
  ws.addRow(['Телефон', 'ФИО', '', 'Курс', 'Источник', 'Примечание', '']);
  ws.mergeCells('B1:C1');
  ws.mergeCells('F1:G1');
  ws.addRow(['+998 90 765 43 21', 'Петрова', 'Анна', 'Английский', 'Instagram', 'перезвонить, после 18:00', 'VIP']);
  ws.addRow(['998 (90) 765-43-22', 'Ким', 'Виктор', 'Математика', 'Сайт']);
  ws.addRow(['90 765 43 23', 'Rahimova', 'Dilnoza', '', 'Telegram', '', 'ota-onasi']);
  ws.mergeCells('D3:D4');
  const border: Partial<ExcelJS.Borders> = {
    top: { style: 'thin' },
    left: { style: 'thin' },
    bottom: { style: 'thin' },
    right: { style: 'thin' },
  };
  for (let r = 5; r < 5 + 5000; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= 7; c++) {
      const cell = row.getCell(c);
      cell.border = border;
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
    }
  }
  return {
    fileName: 'Лиды март.xlsx',
    bytes: await xlsxBytes(wb),
    expect: {
      sheets: ['Лиды'],
      sheet: 'Лиды',
      header: ['Телефон', 'ФИО', '', 'Курс', 'Источник', 'Примечание', ''],
      headerRow: 1,
      rows: [
        {
          row: 2,
          cells: ['+998 90 765 43 21', 'Петрова', 'Анна', 'Английский', 'Instagram', 'перезвонить, после 18:00', 'VIP'],
        },
        { row: 3, cells: ['998 (90) 765-43-22', 'Ким', 'Виктор', 'Математика', 'Сайт', '', ''] },
        { row: 4, cells: ['90 765 43 23', 'Rahimova', 'Dilnoza', '', 'Telegram', '', 'ota-onasi'] },
      ],
    },
  };
}

/**
 * Every kind of cell value, under a header on row 3 (row 1 only formatted, row 2 nothing): rich text, dates
 * (a value and a formula result), booleans, a fraction, an integer past 10^21, a hyperlink, an error, a
 * formula without a cached result, a formula whose result is an error.
 */
export async function cellTypesWorkbook(): Promise<CorpusFile> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Turlar');
  ws.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  ws.getRow(3).values = ['Ism', 'Sana', 'Keldi', 'Summa', 'Havola', 'Izoh'];
  ws.getRow(4).values = [
    { richText: [{ text: 'Aziza ', font: { bold: true } }, { text: 'Karimova' }] },
    new Date(Date.UTC(2026, 2, 15)),
    true,
    1250000.5,
    { text: 'sayt', hyperlink: 'https://example.uz/lid/1' },
    { error: '#N/A' },
  ];
  ws.getRow(5).values = [
    'Bobur',
    { formula: 'DATE(2026,3,16)', result: new Date(Date.UTC(2026, 2, 16)) },
    false,
    1e21,
    { formula: 'A4&A5' },
    { formula: '1/0', result: { error: '#DIV/0!' } },
  ];
  ws.getRow(6).values = ['Kamola', '', '', 0.1, '', 42];
  ws.getCell('B4').numFmt = 'dd.mm.yyyy';
  ws.getCell('B5').numFmt = 'dd.mm.yyyy';
  return {
    fileName: 'turlar.xlsx',
    bytes: await xlsxBytes(wb),
    expect: {
      sheets: ['Turlar'],
      sheet: 'Turlar',
      header: ['Ism', 'Sana', 'Keldi', 'Summa', 'Havola', 'Izoh'],
      headerRow: 3,
      rows: [
        { row: 4, cells: ['Aziza Karimova', '2026-03-15', 'true', '1250000.5', 'sayt', ''] },
        { row: 5, cells: ['Bobur', '2026-03-16', 'false', '1000000000000000000000', '', ''] },
        { row: 6, cells: ['Kamola', '', '', '0.1', '', '42'] },
      ],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// .csv / .txt

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * UTF-8 with a BOM, comma-delimited, CRLF (Excel's "CSV UTF-8"): a quoted field with a line break (one
 * record over two lines: the next record is still row 4), doubled quotes, a comma inside quotes.
 */
export function utf8BomCsv(): CorpusFile {
  const text = [
    'Ism,Telefon,Manba,Kurs,Izoh',
    'Aziza Karimova,+998 90 123 45 67,Instagram,Ingliz tili,"Ertalab, 10:00 dan keyin"',
    '"Oʻtkir ""Ustoz"" Rahimov",998901234567,Telegram,IT,"Birinchi qator\r\nikkinchi qator"',
    'Malika,(90) 123-45-67,Tavsiya,Matematika,',
    '',
  ].join('\r\n');
  return {
    fileName: 'lidlar-utf8.csv',
    bytes: Buffer.concat([BOM, Buffer.from(text, 'utf8')]),
    expect: csvExpect('lidlar-utf8', UZ_HEADER, [
      {
        row: 2,
        cells: ['Aziza Karimova', '+998 90 123 45 67', 'Instagram', 'Ingliz tili', 'Ertalab, 10:00 dan keyin'],
      },
      {
        row: 3,
        cells: ['Oʻtkir "Ustoz" Rahimov', '998901234567', 'Telegram', 'IT', 'Birinchi qator\r\nikkinchi qator'],
      },
      { row: 4, cells: ['Malika', '(90) 123-45-67', 'Tavsiya', 'Matematika', ''] },
    ]),
  };
}

/**
 * UTF-8 without a BOM, `;`-delimited, LF (a Russian-locale Excel): Russian headers in another order, a phone
 * Excel turned into `9,98901E+11` (kept as that text), notes full of commas (the header decides the
 * delimiter, not the data), a row of only delimiters in the middle.
 */
export function semicolonCsv(): CorpusFile {
  const text = [
    'ФИО;Телефон;Источник;Курс;Примечание',
    'Иванов Иван;9,98901E+11;Instagram;Английский;перезвонить, после 18:00, спросить маму',
    'Anvar Toshmatov;8 90 123 45 67;Telegram;IT;',
    ';;;;',
    'Петрова Анна;901234567;Сайт;Математика;"цитата ""да"""',
    '',
  ].join('\n');
  return {
    fileName: 'lidi.csv',
    bytes: Buffer.from(text, 'utf8'),
    expect: csvExpect(
      'lidi',
      ['ФИО', 'Телефон', 'Источник', 'Курс', 'Примечание'],
      [
        {
          row: 2,
          cells: ['Иванов Иван', '9,98901E+11', 'Instagram', 'Английский', 'перезвонить, после 18:00, спросить маму'],
        },
        { row: 3, cells: ['Anvar Toshmatov', '8 90 123 45 67', 'Telegram', 'IT', ''] },
        { row: 5, cells: ['Петрова Анна', '901234567', 'Сайт', 'Математика', 'цитата "да"'] },
      ],
    ),
  };
}

/** Windows-1251 (Excel's plain "CSV" on a Russian Windows), `;`, CRLF, an empty line, ragged rows. */
export function cp1251Csv(): CorpusFile {
  const text = [
    'ФИО;Телефон;Курс;Источник;Примечание',
    'Сидоров Пётр;+998 90 123 45 67;Английский',
    '',
    'Ёлкина Мария;998901234567;Математика;Instagram;Звонить утром;лишняя ячейка',
    'Шукуров Шохрух;(90) 123-45-67;Русский язык;Сарафан;«ВИП»',
    '',
  ].join('\r\n');
  return {
    fileName: 'export-1251.csv',
    bytes: iconv.encode(text, 'win1251'),
    expect: csvExpect(
      'export-1251',
      // A cell past the header is kept, under a column without a heading (never silently dropped).
      ['ФИО', 'Телефон', 'Курс', 'Источник', 'Примечание', ''],
      [
        { row: 2, cells: ['Сидоров Пётр', '+998 90 123 45 67', 'Английский', '', '', ''] },
        {
          row: 4,
          cells: ['Ёлкина Мария', '998901234567', 'Математика', 'Instagram', 'Звонить утром', 'лишняя ячейка'],
        },
        { row: 5, cells: ['Шукуров Шохрух', '(90) 123-45-67', 'Русский язык', 'Сарафан', '«ВИП»', ''] },
      ],
    ),
  };
}

/** Tab-delimited .txt (UTF-8): commas and semicolons in the data do not fool the header's tabs. */
export function tabTxt(): CorpusFile {
  const text = [
    'Ism\tTelefon\tKurs\tIzoh',
    'Ali, Vali\t+998 90 123 45 67\tIngliz; Rus\ta;b;c;d',
    'Zarina\t901234567\tIT\t',
  ].join('\n');
  return {
    fileName: 'lidlar.txt',
    bytes: Buffer.from(text, 'utf8'),
    expect: csvExpect(
      'lidlar',
      ['Ism', 'Telefon', 'Kurs', 'Izoh'],
      [
        { row: 2, cells: ['Ali, Vali', '+998 90 123 45 67', 'Ingliz; Rus', 'a;b;c;d'] },
        { row: 3, cells: ['Zarina', '901234567', 'IT', ''] },
      ],
    ),
  };
}

/** Excel's "Unicode text" (.txt): UTF-16LE with a BOM, tabs, CRLF; Uzbek Cyrillic that cp1251 lacks. */
export function utf16Txt(): CorpusFile {
  const text = ['Ism\tTelefon', 'Ўткир Қодиров\t+998 90 123 45 67', 'Ғайрат Ҳамидов\t998901234568', ''].join('\r\n');
  return {
    fileName: 'unicode.txt',
    bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    expect: csvExpect(
      'unicode',
      ['Ism', 'Telefon'],
      [
        { row: 2, cells: ['Ўткир Қодиров', '+998 90 123 45 67'] },
        { row: 3, cells: ['Ғайрат Ҳамидов', '998901234568'] },
      ],
    ),
  };
}

/** Excel's `sep=;` hint line: names the delimiter and is no row (Excel hides it too). */
export function sepHintCsv(): CorpusFile {
  const text = ['sep=;', 'Ism,familiya;Telefon', 'Aziz, Karimov;901234567', ''].join('\r\n');
  return {
    fileName: 'sep.csv',
    bytes: Buffer.from(text, 'utf8'),
    expect: csvExpect('sep', ['Ism,familiya', 'Telefon'], [{ row: 2, cells: ['Aziz, Karimov', '901234567'] }]),
  };
}

/** A header and nothing else: parses (no rows); the caller says there is nothing to import. */
export function headerOnlyCsv(): CorpusFile {
  return {
    fileName: 'sarlavha.csv',
    bytes: Buffer.from('Ism;Telefon;Kurs\r\n;;\r\n', 'utf8'),
    expect: csvExpect('sarlavha', ['Ism', 'Telefon', 'Kurs'], []),
  };
}

function csvExpect(name: string, header: string[], rows: Row[]): ParsedFile {
  return { sheets: [name], sheet: name, header, headerRow: 1, rows };
}

// ---------------------------------------------------------------------------------------------------------
// Problems

/** An old binary Excel file: the OLE2 signature D0 CF 11 E0 A1 B1 1A E1, then a 512-byte header's worth. */
export function oldXls(): CorpusFile {
  const bytes = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
  return { fileName: 'x.xls', bytes, expect: { problem: 'xls' } };
}

/** A Word document: a real zip, but no workbook in it. */
export function docxZip(): CorpusFile {
  const bytes = zip([
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ],
    [
      'word/document.xml',
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
        '<w:body><w:p><w:r><w:t>Lidlar</w:t></w:r></w:p></w:body></w:document>',
    ],
  ]);
  return { fileName: 'lidlar.docx', bytes, expect: { problem: 'unsupported' } };
}

/**
 * A workbook written by hand the way other programs write them (the OpenXML SDK's `x:` prefixes, Excel's
 * phonetic guides and `_x000D_`, LibreOffice's inline strings, Excelize's `SharedStrings.xml`): an absolute
 * workbook path, a chart sheet (not offered), cells without references, a row without a number, the 1904
 * date system, a built-in and a custom date format (with a `>` in it), an ISO date cell without a zone,
 * a formula's text result, entities, an error and a boolean.
 */
export function handMadeWorkbook(): CorpusFile {
  const ns = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const s = (i: number) => `<x:c t="s"><x:v>${i}</x:v></x:c>`;
  const inline = (text: string) => `<x:c t="inlineStr"><x:is><x:t>${text}</x:t></x:is></x:c>`;
  const bytes = zip([
    [
      '_rels/.rels',
      `<Relationships><Relationship Id="rId1" Type="${rel}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
    ],
    [
      'xl/workbook.xml',
      `<x:workbook ${ns} xmlns:r="${rel}"><x:workbookPr date1904="1"/><x:sheets><x:sheet name="Lidlar &amp; mijozlar" sheetId="1" r:id="rId1"/>` +
        '<x:sheet name="Diagramma" sheetId="2" r:id="rId3"/></x:sheets></x:workbook>',
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `<Relationships><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/>` +
        `<Relationship Id="rId3" Type="${rel}/chartsheet" Target="chartsheets/sheet1.xml"/>` +
        `<Relationship Id="rId4" Type="${rel}/styles" Target="/xl/styles.xml"/></Relationships>`,
    ],
    [
      'xl/SharedStrings.xml',
      `<x:sst ${ns}><x:si><x:t>Ism</x:t></x:si>` +
        '<x:si><x:r><x:t xml:space="preserve">Telefon </x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>raqami</x:t></x:r></x:si>' +
        '<x:si><x:t>Aziza</x:t><x:rPh sb="0" eb="1"><x:t>アジザ</x:t></x:rPh></x:si>' +
        '<x:si><x:t>Birinchi_x000D_\nikkinchi</x:t></x:si><x:si><x:t>Tom &amp; Jerry &lt;3 &#1049;</x:t></x:si></x:sst>',
    ],
    [
      'xl/styles.xml',
      `<x:styleSheet ${ns}><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="[>=1][$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy"/></x:numFmts>` +
        '<x:cellStyleXfs count="1"><x:xf numFmtId="14"/></x:cellStyleXfs>' +
        '<x:cellXfs count="4"><x:xf numFmtId="0"/><x:xf numFmtId="14" applyNumberFormat="1"/><x:xf numFmtId="164"/><x:xf numFmtId="3"/></x:cellXfs></x:styleSheet>',
    ],
    [
      'xl/worksheets/sheet1.xml',
      `<x:worksheet ${ns}><x:dimension ref="A1:E6"/><x:sheetData>` +
        `<x:row r="1">${s(0)}${s(1)}${inline('Sana')}${inline('Izoh')}</x:row>` +
        '<x:row r="2"><x:c r="A2" t="s"><x:v>2</x:v></x:c><x:c r="B2" s="3"><x:v>998901234567</x:v></x:c>' +
        '<x:c r="C2" s="1"><x:v>44634</x:v></x:c><x:c r="D2" t="s"><x:v>3</x:v></x:c></x:row>' +
        '<x:row r="3" spans="1:4"/>' +
        '<x:row><x:c r="A4" t="str"><x:f>"Bo"&amp;"bur"</x:f><x:v>Bobur</x:v></x:c>' +
        '<x:c r="B4" t="inlineStr"><x:is><x:r><x:t xml:space="preserve">+998 </x:t></x:r><x:r><x:t>91 000 00 01</x:t></x:r></x:is></x:c>' +
        '<x:c r="C4" t="d"><x:v>2026-03-16T00:00:00</x:v></x:c><x:c r="D4" t="s"><x:v>4</x:v></x:c></x:row>' +
        '<x:row r="6"><x:c r="A6" t="s"><x:v>2</x:v></x:c><x:c r="B6" t="e"><x:v>#N/A</x:v></x:c>' +
        '<x:c r="C6" s="2"><x:v>44635</x:v></x:c><x:c r="E6" t="b"><x:v>1</x:v></x:c></x:row>' +
        '</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="D1:E1"/></x:mergeCells></x:worksheet>',
    ],
    ['xl/chartsheets/sheet1.xml', `<x:chartsheet ${ns}/>`],
  ]);
  return {
    fileName: 'boshqa-dastur.xlsx',
    bytes,
    expect: {
      sheets: ['Lidlar & mijozlar'],
      sheet: 'Lidlar & mijozlar',
      header: ['Ism', 'Telefon raqami', 'Sana', 'Izoh', ''],
      headerRow: 1,
      rows: [
        { row: 2, cells: ['Aziza', '998901234567', '2026-03-15', 'Birinchi\r\nikkinchi', ''] },
        { row: 4, cells: ['Bobur', '+998 91 000 00 01', '2026-03-16', 'Tom & Jerry <3 Й', ''] },
        { row: 6, cells: ['Aziza', '', '2026-03-16', '', 'true'] },
      ],
    },
  };
}

/** An .xlsx cut short (a download that broke off). */
export async function brokenXlsx(): Promise<CorpusFile> {
  const whole = await uzbekWorkbookBytes();
  return { fileName: 'buzilgan.xlsx', bytes: whole.subarray(0, 1500), expect: { problem: 'broken' } };
}

export function emptyFile(): CorpusFile {
  return { fileName: 'bosh.csv', bytes: Buffer.alloc(0), expect: { problem: 'empty' } };
}

/** Only delimiters, spaces and line breaks. */
export function blankCsv(): CorpusFile {
  return { fileName: 'bosh2.csv', bytes: Buffer.from(';;;\r\n\r\n  ;  \r\n', 'utf8'), expect: { problem: 'empty' } };
}

export function pngFile(): CorpusFile {
  const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
  return { fileName: 'rasm.png', bytes, expect: { problem: 'unsupported' } };
}

/** One byte over the limit. */
export function tooBigCsv(): CorpusFile {
  const bytes = Buffer.alloc(10 * 1024 * 1024 + 1, 0x41);
  return { fileName: 'katta.csv', bytes, expect: { problem: 'tooBig' } };
}

/** Every corpus file above (not `bigWorkbook`). */
export async function importCorpus(): Promise<Array<{ name: string; file: CorpusFile }>> {
  const makers: Record<string, () => CorpusFile | Promise<CorpusFile>> = {
    uzbekWorkbook,
    martSheet,
    missingSheet,
    russianWorkbook,
    cellTypesWorkbook,
    handMadeWorkbook,
    utf8BomCsv,
    semicolonCsv,
    cp1251Csv,
    tabTxt,
    utf16Txt,
    sepHintCsv,
    headerOnlyCsv,
    oldXls,
    docxZip,
    brokenXlsx,
    emptyFile,
    blankCsv,
    pngFile,
    tooBigCsv,
  };
  const out: Array<{ name: string; file: CorpusFile }> = [];
  for (const [name, make] of Object.entries(makers)) out.push({ name, file: await make() });
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Benchmark

const FIRST = ['Aziz', 'Dilnoza', 'Jasur', 'Malika', 'Shohruh', 'Gulnora', "O'g'iloy", 'Дилшод', 'Нилуфар', 'Ўткир'];
const LAST = ['Karimov', 'Yusupova', 'Rahimov', 'Ergasheva', 'Qodirov', 'Турсунов', 'Азимова', 'Қодиров'];
const SOURCES = ['Instagram', 'Telegram', 'Tavsiya', 'Banner', 'Sayt', 'Qo‘ng‘iroq'];
const COURSES = ['Ingliz tili', 'Matematika', 'IT', 'Rus tili', 'Koreys tili', 'Fizika'];
const NOTES = ['', '', '', 'Kechqurun qo‘ng‘iroq qiling', 'перезвонить после 18:00', 'Ota-onasi bilan gaplashish'];

/**
 * A realistic .xlsx of `n` leads (sheet "Lidlar", header Ism/Telefon/Manba/Kurs/Izoh on row 1): unique
 * phones `+99890` + 7 digits of the row number, written with exceljs's streaming writer and shared strings
 * like Excel. `expect` holds every row.
 */
export async function bigWorkbook(n: number): Promise<CorpusFile & { expect: ParsedFile }> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true, useStyles: false });
  const ws = wb.addWorksheet('Lidlar');
  ws.addRow(UZ_HEADER).commit();
  const rows: Row[] = [];
  for (let i = 1; i <= n; i++) {
    const cells = [
      `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`,
      `+99890${String(i).padStart(7, '0')}`,
      SOURCES[i % SOURCES.length],
      COURSES[(i * 3) % COURSES.length],
      NOTES[i % NOTES.length],
    ];
    ws.addRow(cells).commit();
    rows.push({ row: i + 1, cells });
  }
  ws.commit();
  await wb.commit();
  await ended;
  return {
    fileName: `lidlar-${n}.xlsx`,
    bytes: Buffer.concat(chunks),
    expect: { sheets: ['Lidlar'], sheet: 'Lidlar', header: UZ_HEADER, headerRow: 1, rows },
  };
}

// ---------------------------------------------------------------------------------------------------------

/** A stored (uncompressed) zip of the given text files. */
function zip(files: Array<[name: string, text: string]>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(text, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE(0x21, 12); // date: 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const centralDir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralDir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralDir, end]);
}
