import type { FormInstance } from 'antd';
import { RpcError } from '../../src-shared/contract/errors';
import { tKey, type T } from '../app/i18n';

/** The user-facing text of any error, in the current language. */
export function errorText(e: unknown, t: T): string {
  if (e instanceof RpcError) return tKey(t, e.body.details.key, e.body.details.params);
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
    byField.set(f.path, [...(byField.get(f.path) ?? []), tKey(t, f.key, f.params)]);
  const known = new Set(Object.keys(form.getFieldsValue() as object));
  const placed = [...byField].filter(([path]) => known.has(path.split('.')[0]));
  form.setFields(
    placed.map(([path, errors]) => ({ name: path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), errors })),
  );
  return placed.length === byField.size ? null : errorText(e, t);
}
