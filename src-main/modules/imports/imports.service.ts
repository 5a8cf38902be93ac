import type { Output, ParsedInput } from '../../../src-shared/contract/api';
import { AppError, fieldError } from '../../../src-shared/contract/errors';
import { heldProblem, type RowOutcome } from '../../../src-shared/domain/import-columns';
import { transaction } from '../../db/transaction';
import { write } from '../changes';
import type { Actor, ServiceContext } from '../context';
import type { BackupsService } from '../backups/backups.service';
import type { AssignmentService } from '../leads/assignment.service';
import type { DistributionService } from '../leads/distribution.service';
import type { LeadAccess } from '../leads/lead-access';
import type { LeadToWrite } from '../leads/lead-rows';
import type { LeadsService } from '../leads/leads.service';
import type { NotifyService } from '../notify/notify.service';
import { heldOf, judge, keptData, keptFile, keptRows, marked } from './import-data';
import {
  forgetDeletedCourses,
  heldPhones,
  importedFromSheet,
  lateDuplicate,
  nextTurn,
  undoImport,
} from './import-judge';
import { mappingOf, phonesOf, unpackRows, type JudgedFile, type Mapping } from './judged-file';
import { ImportFileError, kindOf } from './parse-file';
import { previewOut, type Problem } from './preview-out';
import { reportWorkbook } from './report';
import type { SheetsReader } from './sheets/sheets-reader';
import type { SheetsSettings } from './sheets/sheets-settings';
import { SheetsProblem } from './sheets/sheets-problem';

/**
 * Rows written per transaction: ~0.3 s of writing, so another desk's call waits at most that long, and
 * few enough commits (each writes the touched index pages again) for 50 000 rows in seconds.
 */
export const COMMIT_CHUNK = 10_000;
const DAY_MS = 24 * 3600_000;
/** How long an import's table and outcomes are kept: a preview nobody imported, a committed one (its report). */
const KEEP_PREVIEW_MS = DAY_MS;
const KEEP_COMMITTED_MS = 30 * DAY_MS;

/** A mapping without a name or a phone column cannot make leads: refused with the column it lacks. */
function mustHaveNameAndPhone(mapping: Mapping): void {
  for (const f of ['name', 'phone'] as const)
    if (!mapping.includes(f)) throw fieldError('mapping', `imports.error.no_${f}_column`, undefined, 'RULE');
}

/**
 * Lead import (SPEC §9; manual: Admin §10, Sotuvchi §5): a file (or the configured Google sheet) is
 * read off the main thread and kept with its import, each row judged (preview), then the valid new rows
 * written chunk by chunk as "Yangi Lid" writes them; a commit that fails or is cut off is undone (its
 * leads carry the import's id), so a file is never half-imported.
 */
export class ImportsService {
  constructor(
    private ctx: ServiceContext,
    private leads: LeadsService,
    private assignment: AssignmentService,
    private distribution: DistributionService,
    private access: LeadAccess,
    private notify: NotifyService,
    private sheets: SheetsSettings,
    private sheetsReader: SheetsReader,
    private backups: BackupsService,
  ) {}

  async preview(actor: Actor, input: ParsedInput<'imports.preview'>): Promise<Output<'imports.preview'>> {
    const bytes = Buffer.from(input.contentBase64, 'base64');
    let judged: JudgedFile;
    try {
      // What is plainly no spreadsheet is refused without starting a worker.
      if (kindOf(bytes, input.fileName) === 'xls') throw new ImportFileError('xls');
      judged = await judge(this.ctx.db, { bytes, fileName: input.fileName, sheet: input.sheet }, input.mapping);
    } catch (e) {
      if (e instanceof ImportFileError)
        throw fieldError(e.problem === 'noSheet' ? 'sheet' : 'contentBase64', `imports.error.${e.problem}`, {
          name: input.fileName,
        });
      throw e;
    }
    return this.open(actor, input.fileName, judged, null);
  }

  /** "Google Sheets Import": the sheet of the settings, read now, previewed like a file. */
  async previewSheets(
    actor: Actor,
    input: ParsedInput<'imports.previewSheets'>,
  ): Promise<Output<'imports.previewSheets'>> {
    const source = await this.sheets.source();
    let judged: JudgedFile;
    try {
      judged = await judge(this.ctx.db, await this.sheetsReader.read(source), input.mapping);
    } catch (e) {
      if (e instanceof SheetsProblem)
        throw new AppError(
          e.kind === 'offline' || e.kind === 'unavailable' ? 'UNAVAILABLE' : 'RULE',
          `imports.sheets.${e.kind}`,
          { email: source.key?.clientEmail ?? '' },
        );
      if (e instanceof ImportFileError)
        throw new AppError('RULE', `imports.error.${e.problem}`, { name: 'Google Sheets' });
      throw e;
    }
    const name = source.key ? `Google Sheets — ${judged.file.sheet}` : 'Google Sheets';
    return this.open(actor, name, judged, source.ref.id);
  }

