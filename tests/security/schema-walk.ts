import type { z } from 'zod';
import { epochMs, hhmm, id, isoDate } from '../../src-shared/contract/common';

/** The parts of a zod 4 schema definition the corpus reads (zod keeps them on `_zod.def`). */
interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
  element?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
}

export const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Wrappers that do not change what kind of value a field holds. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch']);

/** The schema under optional/nullable/default/… and under a pipe's input side (a `.transform`). */
export function unwrap(s: z.ZodType): z.ZodType {
  for (;;) {
    const d = defOf(s);
    if (WRAPPERS.has(d.type) && d.innerType) s = d.innerType;
    else if (d.type === 'pipe' && d.in) s = d.in;
    else return s;
  }
}

export type Kind =
  | 'date'
  | 'epoch'
  | 'hhmm'
  | 'id'
  | 'ids'
  | 'number'
  | 'string'
  | 'boolean'
  | 'enum'
  | 'literal'
  | 'array'
  | 'object'
  | 'other';

/** What a field holds, recognising the contract's shared building blocks by identity. */
export function kindOf(s: z.ZodType): Kind {
  const base = unwrap(s);
  if (base === isoDate) return 'date';
  if (base === epochMs) return 'epoch';
  if (base === hhmm) return 'hhmm';
  if (base === id) return 'id';
  const d = defOf(base);
  switch (d.type) {
    case 'union':
      return d.options!.some((o) => unwrap(o) === id) ? 'id' : kindOf(d.options![0]);
    case 'array':
      return kindOf(d.element!) === 'id' ? 'ids' : 'array';
    case 'number':
    case 'string':
    case 'boolean':
    case 'enum':
    case 'literal':
    case 'object':
      return d.type;
    default:
      return 'other';
  }
}

/** The fields of a method's input (an object, possibly defaulted or transformed); none for `{}`. */
export function fieldsOf(input: z.ZodType): Record<string, z.ZodType> {
  const d = defOf(unwrap(input));
  return d.type === 'object' ? d.shape! : {};
}

export const enumValues = (s: z.ZodType): unknown[] => {
  const d = defOf(unwrap(s));
  if (d.type === 'enum') return Object.values(d.entries!);
  if (d.type === 'literal') return d.values!;
  if (d.type === 'union') return d.options!.flatMap((o) => enumValues(o));
  return [];
};

export const elementOf = (s: z.ZodType): z.ZodType | null => {
  const d = defOf(unwrap(s));
  return d.type === 'array' ? d.element! : null;
};

/** Bounds of a number schema (zod 4 exposes them as minValue / maxValue). */
export function numberBounds(s: z.ZodType): { min: number | null; max: number | null } {
  const n = unwrap(s) as unknown as { minValue?: number | null; maxValue?: number | null };
  return { min: n.minValue ?? null, max: n.maxValue ?? null };
}

/** Minimum length of a string schema, when it has one. */
export function minLength(s: z.ZodType): number {
  const n = unwrap(s) as unknown as { minLength?: number | null };
  return n.minLength ?? 0;
}
