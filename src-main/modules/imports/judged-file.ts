// A file's rows judged without the database (SPEC §9): each row valid, invalid or a duplicate inside the
// file, and what an import keeps packed into gzipped buffers. Pure; runs in the worker thread
// (judge-worker.ts), so a 50 000-row file never holds the core's event loop. The database's part — which
// phones leads already have — is the service's (import-judge.ts), marked with `markHeld`.
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  IMPORT_FIELDS,
  matchColumns,
  rowJudge,
  type ImportField,
  type RowOutcome,
} from '../../../src-shared/domain/import-columns';
import type { ParsedFile } from './parse-file';

/** Column index → field (null: ignored), as judged. */
export type Mapping = Array<ImportField | null>;

/** The user's column choice as the API takes it: "index" → field or null. */
export type GivenMapping = Record<string, ImportField | null>;

export function mappingOf(parsed: Pick<ParsedFile, 'header'>, given?: GivenMapping): Mapping {
  if (!given) return matchColumns(parsed.header);
  return parsed.header.map((_, i) => {
    const f = given[String(i)];
    return f && IMPORT_FIELDS.includes(f) ? f : null;
  });
}

/** The phones (main and extra) of the rows that would be written. */
export const phonesOf = (outcomes: RowOutcome[]) =>
  outcomes.flatMap((o) => (o.lead ? [o.lead.phone, ...(o.lead.extraPhone ? [o.lead.extraPhone] : [])] : []));

/** A judged file as the service gets it from the worker: a summary, and the rest packed. */
export interface JudgedFile {
  file: Omit<ParsedFile, 'rows'>;
  mapping: Mapping;
  /** Rows judged. */
  total: number;
  /** Rows not to be written, in row order, with why (before the database was asked). */
  problems: Array<Pick<RowOutcome, 'row' | 'status' | 'problem'>>;
  /** Adjustments noted (an unknown source or course, a dropped extra phone). */
  notes: number;
  /** Rows to be written: their row number and phones (main, then extra), for the database's check. */
  valid: Array<{ row: number; phones: string[] }>;
  /** The file's rows and the mapping, packed (`packFile`): for the report, or judging again. */
  packedFile: Uint8Array;
  /** Each row's outcome and the mapping, packed (`packRows`): what a commit writes. */
  packedRows: Uint8Array;
}

/** Judges every row of `parsed` with `mapping` (matched by the headers when not given). */
export function judgeParsed(
  parsed: ParsedFile,
  given: GivenMapping | undefined,
  courses: Map<string, number>,
): JudgedFile {
  const mapping = mappingOf(parsed, given);
  const judge = rowJudge(mapping, courses);
  const rows = parsed.rows.map(judge);
  const { rows: _, ...file } = parsed;
  const problems: JudgedFile['problems'] = [];
  const valid: JudgedFile['valid'] = [];
  let notes = 0;
  for (const o of rows) {
    notes += o.notes.length;
    if (o.lead) valid.push({ row: o.row, phones: phonesOf([o]) });
    else problems.push({ row: o.row, status: o.status, problem: o.problem });
  }
  return {
    file,
    mapping,
    total: rows.length,
    problems,
    notes,
    valid,
    packedFile: packFile({ parsed, mapping }),
    packedRows: packRows({ mapping, rows }),
  };
}

// What an import keeps (import_data, 0013): two gzipped JSON buffers, so a commit reads only the outcomes.

/** Level 1: megabytes of JSON pack to a tenth in ~0.1 s. Copied out to a buffer of its own, so the worker
 * can hand it over (a small zlib result may sit in Node's shared pool). */
const gzip = (value: unknown) => new Uint8Array(gzipSync(JSON.stringify(value), { level: 1 }));
const gunzip = <T>(bytes: Uint8Array) => JSON.parse(gunzipSync(bytes).toString('utf8')) as T;

export interface KeptFile {
  parsed: ParsedFile;
  mapping: Mapping;
}
export const packFile = (f: KeptFile) => gzip(f);
export const unpackFile = (bytes: Uint8Array) => gunzip<KeptFile>(bytes);

/** Each row's outcome and the mapping it was judged with. */
export interface KeptRows {
  mapping: Mapping;
  rows: RowOutcome[];
}

/**
 * The outcomes as columns (a row's `lead` fields by row index, notes and problems only where there are):
 * a fifth of the time to read back than an object per row — a commit's first step.
 */
interface RowColumns {
  mapping: Mapping;
  row: number[];
  status: RowOutcome['status'][];
  notes: Record<number, string[]>;
  problem: Record<number, NonNullable<RowOutcome['problem']>>;
  name: string[];
  phone: string[];
  extraPhone: Array<string | null>;
  source: string[];
  courseId: Array<number | null>;
  leadNotes: string[];
}

export function packRows({ mapping, rows }: KeptRows): Uint8Array {
  const c: RowColumns = {
    mapping,
    row: [],
    status: [],
    notes: {},
    problem: {},
    name: [],
    phone: [],
    extraPhone: [],
    source: [],
    courseId: [],
    leadNotes: [],
  };
  rows.forEach((o, i) => {
    c.row.push(o.row);
    c.status.push(o.status);
    if (o.notes.length) c.notes[i] = o.notes;
    if (o.problem) c.problem[i] = o.problem;
    c.name.push(o.lead?.name ?? '');
    c.phone.push(o.lead?.phone ?? '');
    c.extraPhone.push(o.lead?.extraPhone ?? null);
    c.source.push(o.lead?.source ?? '');
    c.courseId.push(o.lead?.courseId ?? null);
    c.leadNotes.push(o.lead?.notes ?? '');
  });
  return gzip(c);
}

export function unpackRows(bytes: Uint8Array): KeptRows {
  const c = gunzip<RowColumns>(bytes);
  const rows = c.row.map((row, i): RowOutcome => {
    const o: RowOutcome = { row, status: c.status[i], notes: c.notes[i] ?? [] };
    if (c.problem[i]) o.problem = c.problem[i];
    if (c.phone[i])
      o.lead = {
        name: c.name[i],
        phone: c.phone[i],
        extraPhone: c.extraPhone[i],
        source: c.source[i] as NonNullable<RowOutcome['lead']>['source'],
        courseId: c.courseId[i],
        notes: c.leadNotes[i],
      };
    return o;
  });
  return { mapping: c.mapping, rows };
}
