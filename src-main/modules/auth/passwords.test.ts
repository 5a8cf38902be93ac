import { describe, expect, it } from 'vitest';
import { formatHash, OWASP_SCRYPT, parseHash, PasswordHasher, resolveCost, TEST_SCRYPT } from './passwords';
import { Semaphore } from './semaphore';

/** 'Admin#2026' as the first release stored it (scrypt N = 16384, r = 8, p = 1). */
const FIRST_RELEASE_HASH =
  'scrypt$16384$8$1$Mz23ET+FiElQAiCKIYv8iw==$KB7lpNqVSsG/MclT/D5MB8YN/iYUExTOUJ+xSdt24KyiU6OBF0A5/4o1LApVOH4zoOU2OpafxT7drifp0uB6vw==';

describe('PasswordHasher', () => {
  it("defaults to OWASP's minimum (scrypt N = 2^17, r = 8, p = 1) and a production hash verifies", async () => {
    expect(OWASP_SCRYPT).toEqual({ N: 2 ** 17, r: 8, p: 1 });
    expect(resolveCost()).toBe(OWASP_SCRYPT);
    const hasher = new PasswordHasher();
    expect(hasher.cost).toEqual({ N: 131072, r: 8, p: 1 });
    const hash = await hasher.hash('Admin#2026');
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$[\w+/]{22}==\$[\w+/]{86}==$/);
    expect(await hasher.verify('Admin#2026', hash)).toEqual({ ok: true, upgraded: null });
    expect(await hasher.verify('Admin#2027', hash)).toEqual({ ok: false, upgraded: null });
  }, 20_000);

  it('verifies a hash of the first release and hands back the password hashed at today’s cost', async () => {
    const stored = FIRST_RELEASE_HASH;
    const hasher = new PasswordHasher('test');
    const right = await hasher.verify('Admin#2026', stored);
    expect(right.ok).toBe(true);
    expect(right.upgraded?.startsWith(`scrypt$${TEST_SCRYPT.N}$${TEST_SCRYPT.r}$${TEST_SCRYPT.p}$`)).toBe(true);
    expect((await hasher.verify('Admin#2026', right.upgraded!)).ok).toBe(true);
    expect(await hasher.verify('Wrong#2026', stored)).toEqual({ ok: false, upgraded: null });
  });

  it('reads the stored form of the first release, and refuses damaged or monstrous ones without throwing', async () => {
    const hasher = new PasswordHasher('test');
    const salt = Buffer.alloc(16, 1);
    const key = Buffer.alloc(64, 2);
    expect(parseHash(formatHash({ N: 16384, r: 8, p: 1 }, salt, key))).toEqual({
      cost: { N: 16384, r: 8, p: 1 },
      salt,
      key,
    });
    for (const bad of [
      'scrypt$x',
      'argon2$1$2$3$4$5',
      formatHash({ N: 2 ** 30, r: 8, p: 1 }, salt, key),
      formatHash({ N: 1000, r: 8, p: 1 }, salt, key),
      formatHash({ N: 1024, r: 8, p: 100 }, salt, key),
      formatHash({ N: 1024, r: 8, p: 1 }, Buffer.alloc(2), key),
    ]) {
      expect(parseHash(bad)).toBeNull();
      expect(await hasher.verify('Admin#2026', bad)).toEqual({ ok: false, upgraded: null });
    }
    expect(await hasher.verify('Admin#2026', null)).toEqual({ ok: false, upgraded: null });
    expect(() => new PasswordHasher({ N: 3, r: 8, p: 1 })).toThrow(/Unusable scrypt cost/);
  });

  it('runs at most `concurrency` hashes at once; the others wait', async () => {
    const hasher = new PasswordHasher({ N: 2 ** 12, r: 8, p: 1 }, 2);
    const hashes = Promise.all(Array.from({ length: 6 }, (_, i) => hasher.hash(`Pass#${i}word`)));
    expect(hasher.stats().waiting).toBe(4);
    expect(new Set(await hashes).size).toBe(6);
    expect(hasher.stats()).toEqual({ running: 0, peak: 2, waiting: 0, calls: 6 });
  });
});

describe('Semaphore', () => {
  it('serves waiters in order and frees the slot when a task fails', async () => {
    const gate = new Semaphore(1);
    const order: number[] = [];
    let release!: () => void;
    const first = gate.run(() => new Promise<void>((r) => (release = r)).then(() => order.push(1)));
    const second = gate.run(async () => {
      order.push(2);
      throw new Error('boom');
    });
    const third = gate.run(async () => order.push(3));
    expect(gate.load).toEqual({ active: 1, waiting: 2 });
    release();
    await first;
    await expect(second).rejects.toThrow('boom');
    await third;
    expect(order).toEqual([1, 2, 3]);
    expect(gate.load).toEqual({ active: 0, waiting: 0 });
    expect(() => new Semaphore(0)).toThrow();
  });
});

describe('the hashing queue', () => {
  it('says "busy" at once when too many wait, and serves the ones in the queue', async () => {
    const { Semaphore } = await import('./semaphore');
    const gate = new Semaphore(1, 2);
    let release!: () => void;
    const first = gate.run(() => new Promise<void>((r) => (release = r)));
    const queued = [gate.run(async () => 1), gate.run(async () => 2)];
    await expect(gate.run(async () => 3)).rejects.toMatchObject({ code: 'UNAVAILABLE', key: 'error.serverBusy' });
    release();
    await first;
    expect(await Promise.all(queued)).toEqual([1, 2]);
  });
});
