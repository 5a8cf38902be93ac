// Reads an uploaded lead list (.xlsx or .csv/.txt) into text rows: pure parsing, no database. Runs in a worker
// thread (judge-worker.ts, through `judgeInWorker`) so a 10 MB workbook never blocks the core's event loop.
import { parse as parseCsv } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { NoSuchSheet, NotAWorkbook, numberText, readXlsx, type SheetLines } from './xlsx-reader';

export interface ParsedFile {
  /** Sheet names in workbook order (a CSV: one, named after the file without its extension). */
  sheets: string[];
  /** The sheet read: the first unless one was asked for. */
  sheet: string;
  /** The first non-empty row, as text (a merged cell: its value in the first cell, '' in the rest). */
  header: string[];
  /** The header's own row number in the sheet (usually 1). */
  headerRow: number;
  /**
   * The data rows after the header, all-empty rows left out. `row` is the sheet's own row number as Excel
   * shows it (a CSV: the record number, header = 1); `cells` are aligned to the header (padded / cut).
   */
  rows: Array<{ row: number; cells: string[] }>;
}

/**
 * xls: an old binary Excel file (save it as .xlsx); unsupported: neither a workbook nor CSV; tooBig: over
 * MAX_IMPORT_BYTES; empty: nothing in it; broken: a workbook (or CSV) that cannot be read; noSheet: the
 * sheet asked for is not in the file.
 */
export type ImportFileProblem = 'xls' | 'unsupported' | 'tooBig' | 'empty' | 'broken' | 'noSheet';

export class ImportFileError extends Error {
  constructor(readonly problem: ImportFileProblem) {
    super(`import file: ${problem}`);
    this.name = 'ImportFileError';
  }
}

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** Columns kept beyond a header's last named one: a lead list has a handful; more is stray data. */
const MAX_COLUMNS = 60;

type Kind = 'xls' | 'xlsx' | 'csv';

export async function parseFile(bytes: Uint8Array, fileName: string, sheet?: string): Promise<ParsedFile> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new ImportFileError('tooBig');
  const kind = kindOf(bytes, fileName);
  if (kind === 'xls') throw new ImportFileError('xls');
  if (bytes.byteLength === 0) throw new ImportFileError('empty');
  return kind === 'xlsx' ? parseXlsx(bytes, fileName, sheet) : parseCsvFile(bytes, fileName, sheet);
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);
const extension = (fileName: string) => /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';

/** The content decides first (an .xlsx saved under another name still reads), the name second. */
export function kindOf(bytes: Uint8Array, fileName: string): Kind {
  if (startsWith(bytes, OLE2)) return 'xls';
  if (startsWith(bytes, ZIP)) return 'xlsx';
  const ext = extension(fileName);
  if (ext === 'xls') return 'xls';
  if (ext === 'xlsx') return 'xlsx';
  if (ext === 'csv' || ext === 'txt') return 'csv';
  throw new ImportFileError('unsupported');
}

// ---------------------------------------------------------------------------------------------------------
// .xlsx

/** The chosen sheet's rows (xlsx-reader.ts). A zip that is no workbook (a .docx, .ods): not ours. */
function parseXlsx(bytes: Uint8Array, fileName: string, sheet: string | undefined): ParsedFile {
  let read: SheetLines;
  try {
    read = readXlsx(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), sheet);
  } catch (e) {
    if (e instanceof NoSuchSheet) throw new ImportFileError('noSheet');
    // Under an .xlsx name (or not a zip at all): a damaged workbook.
    const ext = extension(fileName);
    const notOurs = e instanceof NotAWorkbook && ext !== 'xlsx' && ext !== 'xlsm' && startsWith(bytes, ZIP);
    throw new ImportFileError(notOurs ? 'unsupported' : 'broken');
  }
  return assemble(read.sheets, read.sheet, read.lines);
}

/** A value of a Google sheet (values.get, unformatted) as text: a number keeps all its digits. */
export function cellText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return '';
}

// ---------------------------------------------------------------------------------------------------------
// .csv / .txt

function parseCsvFile(bytes: Uint8Array, fileName: string, sheet: string | undefined): ParsedFile {
  const base = fileName.replace(/^.*[\\/]/, '');
  const name = base.replace(/\.[^.]*$/, '') || base;
  if (sheet !== undefined && sheet !== name) throw new ImportFileError('noSheet');

  let text = decode(bytes);
  let delimiter: string | undefined;
  // Excel's own hint line ("sep=;"): not a row, and it names the delimiter.
  const hint = /^sep=(.)\r?\n/i.exec(text);
  if (hint) {
    delimiter = hint[1];
    text = text.slice(hint[0].length);
  }
  delimiter ??= headerDelimiter(text);
  if (delimiter === undefined) throw new ImportFileError('empty');

  let records: Array<{ record: string[]; info: { records: number } }>;
  try {
    records = parseCsv(text, {
      delimiter,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as unknown as typeof records;
  } catch {
    throw new ImportFileError('broken');
  }
  const lines: Array<{ row: number; cells: string[] }> = [];
  for (const { record, info } of records) {
    const cells = record.map((c) => c.trim());
    if (cells.some((c) => c !== '')) lines.push({ row: info.records, cells });
  }
  return assemble([name], name, lines);
}

/** UTF-8 (BOM or not), UTF-16 with a BOM (Excel's "Unicode text"), else Windows-1251. */
function decode(bytes: Uint8Array): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return buf.toString('utf8', 3);
  if (startsWith(bytes, [0xff, 0xfe])) return iconv.decode(buf, 'utf16le'); // iconv drops the BOM
  if (startsWith(bytes, [0xfe, 0xff])) return iconv.decode(buf, 'utf16be');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(buf, 'win1251');
  }
}

/**
 * The delimiter of the header line (the first line with any text): `,`, `;` or tab, whichever occurs most
 * outside double quotes (a tie or none: `,`). Never guessed from the data, where commas fill notes and
 * `9,98901E+11` phones. undefined: no text at all (only delimiters, quotes and blanks).
 */
function headerDelimiter(text: string): string | undefined {
  const start = text.search(/[^\s,;"]/);
  if (start < 0) return undefined;
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = lineStart; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  let best = ',';
  for (const d of [';', '\t']) if (counts[d] > counts[best]) best = d;
  return best;
}

// ---------------------------------------------------------------------------------------------------------

/**
 * The first non-empty line is the header; the rest are aligned to it. The width is the header's last
 * named column, or further when rows have values beyond it (a column without a heading, or under a merged
 * heading cell): such a column is shown "without a heading" and can be chosen for a field.
 */
export function assemble(sheets: string[], sheet: string, lines: Array<{ row: number; cells: string[] }>): ParsedFile {
  const [first, ...rest] = lines;
  if (!first) throw new ImportFileError('empty');
  const used = (cells: string[]) => {
    let n = cells.length;
    while (n > 0 && (cells[n - 1] ?? '') === '') n--;
    return n;
  };
  const named = used(first.cells);
  // A stray value far to the right (or a line of 16 000 ";") must not make every row that wide.
  let width = named;
  for (const line of rest) width = Math.max(width, Math.min(used(line.cells), Math.max(named, MAX_COLUMNS)));
  const header = Array.from({ length: width }, (_, i) => clean(first.cells[i]));
  const rows: ParsedFile['rows'] = [];
  for (const line of rest) {
    const cells = Array.from({ length: width }, (_, i) => clean(line.cells[i]));
    if (cells.some((c) => c !== '')) rows.push({ row: line.row, cells });
  }
  return { sheets, sheet, header, headerRow: first.row, rows };
}

const clean = (cell: string | undefined) => cell ?? '';
