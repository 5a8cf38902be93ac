import { AppError } from '../../../src-shared/contract/errors';

const FREE_FAILURES = 5;
const BASE_LOCK_MS = 60_000;
const MAX_LOCK_MS = 15 * 60_000;
const FORGET_AFTER_MS = 30 * 60_000;

interface Entry {
  failures: number;
  lockedUntil: number;
  lastFailure: number;
}

/**
 * Slows down password guessing per username: five free failures, then a lock that doubles with
 * every further failure (1, 2, 4 … 15 minutes). A success clears the count.
 */
export class LoginThrottle {
  private entries = new Map<string, Entry>();

  assertAllowed(key: string, now: number): void {
    const e = this.entries.get(key);
    if (e && e.lockedUntil > now) {
      throw new AppError('RATE_LIMITED', 'error.tooManyAttempts', {
        minutes: Math.ceil((e.lockedUntil - now) / 60_000),
      });
    }
  }

  failed(key: string, now: number): void {
    let e = this.entries.get(key);
    if (!e || now - e.lastFailure > FORGET_AFTER_MS) e = { failures: 0, lockedUntil: 0, lastFailure: now };
    e.failures += 1;
    e.lastFailure = now;
    if (e.failures >= FREE_FAILURES) {
      e.lockedUntil = now + Math.min(MAX_LOCK_MS, BASE_LOCK_MS * 2 ** (e.failures - FREE_FAILURES));
    }
    this.entries.set(key, e);
  }

  succeeded(key: string): void {
    this.entries.delete(key);
  }
}
