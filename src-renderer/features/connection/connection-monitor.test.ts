import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConnectionMonitor, type ConnectionState } from './connection-monitor';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('ConnectionMonitor (the offline banner)', () => {
  it('goes offline when the primary stops answering and back online by itself, asking views to reload', async () => {
    let up = true;
    const m = new ConnectionMonitor(async () => up, 10_000, 3_000);
    const seen: ConnectionState[] = [];
    const off = m.subscribe((s) => seen.push(s));
    await vi.advanceTimersByTimeAsync(0);
    expect(m.current).toEqual({ online: true, generation: 0 });

    up = false;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(m.current).toEqual({ online: false, generation: 0 });
    // While offline it keeps trying, more often.
    await vi.advanceTimersByTimeAsync(3_000);
    expect(m.current.online).toBe(false);

    up = true;
    await vi.advanceTimersByTimeAsync(3_000);
    expect(m.current).toEqual({ online: true, generation: 1 });
    expect(seen).toEqual([
      { online: false, generation: 0 },
      { online: true, generation: 1 },
    ]);
    off();
  });

  it('a probe that throws counts as offline; a failed call makes it look at once', async () => {
    let calls = 0;
    const m = new ConnectionMonitor(async () => {
      calls++;
      throw new Error('ECONNREFUSED');
    });
    m.subscribe(() => {});
    await vi.advanceTimersByTimeAsync(0);
    expect(m.current.online).toBe(false);
    const before = calls;
    m.hint();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toBe(before + 1);
  });

  it('stops probing when nobody listens', async () => {
    let calls = 0;
    const m = new ConnectionMonitor(async () => (calls++, true), 1_000);
    const off = m.subscribe(() => {});
    await vi.advanceTimersByTimeAsync(2_500);
    off();
    const seen = calls;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toBe(seen);
  });
});