  /** Keeps the judged file with a new import (nothing is written to the leads) and answers the preview. */
  private async open(
    actor: Actor,
    fileName: string,
    judged: JudgedFile,
    spreadsheetId: string | null,
  ): Promise<Output<'imports.preview'>> {
    const held = await heldOf(this.ctx.db, judged, spreadsheetId);
    const problems: Problem[] = [...judged.problems];
    for (const v of judged.valid) {
      const problem = heldProblem(v.phones, held.inDb, held.before);
      if (problem) problems.push({ row: v.row, status: 'duplicateInDb', problem });
    }
    problems.sort((a, b) => a.row - b.row);
    const now = this.ctx.clock.now();
    const id = await transaction(this.ctx.db, async (trx) => {
      // What is kept of old imports goes: a preview never imported after a day, any other after 30 days.
      await trx
        .deleteFrom('import_data')
        .where('import_id', 'in', (eb) =>
          eb
            .selectFrom('imports')
            .select('id')
            .where((w) =>
              w.or([
                w.and([w('status', '=', 'preview'), w('created_at', '<', now - KEEP_PREVIEW_MS)]),
                w.and([w('status', '=', 'committed'), w('created_at', '<', now - KEEP_COMMITTED_MS)]),
              ]),
            ),
        )
        .execute();
      const row = await trx
        .insertInto('imports')
        .values({
          user_id: actor.id,
          file_name: fileName,
          sheet: judged.file.sheet,
          created_at: now,
          spreadsheet_id: spreadsheetId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('import_data')
        .values({ import_id: row.id, ...keptData(judged, held) })
        .execute();
      return row.id;
    });
    return previewOut(id, fileName, judged, problems, this.ctx.clock.now());
  }

  async commit(actor: Actor, input: ParsedInput<'imports.commit'>): Promise<Output<'imports.commit'>> {
    const imp = await this.own(actor, input.importId);
    if (imp.status !== 'preview') throw new AppError('CONFLICT', 'imports.error.committed');
    const choice = actor.role === 'seller' ? actor.id : (input.sellerId ?? 'auto');
    if (choice !== 'auto' && actor.role !== 'seller') await this.access.activeSeller(choice);
    const previewed = await keptRows(this.ctx.db, imp);
    const mapping = input.mapping
      ? mappingOf((await keptFile(this.ctx.db, imp.id)).parsed, input.mapping)
      : previewed.mapping;
    mustHaveNameAndPhone(mapping);

    // A "pre-import" copy (SPEC §12) of the database as it is now, started only for a commit that will
    // write: one that cannot start stops the import (503) before anything is written; one that fails later
    // undoes it (below).
    const backup = this.backups.beforeImport(imp.file_name);
    await backup.taken;
    const claimed = await this.ctx.db
      .updateTable('imports')
      .set({ status: 'committing' })
      .where('id', '=', imp.id)
      .where('status', '=', 'preview')
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 0) throw new AppError('CONFLICT', 'imports.error.committed');
    const given = new Map<number, number>();
    let unassigned = 0;
    let outcomes: RowOutcome[] = [];
    const late: number[] = [];
    try {
      if (JSON.stringify(mapping) === JSON.stringify(previewed.mapping)) outcomes = previewed.rows;
      else {
        // Another mapping than the preview's: judged again, and kept so the report tells the same.
        const judged = await judge(
          this.ctx.db,
          { parsed: (await keptFile(this.ctx.db, imp.id)).parsed },
          input.mapping,
        );
        const held = await heldOf(this.ctx.db, judged, imp.spreadsheet_id);
        await this.ctx.db
          .updateTable('import_data')
          .set(keptData(judged, held))
          .where('import_id', '=', imp.id)
          .execute();
        outcomes = marked(unpackRows(judged.packedRows).rows, held);
      }
      const valid = outcomes.filter((o) => o.status === 'valid');
      await forgetDeletedCourses(this.ctx.db, valid);
      const pick = choice === 'auto' ? await this.distribution.picker() : () => choice;
      for (let i = 0; i < valid.length; i += COMMIT_CHUNK) {
        const chunk = valid.slice(i, i + COMMIT_CHUNK);
        // Decided inside the transaction, kept only once it has committed (a retried one decides again).
        const decided = await write(this.ctx, async (trx, changes) => {
          // A phone someone gave a lead since the preview (or another import of the sheet took): now a duplicate.
          const phones = phonesOf(chunk);
          const taken = await heldPhones(trx, phones);
          const before = imp.spreadsheet_id ? await importedFromSheet(trx, imp.spreadsheet_id, phones) : new Set();
          const lateRows: Array<{ o: RowOutcome; before: boolean }> = [];
          const toWrite: LeadToWrite[] = [];
          for (const o of chunk) {
            const { phone, extraPhone } = o.lead!;
            const held = taken.has(phone) || (extraPhone !== null && taken.has(extraPhone));
            if (held || before.has(phone) || (extraPhone !== null && before.has(extraPhone))) {
              lateRows.push({ o, before: !held });
              continue;
            }
            toWrite.push({ ...o.lead!, sellerId: pick() });
          }
          await this.leads.insertMany(trx, changes, actor, toWrite, {
            auto: choice === 'auto',
            importId: imp.id,
            importFile: imp.file_name,
          });
          if (imp.spreadsheet_id && toWrite.length)
            await trx
              .insertInto('sheet_rows')
              .values(toWrite.map((l) => ({ spreadsheet_id: imp.spreadsheet_id!, phone: l.phone, import_id: imp.id })))
              .onConflict((oc) => oc.doNothing())
              .execute();
          return { lateRows, toWrite };
        });
        for (const { o, before } of decided.lateRows) {
          Object.assign(o, lateDuplicate(o, before));
          late.push(o.row);
        }
        for (const { sellerId } of decided.toWrite) {
          if (sellerId !== null) given.set(sellerId, (given.get(sellerId) ?? 0) + 1);
          else unassigned++;
        }
        await nextTurn(); // other users' requests go between chunks
      }
      await backup.done;
      await write(this.ctx, async (trx, changes) => {
        await trx
          .updateTable('imports')
          .set({
            status: 'committed',
            committed_at: this.ctx.clock.now(),
            late_duplicates: late.length ? JSON.stringify(late) : null,
          })
          .where('id', '=', imp.id)
          .execute();
        await this.assignment.tellBatch(trx, changes, given, actor.id, true);
        if (unassigned)
          await this.notify.send(trx, changes, await this.notify.team(trx), {
            key: 'notify.importUnassigned',
            params: { count: unassigned, file: imp.file_name },
            dedupeKey: `import-unassigned:${imp.id}`,
          });
      });
    } catch (e) {
      await undoImport(this.ctx.db, imp.id);
      throw e;
    }
    const count = (s: RowOutcome['status'][]) => outcomes.filter((o) => s.includes(o.status)).length;
    return {
      imported: count(['valid']),
      skippedDuplicates: count(['duplicateInFile', 'duplicateInDb']),
      skippedInvalid: count(['invalid']),
    };
  }

  async report(actor: Actor, input: ParsedInput<'imports.report'>): Promise<Output<'imports.report'>> {
    const imp = await this.own(actor, input.importId);
    const previewed = await keptRows(this.ctx.db, imp);
    const { parsed } = await keptFile(this.ctx.db, imp.id);
    const late = new Set<number>(imp.late_duplicates ? (JSON.parse(imp.late_duplicates) as number[]) : []);
    const outcomes = previewed.rows.map((o) => (late.has(o.row) ? { ...o, ...lateDuplicate(o) } : o));
    const book = await reportWorkbook(parsed, outcomes, imp.status === 'committed');
    return {
      fileName: `${imp.file_name.replace(/\.[^.]+$/, '')}-hisobot.xlsx`,
      contentBase64: book.toString('base64'),
    };
  }

  /** A seller sees only own imports; the admin and managers any. */
  private async own(actor: Actor, id: number) {
    const imp = await this.ctx.db
      .selectFrom('imports')
      .select(['id', 'user_id', 'file_name', 'status', 'spreadsheet_id', 'late_duplicates'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!imp || (actor.role === 'seller' && imp.user_id !== actor.id))
      throw new AppError('NOT_FOUND', 'error.notFound');
    return imp;
  }

  /** At start: a commit cut off by a crash or a kill is undone, so no file stays half-imported. */
  async recover(): Promise<void> {
    const stuck = await this.ctx.db.selectFrom('imports').select('id').where('status', '=', 'committing').execute();
    for (const { id } of stuck) await undoImport(this.ctx.db, id);
  }
}
