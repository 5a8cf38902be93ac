import { xlsxWriter } from '../xlsx-writer';
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
  const uz = (key: string, params?: Record<string, string | number>) => translate('uz', key, params);
  const file = xlsxWriter();
  const sheet = file.sheet('Hisobot', [
    { header: uz('imports.report.row'), width: 14 },
    { header: uz('imports.report.outcome'), width: 14 },
    { header: uz('imports.report.reason'), width: 48 },
    ...parsed.header.map((header) => ({ header, width: 22 })),
  ]);
  const byRow = new Map(outcomes.map((o) => [o.row, o]));
  let written = 0;
  for (const { row, cells } of parsed.rows) {
    // Other desks' calls go between every 2 000 rows, as in the leads export: 50 000 rows take ~1 s, and
    // no call waits more than ~0.3 s (the zip written at the end).
    if (++written % 2_000 === 0) await new Promise((r) => setImmediate(r));
    const o = byRow.get(row);
    const outcome = o ? uz(o.status === 'valid' && !committed ? 'imports.outcome.willImport' : OUTCOME[o.status]) : '';
    const reason = o
      ? [o.problem && uz(o.problem.key, o.problem.params), ...o.notes.map((n) => uz(n))].filter(Boolean).join('; ')
      : '';
    sheet.add([row, outcome, reason, ...cells]);
  }
  return file.finish();
}
