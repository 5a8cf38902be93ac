// What an import keeps between its preview, its commit and its report (`import_data`, 0013): the file and
// each row's outcome as the worker packed them, and the phones the database held when they were judged.
import { AppError } from '../../../src-shared/contract/errors';
import { markHeld, type RowOutcome } from '../../../src-shared/domain/import-columns';
import type { Db } from '../../db/connect';
import { courseKeys, heldPhones, importedFromSheet } from './import-judge';
import { judgeInWorker } from './judge-in-worker';
import type { JudgeJob } from './judge-worker';
import {
  unpackFile,
  unpackRows,
  type GivenMapping,
  type JudgedFile,
  type KeptFile,
  type KeptRows,
} from './judged-file';

/** The phones the database held when a file was judged: a lead's, or (a sheet) imported from it before. */
export interface Held {
  inDb: Set<string>;
  before: Set<string>;
}

/** Rows' outcomes with the held phones marked "already in the database". */
export const marked = (rows: RowOutcome[], held: Held) => rows.map((o) => markHeld(o, held.inDb, held.before));

/** A file (or rows read already) judged in a worker thread, without the database. */
export async function judge(
  db: Db,
  source: JudgeJob['source'],
  mapping: GivenMapping | undefined,
): Promise<JudgedFile> {
  return judgeInWorker({ source, mapping, courses: await courseKeys(db) });
}

/** The phones of the rows to be written that a lead has, or (a sheet) that were imported from it before. */
export async function heldOf(db: Db, judged: JudgedFile, spreadsheetId: string | null): Promise<Held> {
  const phones = judged.valid.flatMap((v) => v.phones);
  return {
    inDb: await heldPhones(db, phones),
    before: spreadsheetId ? await importedFromSheet(db, spreadsheetId, phones) : new Set(),
  };
}

/** The `import_data` columns of a judged file: the packed file and outcomes, and the phones held then. */
export function keptData(judged: JudgedFile, held: Held) {
  return {
    data: '',
    outcomes: null,
    packed_file: judged.packedFile,
    packed_rows: judged.packedRows,
    held: JSON.stringify({ inDb: [...held.inDb], before: [...held.before] }),
  };
}

/** The kept bulk of an import (gone a day after a preview, 30 days after a commit: "expired"). */
async function kept<K extends 'packed_file' | 'packed_rows' | 'held' | 'data' | 'outcomes'>(
  db: Db,
  importId: number,
  columns: K[],
) {
  const row = await db.selectFrom('import_data').select(columns).where('import_id', '=', importId).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'imports.error.expired');
  return row;
}

/** The import's file and the mapping it was previewed with. */
export async function keptFile(db: Db, importId: number): Promise<KeptFile> {
  const row = await kept(db, importId, ['packed_file', 'data']);
  // Kept before 0013: JSON text.
  return row.packed_file ? unpackFile(row.packed_file) : (JSON.parse(row.data) as KeptFile);
}

/** Each row's outcome as judged then, the phones the database held then marked. */
export async function keptRows(db: Db, imp: { id: number; spreadsheet_id: string | null }): Promise<KeptRows> {
  const row = await kept(db, imp.id, ['packed_rows', 'held', 'data', 'outcomes']);
  if (row.packed_rows) {
    const { mapping, rows } = unpackRows(row.packed_rows);
    const held = JSON.parse(row.held ?? '{}') as { inDb?: string[]; before?: string[] };
    return { mapping, rows: marked(rows, { inDb: new Set(held.inDb), before: new Set(held.before) }) };
  }
  // Kept before 0013: JSON text; before 0011 the outcomes alone, judged with the file's mapping; a preview
  // of the first import builds kept none (they were judged at commit): judged now.
  const file = JSON.parse(row.data) as KeptFile;
  if (row.outcomes === null) {
    const given = Object.fromEntries(file.mapping.map((f, i) => [String(i), f]));
    const judged = await judge(db, { parsed: file.parsed }, given);
    return {
      mapping: judged.mapping,
      rows: marked(unpackRows(judged.packedRows).rows, await heldOf(db, judged, imp.spreadsheet_id)),
    };
  }
  const judged = JSON.parse(row.outcomes) as KeptRows | RowOutcome[];
  return Array.isArray(judged) ? { mapping: file.mapping, rows: judged } : judged;
}
