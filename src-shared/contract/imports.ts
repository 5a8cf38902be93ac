import { z } from 'zod';
import { IMPORT_FIELDS } from '../domain/import-columns';
import { ROLES } from '../domain/roles';
import { epochMsOut, id } from './common';
import { method } from './method';

/** A file as the page sends it: its name and its bytes in base64 (≤ 10 MB of file). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

const field = z.enum(IMPORT_FIELDS);
/** Column index (0-based) → field, or null to ignore the column. */
const mapping = z.record(z.string().regex(/^\d{1,3}$/), field.nullable());

const counts = z.object({
  rows: z.number().int(),
  valid: z.number().int(),
  duplicateInFile: z.number().int(),
  duplicateInDb: z.number().int(),
  invalid: z.number().int(),
});

export const previewOut = z.object({
  importId: id,
  fileName: z.string(),
  sheets: z.array(z.string()),
  sheet: z.string(),
  columns: z.array(z.object({ index: z.number().int(), header: z.string(), field: field.nullable() })),
  counts,
  /** Rows that will not be imported, with the sheet's own row number (the header is row 1) and why. */
  problems: z.array(
    z.object({
      row: z.number().int(),
      reason: z.string(),
      /** i18n key and its parameters, for a window in another language. */
      key: z.string(),
      params: z.record(z.string(), z.union([z.string(), z.number()])),
    }),
  ),
  /** Fields the file has no column for that a lead needs (name, phone): nothing can be imported until a column is mapped to each; the page says so. */
  missing: z.array(field),
  /** Notes that do not stop a row: an unknown source (imported as "other"), an unknown course (left empty). */
  notes: z.number().int(),
  createdAt: epochMsOut,
});
export type PreviewOut = z.infer<typeof previewOut>;

export const fileOut = z.object({ fileName: z.string(), contentBase64: z.string() });

export const importsContract = {
  'imports.preview': method({
    summary:
      '"Excel Import", steps 1–2: reads an .xlsx or .csv (≤ 10 MB; UTF-8 with or without BOM or Windows-1251, `,` `;` or tab), matches the header to fields (Uzbek, Russian, English synonyms) unless `mapping` says otherwise, and counts what would be imported — nothing is written to the leads.',
    access: ROLES,
    input: z.object({
      fileName: z.string().trim().min(1).max(255),
      contentBase64: z
        .string()
        .min(1)
        .max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4),
      sheet: z.string().max(100).optional(),
      mapping: mapping.optional(),
    }),
    output: previewOut,
  }),
  'imports.previewSheets': method({
    summary:
      '"Google Sheets Import": reads the sheet of the settings (with the service account\'s key, or as a sheet shared "anyone with the link") and previews it like a file. Rows imported from that sheet before are "already in the database" even if their lead was edited since. Errors: imports.sheets.notConfigured / notFound / noAccess / notPublic / badKey / badRange (422), offline / unavailable (503).',
    access: ['admin', 'manager'],
    input: z.object({ mapping: mapping.optional() }).default({}),
    output: previewOut,
  }),
  'imports.commit': method({
    summary:
      'Step 3: imports the valid new rows of a preview, all or nothing, each with its "new" follow-up and a history entry; a seller\'s import is theirs, the admin/manager chooses a seller or "auto" (default). One notice per seller.',
    access: ROLES,
    input: z.object({
      importId: id,
      sellerId: z.union([id, z.literal('auto')]).optional(),
      mapping: mapping.optional(),
    }),
    output: z.object({
      imported: z.number().int(),
      skippedDuplicates: z.number().int(),
      skippedInvalid: z.number().int(),
    }),
  }),
  'imports.report': method({
    summary: 'Step 4: an .xlsx of every row of the file with its outcome and reason.',
    access: ROLES,
    input: z.object({ importId: id }),
    output: fileOut,
  }),
} as const;
