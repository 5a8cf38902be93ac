import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { AppError } from '../../../src-shared/contract/errors';
import { brokenPasswordRules } from '../../../src-shared/domain/password';

const scrypt = (pw: string, salt: Buffer, len: number, opts: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) => scryptCb(pw, salt, len, opts, (e, key) => (e ? reject(e) : resolve(key))));

const N = 16384,
  R = 8,
  P = 1,
  LEN = 64;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, LEN, { N, r: R, p: P });
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [algo, n, r, p, salt, key] = stored.split('$');
  if (algo !== 'scrypt') return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, { N: +n, r: +r, p: +p });
  return timingSafeEqual(expected, actual);
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
