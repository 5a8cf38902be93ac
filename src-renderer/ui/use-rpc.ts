import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../app/i18n';
import { errorText } from './errors';
import { useLiveRefresh, type Touches } from './live';

/**
 * Loads data, reloads when a live event touches it (debounced: a burst costs one reload) or when
 * `key` changes, and keeps the error text ready for an Alert. `setData` takes what a mutation
 * returned, so the screen need not fetch the same thing again.
 */
export function useRpc<T>(load: () => Promise<T>, key: unknown[], refreshOn: Touches | null = null) {
  const { t } = useI18n();
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const loader = useRef(load);
  useEffect(() => {
    loader.current = load;
  });
  // Answers that arrive out of order (a slow first page after a fast second one) must not win.
  const generation = useRef(0);
  const keyText = JSON.stringify(key);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    setLoading(true);
    try {
      const next = await loader.current();
      if (mine !== generation.current) return;
      setData(next);
      setError(null);
    } catch (e) {
      if (mine === generation.current) setError(errorText(e, t));
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, [t]);

  useEffect(() => {
    void reload();
  }, [reload, keyText]);

  useLiveRefresh(refreshOn, () => void reload());

  return { data, error, loading, reload, setData };
}
