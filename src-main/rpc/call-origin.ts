import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The window a call came from, for the whole call: the events its write publishes carry it, so that
 * window can use what the call returned instead of fetching the same thing again.
 */
const store = new AsyncLocalStorage<string | undefined>();

export const runWithOrigin = <T>(origin: string | undefined, fn: () => Promise<T>): Promise<T> => store.run(origin, fn);
export const currentOrigin = (): string | undefined => store.getStore();

/** A window id as a client may send it: short, plain characters; anything else is ignored. */
export const cleanOrigin = (raw: unknown): string | undefined =>
  typeof raw === 'string' && /^[\w:-]{1,64}$/.test(raw) ? raw : undefined;
