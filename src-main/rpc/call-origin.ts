import { AsyncLocalStorage } from 'node:async_hooks';

/** Where a call comes from, known for the whole call without passing it through every service. */
export interface CallSource {
  /** The window that made the call: the events its write publishes carry it back as `self`. */
  origin?: string;
  /** The caller's network address ('local' for the desktop's own window): login throttling counts by it. */
  clientIp?: string;
}

const store = new AsyncLocalStorage<CallSource>();

export const runWithCall = <T>(source: CallSource, fn: () => Promise<T>): Promise<T> => store.run(source, fn);
export const currentOrigin = (): string | undefined => store.getStore()?.origin;
export const currentClientIp = (): string | undefined => store.getStore()?.clientIp;

/** A window id as a client may send it: short, plain characters; anything else is ignored. */
export const cleanOrigin = (raw: unknown): string | undefined =>
  typeof raw === 'string' && /^[\w:-]{1,64}$/.test(raw) ? raw : undefined;
