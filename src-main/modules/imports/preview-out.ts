import type { Output } from '../../../src-shared/contract/api';
import type { RowOutcome } from '../../../src-shared/domain/import-columns';
import { translate } from '../../../src-shared/i18n/index';
import type { JudgedFile } from './judged-file';

/** A row not to be written, and why. */
export type Problem = JudgedFile['problems'][number];

/** What a preview answers: the columns as matched, the counts, and each problem row in Uzbek (and as a key). */
export function previewOut(
  importId: number,
  fileName: string,
  judged: JudgedFile,
  problems: Problem[],
  now: number,
): Output<'imports.preview'> {
  const count = (s: RowOutcome['status']) => problems.filter((o) => o.status === s).length;
  const { file, mapping } = judged;
  return {
    importId,
    fileName,
    sheets: file.sheets,
    sheet: file.sheet,
    columns: file.header.map((header, index) => ({ index, header, field: mapping[index] ?? null })),
    counts: {
      rows: judged.total,
      valid: judged.total - problems.length,
      duplicateInFile: count('duplicateInFile'),
      duplicateInDb: count('duplicateInDb'),
      invalid: count('invalid'),
    },
    problems: problems.map((o) => ({
      row: o.row,
      key: o.problem!.key,
      params: o.problem!.params,
      reason: translate('uz', o.problem!.key, o.problem!.params),
    })),
    missing: (['name', 'phone'] as const).filter((f) => !mapping.includes(f)),
    notes: judged.notes,
    createdAt: now,
  };
}
