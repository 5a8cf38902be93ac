import { randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../../src-shared/contract/errors';
import { brokenPasswordRules } from '../../../src-shared/domain/password';
import { Semaphore } from './semaphore';

/** scrypt's work factors; each hash needs about 128 × N × r bytes of memory. */
export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/** OWASP's minimum for scrypt (Password Storage Cheat Sheet): 128 MiB and ~0.3–0.6 s per hash. */
export const OWASP_SCRYPT: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };
/** For tests only (`CoreConfig.passwordCost: 'test'`, `serve --fake-clock --fast-hash`): ~1 ms per hash. */
export const TEST_SCRYPT: ScryptCost = { N: 2 ** 10, r: 1, p: 1 };
/** How many hashes may run at once: two × 128 MiB, and the two cores of a small office PC. */
export const DEFAULT_HASH_CONCURRENCY = 2;

export type PasswordCost = 'owasp' | 'test' | ScryptCost;

export const resolveCost = (cost: PasswordCost = 'owasp'): ScryptCost =>
  cost === 'owasp' ? OWASP_SCRYPT : cost === 'test' ? TEST_SCRYPT : cost;

const KEY_LEN = 64;
const SALT_LEN = 16;

/** Refuses work factors no hash of ours has: a damaged row must not make one login eat gigabytes. */
const saneCost = ({ N, r, p }: ScryptCost) =>
  Number.isInteger(N) &&
  Number.isInteger(r) &&
  Number.isInteger(p) &&
  N >= 2 &&
  N <= 2 ** 20 &&
  (N & (N - 1)) === 0 &&
  r >= 1 &&
  r <= 32 &&
  p >= 1 &&
  p <= 16 &&
  128 * N * r <= 512 * 1024 * 1024;

const sameCost = (a: ScryptCost, b: ScryptCost) => a.N === b.N && a.r === b.r && a.p === b.p;

/** The stored form, unchanged since the first release: `scrypt$N$r$p$salt$key` (base64), so old hashes keep verifying. */
export const formatHash = (cost: ScryptCost, salt: Buffer, key: Buffer) =>
  `scrypt$${cost.N}$${cost.r}$${cost.p}$${salt.toString('base64')}$${key.toString('base64')}`;

interface StoredHash {
  cost: ScryptCost;
  salt: Buffer;
  key: Buffer;
}

export function parseHash(stored: string): StoredHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const cost = { N: Number(parts[1]), r: Number(parts[2]), p: Number(parts[3]) };
  const salt = Buffer.from(parts[4], 'base64');
  const key = Buffer.from(parts[5], 'base64');
  if (!saneCost(cost) || salt.length < 8 || key.length < 16 || key.length > 128) return null;
  return { cost, salt, key };
}

/** What a password check found; `upgraded` is the password hashed at today's cost when the stored hash was older. */
export interface Verdict {
  ok: boolean;
  upgraded: string | null;
}

/** Hashing inside one slot of the hasher (see PasswordHasher.exclusive). */
export interface HashSlot {
  hash(password: string): Promise<string>;
  /** `stored` null (no such user) checks against a dummy hash of today's cost, so it takes as long as a real check. */
  verify(password: string, stored: string | null): Promise<Verdict>;
}

/**
 * Hashes and checks passwords with scrypt at one configured cost, at most `concurrency` at a time
 * (each takes 128 MiB at OWASP cost, so a burst of logins queues instead of exhausting memory).
 */
/** How many hashes may wait for a slot. */
export const MAX_WAITING_HASHES = 16;

export class PasswordHasher {
  readonly cost: ScryptCost;
  private readonly gate: Semaphore;
  private readonly dummy: StoredHash;
  private running = 0;
  private peak = 0;
  private calls = 0;

  constructor(cost: PasswordCost = 'owasp', concurrency = DEFAULT_HASH_CONCURRENCY) {
    this.cost = resolveCost(cost);
    if (!saneCost(this.cost)) throw new Error(`Unusable scrypt cost: ${JSON.stringify(this.cost)}`);
    // Queued hashes are bounded too: ~5 s of work at most; past that a login hears "busy" at once.
    this.gate = new Semaphore(concurrency, MAX_WAITING_HASHES);
    this.dummy = { cost: this.cost, salt: randomBytes(SALT_LEN), key: randomBytes(KEY_LEN) };
  }

  /** Runs `task` holding one hashing slot, e.g. a login's throttle check, lookup and check together. */
  exclusive<T>(task: (slot: HashSlot) => Promise<T>): Promise<T> {
    return this.gate.run(() => task(this.slot));
  }

  hash(password: string): Promise<string> {
    return this.exclusive((slot) => slot.hash(password));
  }

  verify(password: string, stored: string | null): Promise<Verdict> {
    return this.exclusive((slot) => slot.verify(password, stored));
  }

  /** scrypt runs now, the most ever at once (tests check the cap), callers waiting for a slot, and runs so far. */
  stats(): { running: number; peak: number; waiting: number; calls: number } {
    return { running: this.running, peak: this.peak, waiting: this.gate.load.waiting, calls: this.calls };
  }

  private readonly slot: HashSlot = {
    hash: async (password) => {
      const salt = randomBytes(SALT_LEN);
      return formatHash(this.cost, salt, await this.scrypt(password, salt, KEY_LEN, this.cost));
    },
    verify: async (password, stored) => {
      const parsed = stored === null ? null : parseHash(stored);
      const target = parsed ?? this.dummy;
      const actual = await this.scrypt(password, target.salt, target.key.length, target.cost);
      const ok = parsed !== null && timingSafeEqual(actual, target.key);
      if (!parsed || sameCost(parsed.cost, this.cost)) return { ok, upgraded: null };
      // An older hash: a right password is hashed again at today's cost; a wrong one pays the same
      // price, so the answer takes as long as for any other user and tells nothing.
      const upgraded = await this.slot.hash(password);
      return { ok, upgraded: ok ? upgraded : null };
    },
  };

  private async scrypt(password: string, salt: Buffer, keyLen: number, { N, r, p }: ScryptCost): Promise<Buffer> {
    this.running += 1;
    this.calls += 1;
    this.peak = Math.max(this.peak, this.running);
    try {
      // OpenSSL needs 128·r·(N + p + 2) bytes; Node refuses anything above maxmem (32 MiB by default).
      const maxmem = 128 * r * (N + p + 2) + 1024 * 1024;
      return await new Promise<Buffer>((resolve, reject) =>
        scryptCb(password, salt, keyLen, { N, r, p, maxmem }, (e, key) => (e ? reject(e) : resolve(key))),
      );
    } finally {
      this.running -= 1;
    }
  }
}

/** Refuses a weak password with every broken rule, each in the user's language. */
export function assertStrongPassword(password: string, field: string): void {
  const broken = brokenPasswordRules(password);
  if (broken.length === 0) return;
  throw new AppError(
    'VALIDATION',
    'error.weakPassword',
    { rules: broken },
    { fields: broken.map((key) => ({ path: field, key })) },
  );
}
