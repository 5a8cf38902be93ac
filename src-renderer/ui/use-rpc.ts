import { useCallback, useEffect, useState } from 'react';
import type { AppEventType } from '../../src-shared/contract/events';
import { transport } from '../api/client';
import { useI18n } from '../app/i18n';
import { errorText } from './errors';

/** Loads data, reloads on the given live events, and keeps the error text ready for an Alert. */
export function useRpc<T>(load: () => Promise<T>, deps: unknown[], refreshOn: AppEventType[] = []) {
  const { t } = useI18n();
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setData(await load());
      setError(null);
    } catch (e) {
      setError(errorText(e, t));
    } finally {
      setLoading(false);
    }
  }, deps); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    if (!refreshOn.length) return;
    return transport.subscribe((e) => {
      if (refreshOn.includes(e.type)) void reload();
    });
  }, [reload, refreshOn.join()]); // eslint-disable-line react-hooks/exhaustive-deps

  return { data, error, loading, reload };
}
