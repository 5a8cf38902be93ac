import { z } from 'zod';
import { HHMM } from '../domain/time-of-day';

export const id = z.number().int().positive();
export const hhmm = z.string().regex(HHMM, 'format.hhmm');
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'format.date');
export const epochMs = z.number().int();
export const ok = z.object({ ok: z.literal(true) });
export const empty = z.object({}).default({});

/** Trimmed text; empty string means "not given". */
export const optText = (max = 200) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : null));
/** Output side of optText. */
export const nullableText = z.string().nullable();

/** For edits: absent → unchanged (undefined), "" or null → cleared (null). */
export const patchText = (max = 200) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((v) => (v === undefined ? undefined : v || null));
