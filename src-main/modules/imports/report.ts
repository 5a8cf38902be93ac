import ExcelJS from 'exceljs';
import type { RowOutcome } from '../../../src-shared/domain/import-columns';
import { translate } from '../../../src-shared/i18n/index';
import type { ParsedFile } from './parse-file';

const OUTCOME: Record<RowOutcome['status'], string> = {
  valid: 'imports.outcome.valid',
  invalid: 'imports.outcome.invalid',
  duplicateInFile: 'imports.outcome.duplicateInFile',
  duplicateInDb: 'imports.outcome.duplicateInDb',
};

/**
 * Step 4 (SPEC §9): every row of the file as it was, with its outcome and the reason in Uzbek, so
 * nothing is ever dropped silently. Before the commit, "valid" reads as "will be imported".
 */
export async function reportWorkbook(parsed: ParsedFile, outcomes: RowOutcome[], committed: boolean): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Hisobot');
  const uz = (key: string, params?: Record<string, string | number>) => translate('uz', key, params);
  sheet.addRow([uz('imports.report.row'), uz('imports.report.outcome'), uz('imports.report.reason'), ...parsed.header]);
  sheet.getRow(1).font = { bold: true };
  const byRow = new Map(outcomes.map((o) => [o.row, o]));
  for (const { row, cells } of parsed.rows) {
    const o = byRow.get(row);
    const outcome = o ? uz(o.status === 'valid' && !committed ? 'imports.outcome.willImport' : OUTCOME[o.status]) : '';
    const reason = o
      ? [o.problem && uz(o.problem.key, o.problem.params), ...o.notes.map((n) => uz(n))].filter(Boolean).join('; ')
      : '';
    sheet.addRow([row, outcome, reason, ...cells]);
  }
  sheet.columns.forEach((c, i) => (c.width = i === 2 ? 48 : i < 2 ? 14 : 22));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}
