import { z } from 'zod';
import { DATE_SHAPE, FIRST_YEAR, isCalendarDate, isCentreInstant, LAST_YEAR } from '../domain/calendar-range';
import { normalisePhone } from '../domain/phone';
import { HHMM } from '../domain/time-of-day';

export const id = z.number().int().positive();
export const hhmm = z.string().regex(HHMM, 'format.hhmm');
const YEARS = { from: FIRST_YEAR, to: LAST_YEAR };
/** A day someone can mean: `YYYY-MM-DD`, real (no 30 February), in the centre's years (see calendar-range.ts). */
export const isoDate = z
  .string()
  .regex(DATE_SHAPE, { message: 'format.date', abort: true })
  .refine(isCalendarDate, { message: 'format.realDate', params: YEARS });
/** An instant sent by a caller: whole UTC epoch ms in the centre's years (Intl and Date fail far outside). */
export const epochMs = z
  .number()
  .int({ abort: true })
  .refine(isCentreInstant, { message: 'format.instant', params: YEARS });
/**
 * Output side of isoDate and epochMs: a stored value is shown as it is, never refused, so a row
 * written before the checks existed still lists.
 */
export const isoDateOut = z.string();
export const epochMsOut = z.number().int();
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

/** Any way staff write a phone → E.164 (as leads' phones), or the field's error; empty means "not given". */
const toPhone = (v: string | null | undefined, ctx: z.core.$RefinementCtx) => {
  if (!v) return v === undefined ? undefined : null;
  const phone = normalisePhone(v);
  if (!phone) ctx.addIssue({ code: 'custom', message: 'error.phoneInvalid', params: { phone: v } });
  return phone ?? v;
};

/** An optional phone of a person's profile, stored as E.164; empty → null. */
export const optPhone = z
  .string()
  .trim()
  .max(40)
  .optional()
  .transform((v, ctx) => toPhone(v, ctx) ?? null);

/** For edits: absent → unchanged (undefined), "" or null → cleared (null), else E.164. */
export const patchPhone = z.string().trim().max(40).nullable().optional().transform(toPhone);
