import { AppError } from '../../../src-shared/contract/errors';
import type { Dispatch } from '../../rpc/dispatch';

/** How long a restore waits for calls already running to finish before it goes ahead anyway. */
const DRAIN_MS = 15_000;

/**
 * Keeps calls and a restore apart. While the database is being swapped, new calls are answered "busy,
 * restoring" (503) instead of reaching a closed handle; the restore starts once the calls already in
 * flight have finished (each of them ran wholly on the old database or wholly on the new one).
 */
export class RestoreGate {
  private inFlight = 0;
  private closed = false;
  private drained: (() => void) | null = null;

  /** The dispatcher behind the gate; `exempt` methods (the restore itself) are not waited for. */
  wrap(dispatch: Dispatch, exempt: readonly string[]): Dispatch {
    return async (method, input, meta) => {
      if (exempt.includes(method)) return dispatch(method, input, meta);
      if (this.closed) throw new AppError('UNAVAILABLE', 'backups.restoring');
      this.inFlight++;
      try {
        return await dispatch(method, input, meta);
      } finally {
        this.inFlight--;
        if (this.inFlight === 0) this.drained?.();
      }
    };
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Refuses new calls and waits (up to DRAIN_MS) for the running ones; then runs `work`; then opens again. */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    this.closed = true;
    try {
      if (this.inFlight > 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, DRAIN_MS);
          this.drained = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.drained = null;
      }
      return await work();
    } finally {
      this.closed = false;
    }
  }
}
