import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';

export interface XlsxSheet {
  /** One row under the header, written out at once (nothing of it is kept). */
  add(values: unknown[]): void;
}

/**
 * The style of every text or number cell under the header. exceljs works out a cell's style for each
 * cell it writes unless it has seen that very style object before: one shared object (frozen: never
 * changed through a cell) makes a 50 000-row export ~40 % faster. exceljs keeps the first style id it
 * gave an object whatever the cell's type, so a date cell (its own number format) keeps its own style.
 */
const PLAIN = Object.freeze({});

/**
 * An .xlsx written as a stream (exceljs WorkbookWriter): rows go to the zip as they are added, so a
 * 50 000-row export takes a few MB of memory, not the workbook model's 700 MB, and a third of the time.
 * Each sheet has a bold, frozen header row. `finish()` gives the file.
 */
export function xlsxWriter() {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  let open: ExcelJS.Worksheet | null = null;
  return {
    sheet(name: string, columns: Array<{ header: string; width: number }>): XlsxSheet {
      open?.commit();
      const ws = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
      ws.columns = columns.map((c) => ({ header: c.header, width: c.width }));
      ws.getRow(1).font = { bold: true };
      ws.getRow(1).commit();
      open = ws;
      return {
        add: (values) => {
          const row = ws.addRow(values);
          row.eachCell((cell) => {
            if (!(cell.value instanceof Date)) cell.style = PLAIN;
          });
          row.commit();
        },
      };
    },
    async finish(): Promise<Buffer> {
      open?.commit();
      await book.commit();
      await ended;
      return Buffer.concat(chunks);
    },
  };
}
