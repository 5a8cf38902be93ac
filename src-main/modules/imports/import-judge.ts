import { headerKey, type RowOutcome } from '../../../src-shared/domain/import-columns';
import type { Db } from '../../db/connect';
import { transaction } from '../../db/transaction';

/** Phones asked of the database per query (well under SQLite's bound-value limit). */
const PHONES_PER_QUERY = 5_000;

export const nextTurn = () => new Promise<void>((r) => setImmediate(r));

/** Course names as rows name them (`headerKey`) → id, for judging a file's course column. */
export async function courseKeys(db: Db): Promise<Array<[string, number]>> {
  return (await db.selectFrom('courses').select(['id', 'name']).execute()).map((c) => [headerKey(c.name), c.id]);
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

/**
 * Leads removed per transaction when an import is undone: each takes its calls, history, phones, search
 * words and counters with it (cascades and triggers), ~0.1 s per 1 000.
 */
const UNDO_CHUNK = 1_000;

/** Removes what a commit wrote (its leads, and with them their calls, history, phones and search words). */
export async function undoImport(db: Db, importId: number): Promise<void> {
  await db.deleteFrom('sheet_rows').where('import_id', '=', importId).execute();
  for (;;) {
    const n = await transaction(db, async (trx) => {
      const ids = await trx
        .selectFrom('leads')
        .select('id')
        .where('import_id', '=', importId)
        .limit(UNDO_CHUNK)
        .execute();
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
