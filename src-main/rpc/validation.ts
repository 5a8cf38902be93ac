import type { z } from 'zod';
import { AppError, type FieldIssue, type MsgParams } from '../../src-shared/contract/errors';
import { isMsgKey } from '../../src-shared/i18n/index';

type Bounded = z.core.$ZodIssue & { minimum?: number | bigint; maximum?: number | bigint; origin?: string };

/**
 * zod issues → field issues with i18n keys, so the form can show Uzbek text under each field. A
 * number out of its range is told its bound ("at least 0", "at most 1000"): nothing is clamped or
 * turned positive quietly, so the message must say what is allowed.
 */
export function fieldIssue(issue: z.core.$ZodIssue): FieldIssue {
  const path = issue.path.map(String).join('.');
  if (isMsgKey(issue.message)) {
    // A contract check may carry its message's parameters (the years of a date, the phone as typed).
    const params = issue.code === 'custom' ? (issue.params as MsgParams | undefined) : undefined;
    return params ? { path, key: issue.message, params } : { path, key: issue.message };
  }
  const i = issue as Bounded;
  if (issue.code === 'invalid_type' && /received undefined|received null/.test(issue.message))
    return { path, key: 'field.required' };
  if (issue.code === 'invalid_type' && issue.expected === 'int') return { path, key: 'field.integer' };
  if (issue.code === 'too_small' && i.origin === 'string') {
    return Number(i.minimum) <= 1
      ? { path, key: 'field.required' }
      : { path, key: 'field.tooShort', params: { min: Number(i.minimum) } };
  }
  if (issue.code === 'too_big' && i.origin === 'string')
    return { path, key: 'field.tooLong', params: { max: Number(i.maximum) } };
  // Inclusive bounds of numbers people type; an exclusive one (an id's "positive") stays "invalid".
  if (issue.code === 'too_small' && i.origin === 'number' && issue.inclusive)
    return { path, key: 'field.min', params: { min: Number(i.minimum) } };
  if (issue.code === 'too_big' && i.origin === 'number' && issue.inclusive)
    return { path, key: 'field.max', params: { max: Number(i.maximum) } };
  return { path, key: 'field.invalid' };
}

/** One message per field: the most telling one (a bound or a format rather than a bare "invalid"). */
function onePerField(issues: FieldIssue[]): FieldIssue[] {
  const byPath = new Map<string, FieldIssue>();
  for (const f of issues) {
    const seen = byPath.get(f.path);
    if (!seen || (seen.key === 'field.invalid' && f.key !== 'field.invalid')) byPath.set(f.path, f);
  }
  return [...byPath.values()];
}

export function validationError(error: z.ZodError): AppError {
  return new AppError('VALIDATION', 'error.validation', {}, { fields: onePerField(error.issues.map(fieldIssue)) });
}
