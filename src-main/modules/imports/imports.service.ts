import type { Output, ParsedInput } from '../../../src-shared/contract/api';
import { AppError, fieldError } from '../../../src-shared/contract/errors';
import {
  headerKey,
  IMPORT_FIELDS,
  judgeRows,
  matchColumns,
  type ImportField,
  type RowOutcome,
} from '../../../src-shared/domain/import-columns';
import { translate } from '../../../src-shared/i18n/index';
import type { Db } from '../../db/connect';
import { transaction } from '../../db/transaction';
import { write } from '../changes';
import type { Actor, ServiceContext } from '../context';
import type { AssignmentService } from '../leads/assignment.service';
import type { DistributionService } from '../leads/distribution.service';
import type { LeadAccess } from '../leads/lead-access';
import type { LeadsService } from '../leads/leads.service';
import type { NotifyService } from '../notify/notify.service';
import { ImportFileError, type ParsedFile } from './parse-file';
import { parseInWorker } from './parse-in-worker';
import { reportWorkbook } from './report';

/** Rows written per transaction: a request waits at most one chunk (well under a second). */
const CHUNK = 250;
type Mapping = Array<ImportField | null>;
interface Stored {
  parsed: ParsedFile;
  mapping: Mapping;
}

/**
 * Lead import (SPEC §9; manual: Admin §10, Sotuvchi §5): a file is parsed off the main thread and
 * kept with its import, each row judged (preview), then the valid new rows written chunk by chunk,
 * each lead as "Yangi Lid" writes one; a commit that fails or is cut off is undone (its leads
 * carry the import's id), so a file is never half-imported.
 */
export class ImportsService {
  constructor(
    private ctx: ServiceContext,
    private leads: LeadsService,
    private assignment: AssignmentService,
    private distribution: DistributionService,
    private access: LeadAccess,
    private notify: NotifyService,
  ) {}

