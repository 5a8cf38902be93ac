import { isIP } from 'node:net';
import { AppError } from '../../../src-shared/contract/errors';
import type { Db } from '../../db/connect';
import { transaction } from '../../db/transaction';

export interface LockPolicy {
  /** Failures allowed before the first lock. */
  free: number;
  baseLockMs: number;
  maxLockMs: number;
}

/** One username from one address: the 5th failure locks 1 minute, each further one doubles it, up to 15. */
export const PAIR_POLICY: LockPolicy = { free: 5, baseLockMs: 60_000, maxLockMs: 15 * 60_000 };
/** One address over every username (spraying): the 20th failure locks 1 minute, then 2, 4 … up to 15. */
export const ADDRESS_POLICY: LockPolicy = { free: 20, baseLockMs: 60_000, maxLockMs: 15 * 60_000 };
/** Counts start again a day after their first failure; older rows are pruned on every write. */
export const WINDOW_MS = 24 * 3600_000;
/** Usernames one address may have counted at once: spraying beyond it adds no rows (the address budget still counts). */
export const MAX_USERNAMES_PER_ADDRESS = 50;

/** The lock that follows the n-th failure (0: none yet). */
export const lockAfter = (failures: number, p: LockPolicy): number =>
  failures < p.free ? 0 : Math.min(p.maxLockMs, p.baseLockMs * 2 ** (failures - p.free));

/**
 * The address a caller is counted under: IPv4 (also when mapped into IPv6) as is, IPv6 in full (on
 * an office LAN every desk shares one /64: counting by it would let one desk lock out all), 'local' for the
 * desktop's own window, and every unknown caller as one 'unknown'.
 */
export function addressKey(ip: string | undefined): string {
  if (!ip) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1];
  const kind = isIP(ip);
  if (kind === 4) return ip;
  if (kind !== 6) return ip === 'local' ? 'local' : 'unknown';
  const [head, tail = ''] = ip.toLowerCase().split('%')[0].split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return groups.map((g) => g.replace(/^0+(?=.)/, '')).join(':');
}

const ADDRESS_ROW = '';

/**
 * Slows down password guessing without letting anyone lock another person out: failures count per
 * (username, address) and per address over all usernames, in SQLite so a restart forgets nothing.
 * A lock only ever stops the address that earned it; the right password from elsewhere still works.
 */
export class LoginThrottle {
  constructor(private db: Db) {}

  /** RATE_LIMITED while this address, or this username from this address, is locked. */
  async assertAllowed(usernameKey: string, ip: string, now: number): Promise<void> {
    const row = await this.db
      .selectFrom('login_throttle')
      .select((eb) => eb.fn.max('locked_until').as('until'))
      .where('ip', '=', ip)
      .where('username_key', 'in', [ADDRESS_ROW, usernameKey])
      .executeTakeFirst();
    const until = Number(row?.until ?? 0);
    if (until > now) {
      throw new AppError('RATE_LIMITED', 'error.tooManyAttempts', { minutes: Math.ceil((until - now) / 60_000) });
    }
  }

  async failed(usernameKey: string, ip: string, now: number): Promise<void> {
    await transaction(this.db, async (trx) => {
      await trx
        .deleteFrom('login_throttle')
        .where('first_failure_at', '<=', now - WINDOW_MS)
        .where('locked_until', '<=', now)
        .execute();
      const rows = await trx
        .selectFrom('login_throttle')
        .selectAll()
        .where('ip', '=', ip)
        .where('username_key', 'in', [ADDRESS_ROW, usernameKey])
        .execute();
      const count = async (key: string, policy: LockPolicy) => {
        const old = rows.find((r) => r.username_key === key);
        const fresh = !old || old.first_failure_at <= now - WINDOW_MS;
        const failures = fresh ? 1 : old.failures + 1;
        const lock = lockAfter(failures, policy);
        const values = {
          failures,
          first_failure_at: fresh ? now : old.first_failure_at,
          locked_until: lock ? now + lock : (old?.locked_until ?? 0),
        };
        await trx
          .insertInto('login_throttle')
          .values({ ip, username_key: key, ...values })
          .onConflict((oc) => oc.columns(['ip', 'username_key']).doUpdateSet(values))
          .execute();
      };
      await count(ADDRESS_ROW, ADDRESS_POLICY);
      if (!rows.some((r) => r.username_key === usernameKey)) {
        const counted = await trx
          .selectFrom('login_throttle')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('ip', '=', ip)
          .where('username_key', '!=', ADDRESS_ROW)
          .executeTakeFirstOrThrow();
        if (Number(counted.n) >= MAX_USERNAMES_PER_ADDRESS) return;
      }
      await count(usernameKey, PAIR_POLICY);
    });
  }

  /** The right password clears this username's count from this address (not the address's overall one). */
  async succeeded(usernameKey: string, ip: string): Promise<void> {
    await this.db.deleteFrom('login_throttle').where('ip', '=', ip).where('username_key', '=', usernameKey).execute();
  }
}
