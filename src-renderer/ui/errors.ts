import type { FormInstance } from 'antd';
import { RpcError } from '../../src-shared/contract/errors';
import { isMsgKey } from '../../src-shared/i18n/index';
import { tKey, type T } from '../app/i18n';

/**
 * The user-facing text of any error, in the current language. A key this window does not know (a
 * newer primary) falls back to the server's own text, already in the caller's language.
 */
export function errorText(e: unknown, t: T): string {
  if (e instanceof RpcError) {
    const { key, params } = e.body.details;
    return isMsgKey(key) || !e.body.message ? tKey(t, key, params) : e.body.message;
  }
  return t('error.internal');
}

/**
 * Puts the server's field problems under the form's fields (every broken password rule, a taken
 * username…). Returns the message to show for problems no field can hold.
 */
export function applyFieldErrors(form: FormInstance, e: unknown, t: T): string | null {
  if (!(e instanceof RpcError) || !e.body.details.fields?.length) return errorText(e, t);
  const byField = new Map<string, string[]>();
  for (const f of e.body.details.fields)
    byField.set(f.path, [
      ...(byField.get(f.path) ?? []),
      isMsgKey(f.key) || !f.message ? tKey(t, f.key, f.params) : f.message,
    ]);
  const known = new Set(Object.keys(form.getFieldsValue() as object));
  const placed = [...byField].filter(([path]) => known.has(path.split('.')[0]));
  form.setFields(
    placed.map(([path, errors]) => ({ name: path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), errors })),
  );
  return placed.length === byField.size ? null : errorText(e, t);
}
