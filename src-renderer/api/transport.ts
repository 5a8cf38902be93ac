import { EVENT_TYPES, type AppEvent } from '../../src-shared/contract/events';
import { RpcError, type ErrorBody } from '../../src-shared/contract/errors';

/** How the one typed client reaches the core: Electron IPC or HTTP (browser, LAN, e2e). */
export interface Transport {
  call(method: string, input: unknown): Promise<unknown>;
  /** Live change events; returns an unsubscribe function. */
  subscribe(onEvent: (e: AppEvent) => void): () => void;
  /** Browser transports keep the session token; the Electron one keeps it in the main process. */
  setToken(token: string | null): void;
  hasToken(): boolean;
}

/** What the Electron preload exposes — and nothing more. */
export interface PreloadBridge {
  rpc: {
    call(method: string, input: unknown): Promise<{ ok: true; result: unknown } | { ok: false; error: ErrorBody }>;
  };
  events: { on(listener: (e: AppEvent) => void): () => void };
}

declare global {
  interface Window {
    crm?: PreloadBridge;
  }
}

const TOKEN_KEY = 'crm.token';
const offline = (): ErrorBody => ({ code: 'UNAVAILABLE', message: '', details: { key: 'common.offline' } });

/** This window, named in its calls and its event stream, so the events of its own changes come back marked `self`. */
const WINDOW_ID = `w-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

export function httpTransport(base = ''): Transport {
  let token = localStorage.getItem(TOKEN_KEY);
  // One event stream per window, shared by every subscriber: a browser allows only ~6 connections
  // per server, and a stream per component would starve the API calls.
  const listeners = new Set<(e: AppEvent) => void>();
  let source: EventSource | null = null;
  let retry: ReturnType<typeof setTimeout> | undefined;
  // EventSource cannot send a header: a one-time ticket (bought with the token) opens the stream,
  // so the token itself never appears in a URL. A dropped stream buys a new ticket.
  let opening = false;
  const buyTicket = async (): Promise<string | null> => {
    const res = await fetch(`${base}/api/events/ticket`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    }).catch(() => null);
    return res?.ok ? ((await res.json()) as { ticket: string }).ticket : null;
  };
  const open = async () => {
    if (source || opening || !token || listeners.size === 0) return;
    clearTimeout(retry);
    opening = true;
    const ticket = await buyTicket().finally(() => (opening = false));
    if (source || !token || listeners.size === 0) return;
    if (!ticket) {
      retry = setTimeout(() => void open(), 5000);
      return;
    }
    const es = new EventSource(`${base}/api/events?ticket=${encodeURIComponent(ticket)}&window=${WINDOW_ID}`);
    source = es;
    const dispatch = (m: MessageEvent) => {
      const e = JSON.parse(m.data as string) as AppEvent;
      for (const l of [...listeners]) l(e);
    };
    for (const type of EVENT_TYPES) es.addEventListener(type, dispatch);
    es.onerror = () => {
      if (source !== es) return;
      close();
      retry = setTimeout(() => void open(), 3000);
    };
  };
  const close = () => {
    clearTimeout(retry);
    source?.close();
    source = null;
  };
  return {
    async call(method, input) {
      let res: Response;
      try {
        res = await fetch(`${base}/api/rpc/${method}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-crm-window': WINDOW_ID,
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        throw new RpcError(offline());
      }
      const body = (await res.json().catch(() => null)) as unknown;
      if (!res.ok) throw new RpcError((body as ErrorBody | null) ?? offline());
      return body;
    },
    subscribe(onEvent) {
      listeners.add(onEvent);
      void open();
      return () => {
        listeners.delete(onEvent);
        if (listeners.size === 0) close();
      };
    },
    setToken(t) {
      token = t;
      if (t) localStorage.setItem(TOKEN_KEY, t);
      else localStorage.removeItem(TOKEN_KEY);
      close();
      void open();
    },
    hasToken: () => token !== null,
  };
}

export function ipcTransport(bridge: PreloadBridge): Transport {
  let signedIn = sessionStorage.getItem(TOKEN_KEY) === 'ipc';
  return {
    async call(method, input) {
      const reply = await bridge.rpc.call(method, input ?? {});
      if (!reply.ok) throw new RpcError(reply.error);
      return reply.result;
    },
    subscribe: (onEvent) => bridge.events.on(onEvent),
    setToken(t) {
      signedIn = t !== null;
      if (t) sessionStorage.setItem(TOKEN_KEY, 'ipc');
      else sessionStorage.removeItem(TOKEN_KEY);
    },
    hasToken: () => signedIn,
  };
}
