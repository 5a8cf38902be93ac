import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { xlsxWriter } from './xlsx-writer';

describe('xlsxWriter', () => {
  it('writes a bold header, text and numbers plainly, and a date still as a date', async () => {
    const file = xlsxWriter();
    const sheet = file.sheet('Lidlar', [
      { header: 'Ism', width: 20 },
      { header: 'Soni', width: 10 },
      { header: 'Sana', width: 14 },
    ]);
    const day = new Date(Date.UTC(2026, 10, 26));
    sheet.add(['Aziz', 3, day]);
    sheet.add(['Bekzod', 4, day]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await file.finish()) as never);
    const ws = book.worksheets[0];
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.getRow(2).values).toEqual([undefined, 'Aziz', 3, day]);
    expect(ws.getRow(3).getCell(3).value).toEqual(day);
    expect(ws.getRow(3).getCell(1).font?.bold).toBeFalsy();
  });
});
