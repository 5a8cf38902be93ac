import { RpcError, type ErrorBody } from '../../src-shared/contract/errors';
import type { AppEvent } from '../../src-shared/contract/events';
import { translate } from '../../src-shared/i18n/index';
import type { Dispatch } from '../rpc/dispatch';

const unavailable = (): ErrorBody => ({
  code: 'UNAVAILABLE',
  message: "Server bilan aloqa yo'q. Internet yoki tarmoqni tekshiring.",
  details: { key: 'common.offline' },
});

const VERSION_CHECK_MS = 60_000;

/**
 * Client mode: the same dispatch signature, answered by the primary over the LAN. With `version`,
 * a primary of another version is told plainly (checked once a minute) instead of failing oddly.
 */
export function createRemoteDispatch(baseUrl: string, fetchImpl: typeof fetch = fetch, version?: string): Dispatch {
  const base = baseUrl.replace(/\/+$/, '');
  let checkedAt = -Infinity;
  const assertSameVersion = async () => {
    if (!version || Date.now() - checkedAt < VERSION_CHECK_MS) return;
    const health = await fetchImpl(`${base}/api/health`, { signal: AbortSignal.timeout(10_000) })
      .then((r) => r.json() as Promise<{ version?: string | null }>)
      .catch(() => null);
    if (!health) throw new RpcError(unavailable());
    if (health.version && health.version !== version) {
      const params = { mine: version, theirs: health.version };
      throw new RpcError({
        code: 'UNAVAILABLE',
        message: translate('uz', 'error.versionMismatch', params),
        details: { key: 'error.versionMismatch', params },
      });
    }
    checkedAt = Date.now();
  };
  return async (method, input, meta) => {
    await assertSameVersion();
    let res: Response;
    try {
      res = await fetchImpl(`${base}/api/rpc/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(meta.token ? { authorization: `Bearer ${meta.token}` } : {}),
        },
        body: JSON.stringify(input ?? {}),
        signal: AbortSignal.timeout(30_000),
      });
    } catch {
      throw new RpcError(unavailable());
    }
    const body = (await res.json().catch(() => null)) as unknown;
    if (!res.ok) throw new RpcError((body as ErrorBody | null) ?? unavailable());
    return body;
  };
}

/** Parses a server-sent-events text stream into events (only the `data:` lines matter here). */
export function parseSse(buffer: string): { events: AppEvent[]; rest: string } {
  const blocks = buffer.split('\n\n');
  const rest = blocks.pop() ?? '';
  const events: AppEvent[] = [];
  for (const block of blocks) {
    const data = block
      .split('\n')
      .filter((l) => l.startsWith('data: '))
      .map((l) => l.slice(6))
      .join('\n');
    if (data) events.push(JSON.parse(data) as AppEvent);
  }
  return { events, rest };
}

/** Follows the primary's event stream, reconnecting after drops, until stopped. */
export function followRemoteEvents(
  baseUrl: string,
  token: string,
  onEvent: (e: AppEvent) => void,
  fetchImpl: typeof fetch = fetch,
): () => void {
  const controller = new AbortController();
  const loop = async () => {
    while (!controller.signal.aborted) {
      try {
        // The token rides in a header, never in the URL.
        const res = await fetchImpl(`${baseUrl.replace(/\/+$/, '')}/api/events`, {
          headers: { authorization: `Bearer ${token}` },
          signal: controller.signal,
        });
        if (!res.ok || !res.body) throw new Error(`events ${res.status}`);
        const decoder = new TextDecoder();
        let buffer = '';
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
          const parsed = parseSse(buffer + decoder.decode(chunk, { stream: true }));
          buffer = parsed.rest;
          parsed.events.forEach(onEvent);
        }
      } catch {
        // dropped: retry below
      }
      if (!controller.signal.aborted) await new Promise((r) => setTimeout(r, 3000));
    }
  };
  void loop();
  return () => controller.abort();
}
