import {
  headerKey,
  IMPORT_FIELDS,
  markHeld,
  matchColumns,
  rowJudge,
  type ImportField,
  type RowOutcome,
} from '../../../src-shared/domain/import-columns';
import type { Db } from '../../db/connect';
import { transaction } from '../../db/transaction';
import type { ParsedFile } from './parse-file';

/** Column index → field (null: ignored), as judged. */
export type Mapping = Array<ImportField | null>;

/** Rows judged between two turns of the event loop (~25 ms): other desks' calls go in between. */
const ROWS_PER_TURN = 2_000;
/** Phones asked of the database per query (well under SQLite's bound-value limit). */
const PHONES_PER_QUERY = 5_000;

export const nextTurn = () => new Promise<void>((r) => setImmediate(r));

/** The phones (main and extra) of the rows that would be written. */
export const phonesOf = (outcomes: RowOutcome[]) =>
  outcomes.flatMap((o) => (o.lead ? [o.lead.phone, ...(o.lead.extraPhone ? [o.lead.extraPhone] : [])] : []));

/**
 * Every row's outcome (SPEC §9), judged in slices so a 50 000-row file never holds the event loop,
 * then the phones leads already have — and, for a Google sheet, the phones imported from it before —
 * marked as "already in the database".
 */
export async function judgeFile(
  db: Db,
  parsed: ParsedFile,
  mapping: Array<ImportField | null>,
  spreadsheetId: string | null,
): Promise<RowOutcome[]> {
  const courses = new Map(
    (await db.selectFrom('courses').select(['id', 'name']).execute()).map((c) => [headerKey(c.name), c.id]),
  );
  const judge = rowJudge(mapping, courses);
  const judged: RowOutcome[] = [];
  for (let i = 0; i < parsed.rows.length; i += ROWS_PER_TURN) {
    for (const r of parsed.rows.slice(i, i + ROWS_PER_TURN)) judged.push(judge(r));
    await nextTurn();
  }
  const phones = phonesOf(judged);
  const held = await heldPhones(db, phones);
  const before = spreadsheetId ? await importedFromSheet(db, spreadsheetId, phones) : undefined;
  return judged.map((o) => markHeld(o, held, before));
}

/** Which of `phones` a query finds, asked in slices of SQLite's bound-value limit. */
async function found(phones: string[], find: (slice: string[]) => Promise<Array<{ phone: string }>>) {
  const out = new Set<string>();
  for (let i = 0; i < phones.length; i += PHONES_PER_QUERY)
    for (const r of await find(phones.slice(i, i + PHONES_PER_QUERY))) out.add(r.phone);
  return out;
}

/** Which of these phones a lead already has (main or extra). */
export const heldPhones = (db: Db, phones: string[]) =>
  found(phones, (slice) => db.selectFrom('lead_phones').select('phone').where('phone', 'in', slice).execute());

/** Which of these phones rows of this Google sheet had when they were imported before. */
export const importedFromSheet = (db: Db, spreadsheetId: string, phones: string[]) =>
  found(phones, (slice) =>
    db
      .selectFrom('sheet_rows')
      .select('phone')
      .where('spreadsheet_id', '=', spreadsheetId)
      .where('phone', 'in', slice)
      .execute(),
  );

/** Removes what a commit wrote (its leads, and with them their calls, history, phones and search words). */
export async function undoImport(db: Db, importId: number, chunk: number): Promise<void> {
  await db.deleteFrom('sheet_rows').where('import_id', '=', importId).execute();
  for (;;) {
    const n = await transaction(db, async (trx) => {
      const ids = await trx.selectFrom('leads').select('id').where('import_id', '=', importId).limit(chunk).execute();
      if (ids.length)
        await trx
          .deleteFrom('leads')
          .where(
            'id',
            'in',
            ids.map((r) => r.id),
          )
          .execute();
      return ids.length;
    });
    if (n === 0) break;
    await nextTurn();
  }
  await db.updateTable('imports').set({ status: 'preview' }).where('id', '=', importId).execute();
}

/**
 * A row whose phone a lead got while the commit ran (or another import of the same sheet took):
 * "already in the database" after all.
 */
export const lateDuplicate = (o: RowOutcome, importedBefore = false): Partial<RowOutcome> => ({
  status: 'duplicateInDb',
  problem: {
    key: importedBefore ? 'imports.problem.importedBefore' : 'imports.problem.duplicateInDb',
    params: { phone: o.lead?.phone ?? String(o.problem?.params.phone ?? '') },
  },
  lead: undefined,
});

/** A course deleted since the preview: its rows go in without a course, noted, rather than failing the commit. */
export async function forgetDeletedCourses(db: Db, valid: RowOutcome[]): Promise<void> {
  const ids = [...new Set(valid.flatMap((o) => (o.lead?.courseId ? [o.lead.courseId] : [])))];
  if (!ids.length) return;
  const known = new Set(
    (await db.selectFrom('courses').select('id').where('id', 'in', ids).execute()).map((c) => c.id),
  );
  for (const o of valid)
    if (o.lead?.courseId && !known.has(o.lead.courseId)) {
      o.lead.courseId = null;
      o.notes.push('imports.note.courseUnknown');
    }
}

export function mappingOf(parsed: ParsedFile, given?: Record<string, ImportField | null>): Mapping {
  if (!given) return matchColumns(parsed.header);
  return parsed.header.map((_, i) => {
    const f = given[String(i)];
    return f && IMPORT_FIELDS.includes(f) ? f : null;
  });
}
