import type { Output } from '../../../src-shared/contract/api';
import type { RowOutcome } from '../../../src-shared/domain/import-columns';
import { translate } from '../../../src-shared/i18n/index';
import type { Mapping } from './import-judge';
import type { ParsedFile } from './parse-file';

/** What a preview answers: the columns as matched, the counts, and each problem row in Uzbek (and as a key). */
export function previewOut(
  importId: number,
  fileName: string,
  parsed: ParsedFile,
  mapping: Mapping,
  outcomes: RowOutcome[],
  now: number,
): Output<'imports.preview'> {
  const count = (s: RowOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  return {
    importId,
    fileName,
    sheets: parsed.sheets,
    sheet: parsed.sheet,
    columns: parsed.header.map((header, index) => ({ index, header, field: mapping[index] ?? null })),
    counts: {
      rows: outcomes.length,
      valid: count('valid'),
      duplicateInFile: count('duplicateInFile'),
      duplicateInDb: count('duplicateInDb'),
      invalid: count('invalid'),
    },
    problems: outcomes
      .filter((o) => o.problem)
      .map((o) => ({
        row: o.row,
        key: o.problem!.key,
        params: o.problem!.params,
        reason: translate('uz', o.problem!.key, o.problem!.params),
      })),
    missing: (['name', 'phone'] as const).filter((f) => !mapping.includes(f)),
    notes: outcomes.reduce((n, o) => n + o.notes.length, 0),
    createdAt: now,
  };
}
