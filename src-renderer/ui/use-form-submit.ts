import type { FormInstance } from 'antd';
import { useState } from 'react';
import { useI18n } from '../app/i18n';
import { applyFieldErrors } from './errors';

/**
 * The one way a form saves: busy while it runs, the server's field problems under their fields,
 * anything else as `error` for an Alert — and what the user typed stays in the form.
 */
export function useFormSubmit<V>(form: FormInstance, action: (values: V) => Promise<unknown>) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (values: V) => {
    setBusy(true);
    setError(null);
    try {
      await action(values);
      return true;
    } catch (e) {
      setError(applyFieldErrors(form, e, t));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, submit, setError };
}
