import { describe, expect, it } from 'vitest';
import { FakeClock } from '../clock';
import { silentLogger } from '../logger';
import { Scheduler, type Job } from './scheduler';

/** A job with `due` instants: each run takes those at or before now, up to the limit. */
function fakeJob(due: number[], log: string[] = []): Job & { due: number[] } {
  return {
    name: 'fake',
    due,
    async runBatch(now, limit) {
      const take = this.due.filter((d) => d <= now).slice(0, limit);
      this.due = this.due.filter((d) => !take.includes(d));
      log.push(`batch ${take.length}`);
      return { handled: take.length, notices: take.length };
    },
    async nextAt() {
      return this.due.length ? Math.min(...this.due) : null;
    },
  };
}

describe('Scheduler', () => {
  it('runs batches until nothing is due at the clock now, and reports the notices', async () => {
    const clock = new FakeClock(100);
    const log: string[] = [];
    const job = fakeJob([10, 20, 30, 40, 50, 200], log);
    const s = new Scheduler(clock, [job], silentLogger, { batch: 2 });
    expect(await s.runDue()).toBe(5);
    expect(log).toEqual(['batch 2', 'batch 2', 'batch 1']);
    expect(job.due).toEqual([200]);
    expect(await s.runDue()).toBe(0);
  });

  it('runs one at a time: a call during a run waits for it and then runs again', async () => {
    const clock = new FakeClock(100);
    const order: string[] = [];
    let active = 0;
    const job: Job = {
      name: 'slow',
      async runBatch() {
        active++;
        expect(active).toBe(1);
        order.push('start');
        await new Promise((r) => setTimeout(r, 20));
        order.push('end');
        active--;
        return { handled: 0, notices: 0 };
      },
      nextAt: async () => null,
    };
    const s = new Scheduler(clock, [job], silentLogger);
    await Promise.all([s.runDue(), s.runDue(), s.runDue()]);
    expect(order).toEqual(['start', 'end', 'start', 'end', 'start', 'end']);
  });

  it('wakes on its own when the next item falls due, and keeps going after a failed run', async () => {
    const clock = { now: () => Date.now() };
    const job = fakeJob([Date.now() + 300]);
    let failures = 0;
    const flaky: Job = {
      name: 'flaky',
      async runBatch() {
        if (failures++ === 0) throw new Error('database is locked');
        return { handled: 0, notices: 0 };
      },
      nextAt: async () => null,
    };
    const errors: string[] = [];
    const s = new Scheduler(
      clock,
      [flaky, job],
      { ...silentLogger, error: (m) => errors.push(m) },
      { maxSleepMs: 5_000 },
    );
    s.start();
    try {
      await expect.poll(() => job.due.length, { timeout: 3_000 }).toBe(0);
      expect(errors).toEqual(['scheduler run failed']);
    } finally {
      await s.stop();
    }
  });
});
