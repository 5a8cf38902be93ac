import { AppError } from '../../../src-shared/contract/errors';

/**
 * At most `limit` tasks at once; the others wait their turn (first come, first served) without
 * blocking — at most `maxWaiting` of them: past that a caller is told "busy" at once, so a flood of
 * logins cannot make the admin wait minutes.
 */
export class Semaphore {
  private active = 0;
  private waiting: (() => void)[] = [];

  constructor(
    readonly limit: number,
    readonly maxWaiting = Infinity,
  ) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`Semaphore limit must be a positive integer: ${limit}`);
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) {
      if (this.waiting.length >= this.maxWaiting) throw new AppError('UNAVAILABLE', 'error.serverBusy');
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else this.active += 1;
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next waiter, so a newcomer cannot overtake the queue.
      const next = this.waiting.shift();
      if (next) next();
      else this.active -= 1;
    }
  }

  /** Tasks running now and tasks waiting for a slot. */
  get load(): { active: number; waiting: number } {
    return { active: this.active, waiting: this.waiting.length };
  }
}
