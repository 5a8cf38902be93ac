import type { z } from 'zod';
import { AppError, type FieldIssue, type MsgParams } from '../../src-shared/contract/errors';
import { isMsgKey } from '../../src-shared/i18n/index';

/** zod issues → field issues with i18n keys, so the form can show Uzbek text under each field. */
export function fieldIssue(issue: z.core.$ZodIssue): FieldIssue {
  const path = issue.path.map(String).join('.');
  if (isMsgKey(issue.message)) {
    // A contract check may carry its message's parameters (the years of a date, the phone as typed).
    const params = issue.code === 'custom' ? (issue.params as MsgParams | undefined) : undefined;
    return params ? { path, key: issue.message, params } : { path, key: issue.message };
  }
  const i = issue as z.core.$ZodIssue & { minimum?: number | bigint; maximum?: number | bigint; origin?: string };
  if (issue.code === 'invalid_type' && /received undefined|received null/.test(issue.message))
    return { path, key: 'field.required' };
  if (issue.code === 'too_small' && i.origin === 'string') {
    return Number(i.minimum) <= 1
      ? { path, key: 'field.required' }
      : { path, key: 'field.tooShort', params: { min: Number(i.minimum) } };
  }
  if (issue.code === 'too_big' && i.origin === 'string')
    return { path, key: 'field.tooLong', params: { max: Number(i.maximum) } };
  return { path, key: 'field.invalid' };
}

export function validationError(error: z.ZodError): AppError {
  return new AppError('VALIDATION', 'error.validation', {}, { fields: error.issues.map(fieldIssue) });
}