  async preview(actor: Actor, input: ParsedInput<'imports.preview'>): Promise<Output<'imports.preview'>> {
    const bytes = Buffer.from(input.contentBase64, 'base64');
    let parsed: ParsedFile;
    try {
      sniff(bytes, input.fileName); // what is plainly no spreadsheet is refused without starting a worker
      parsed = await parseInWorker(bytes, input.fileName, input.sheet);
    } catch (e) {
      if (e instanceof ImportFileError)
        throw fieldError(e.problem === 'noSheet' ? 'sheet' : 'contentBase64', `imports.error.${e.problem}`, {
          name: input.fileName,
        });
      throw e;
    }
    const mapping = this.mappingOf(parsed, input.mapping);
    const { id } = await this.ctx.db
      .insertInto('imports')
      .values({
        user_id: actor.id,
        file_name: input.fileName,
        sheet: parsed.sheet,
        data: JSON.stringify({ parsed, mapping } satisfies Stored),
        created_at: this.ctx.clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return this.previewOf(id, input.fileName, parsed, mapping, await this.judge(parsed, mapping));
  }

  async commit(actor: Actor, input: ParsedInput<'imports.commit'>): Promise<Output<'imports.commit'>> {
    const imp = await this.own(actor, input.importId);
    if (imp.status !== 'preview') throw new AppError('CONFLICT', 'imports.error.committed');
    const stored = JSON.parse(imp.data) as Stored;
    const mapping = input.mapping ? this.mappingOf(stored.parsed, input.mapping) : stored.mapping;
    for (const f of ['name', 'phone'] as const)
      if (!mapping.includes(f)) throw fieldError('mapping', `imports.error.no_${f}_column`, undefined, 'RULE');
    const choice = actor.role === 'seller' ? actor.id : (input.sellerId ?? 'auto');
    if (choice !== 'auto' && actor.role !== 'seller') await this.access.activeSeller(choice);

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
    let valid: RowOutcome[] = [];
    try {
      // Judged again now: a lead added since the preview makes its row a duplicate, not a failure.
      outcomes = await this.judge(stored.parsed, mapping);
      valid = outcomes.filter((o) => o.status === 'valid');
      const pick = choice === 'auto' ? await this.distribution.picker() : () => choice;
      for (let i = 0; i < valid.length; i += CHUNK) {
        await write(this.ctx, async (trx, changes) => {
          const chunk = valid.slice(i, i + CHUNK);
          // A phone someone gave a lead while this commit runs: that row becomes a duplicate.
          const taken = new Set(
            (
              await trx
                .selectFrom('lead_phones')
                .select('phone')
                .where(
                  'phone',
                  'in',
                  chunk.flatMap((o) => [o.lead!.phone, ...(o.lead!.extraPhone ? [o.lead!.extraPhone] : [])]),
                )
                .execute()
            ).map((r) => r.phone),
          );
          for (const o of chunk) {
            if (taken.has(o.lead!.phone) || (o.lead!.extraPhone && taken.has(o.lead!.extraPhone))) {
              Object.assign(o, {
                status: 'duplicateInDb',
                problem: { key: 'imports.problem.duplicateInDb', params: { phone: o.lead!.phone } },
                lead: undefined,
              });
              continue;
            }
            const sellerId = pick();
            await this.leads.insertLead(trx, changes, actor, o.lead!, sellerId, {
              auto: choice === 'auto',
              importId: imp.id,
              importFile: imp.file_name,
              inBatch: 'quiet',
            });
            if (sellerId !== null) given.set(sellerId, (given.get(sellerId) ?? 0) + 1);
            else unassigned++;
          }
        });
        await new Promise((r) => setImmediate(r)); // other users' requests go between chunks
      }
      await write(this.ctx, async (trx, changes) => {
        await trx
          .updateTable('imports')
          .set({ status: 'committed', committed_at: this.ctx.clock.now(), outcomes: JSON.stringify(outcomes) })
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
    const stored = JSON.parse(imp.data) as Stored;
    const outcomes: RowOutcome[] = imp.outcomes
      ? (JSON.parse(imp.outcomes) as RowOutcome[])
      : await this.judge(stored.parsed, stored.mapping);
    const book = await reportWorkbook(stored.parsed, outcomes, imp.status === 'committed');
    return {
      fileName: `${imp.file_name.replace(/\.[^.]+$/, '')}-hisobot.xlsx`,
      contentBase64: book.toString('base64'),
    };
  }

  /** A seller sees only own imports; the admin and managers any. */
  private async own(actor: Actor, id: number) {
    const imp = await this.ctx.db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirst();
    if (!imp || (actor.role === 'seller' && imp.user_id !== actor.id))
      throw new AppError('NOT_FOUND', 'error.notFound');
    return imp;
  }

  private mappingOf(parsed: ParsedFile, given?: Record<string, ImportField | null>): Mapping {
    if (!given) return matchColumns(parsed.header);
    return parsed.header.map((_, i) => {
      const f = given[String(i)];
      return f && IMPORT_FIELDS.includes(f) ? f : null;
    });
  }

  private async judge(parsed: ParsedFile, mapping: Mapping): Promise<RowOutcome[]> {
    const phones = new Set<string>();
    const courses = new Map(
      (await this.ctx.db.selectFrom('courses').select(['id', 'name']).execute()).map((c) => [headerKey(c.name), c.id]),
    );
    // Which of the file's phones leads already hold, in chunks of SQLite's bound-value limit.
    const candidates = judgeRows(parsed.rows, mapping, new Set(), courses).flatMap((o) =>
      o.lead ? [o.lead.phone, ...(o.lead.extraPhone ? [o.lead.extraPhone] : [])] : [],
    );
    for (let i = 0; i < candidates.length; i += 5_000) {
      const held = await this.ctx.db
        .selectFrom('lead_phones')
        .select('phone')
        .where('phone', 'in', candidates.slice(i, i + 5_000))
        .execute();
      for (const h of held) phones.add(h.phone);
    }
    return judgeRows(parsed.rows, mapping, phones, courses);
  }

  private previewOf(
    importId: number,
    fileName: string,
    parsed: ParsedFile,
    mapping: Mapping,
    outcomes: RowOutcome[],
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
      createdAt: this.ctx.clock.now(),
    };
  }

  /** At start: a commit cut off by a crash or a kill is undone, so no file stays half-imported. */
  async recover(): Promise<void> {
    const stuck = await this.ctx.db.selectFrom('imports').select('id').where('status', '=', 'committing').execute();
    for (const { id } of stuck) await undoImport(this.ctx.db, id);
  }
}

/** The kinds of file a worker may be started for: a zip (.xlsx), an old .xls (to say so), or text by its name. */
function sniff(bytes: Buffer, fileName: string): void {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (ole || ext === 'xls') throw new ImportFileError('xls');
  if (!zip && !['csv', 'txt', 'xlsx', 'xlsm'].includes(ext)) throw new ImportFileError('unsupported');
}

/** Removes what a commit wrote (its leads, and with them their calls, history, phones and search words). */
async function undoImport(db: Db, importId: number): Promise<void> {
  for (;;) {
    const n = await transaction(db, async (trx) => {
      const ids = await trx.selectFrom('leads').select('id').where('import_id', '=', importId).limit(CHUNK).execute();
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
  }
  await db.updateTable('imports').set({ status: 'preview' }).where('id', '=', importId).execute();
}
