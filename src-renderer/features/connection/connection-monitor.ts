/**
 * Whether the primary answers (SPEC §12: a client shows when it cannot reach the primary and recovers by
 * itself). It probes every `everyMs` (faster while offline), counts a failed call as a hint to probe at
 * once, and on the way back online bumps `generation`, so every view refetches: nothing stale is shown
 * as fresh. Pure (no React, no DOM), so it is unit-tested with fake timers.
 */
export interface ConnectionState {
  online: boolean;
  /** Grows each time the link comes back: views keyed by it reload. */
  generation: number;
}

export class ConnectionMonitor {
  private state: ConnectionState = { online: true, generation: 0 };
  private timer: ReturnType<typeof setTimeout> | null = null;
  private probing = false;
  private listeners = new Set<(s: ConnectionState) => void>();

  constructor(
    private probe: () => Promise<boolean>,
    private everyMs = 10_000,
    private offlineEveryMs = 3_000,
  ) {}

  get current(): ConnectionState {
    return this.state;
  }

  subscribe(fn: (s: ConnectionState) => void): () => void {
    this.listeners.add(fn);
    if (this.listeners.size === 1) this.schedule(0);
    return () => {
      this.listeners.delete(fn);
      if (this.listeners.size === 0) this.stop();
    };
  }

  /** A call failed with "cannot reach": check now rather than at the next tick. */
  hint(): void {
    if (this.listeners.size) this.schedule(0);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  async check(): Promise<ConnectionState> {
    if (this.probing) return this.state;
    this.probing = true;
    let ok: boolean;
    try {
      ok = await this.probe();
    } catch {
      ok = false;
    } finally {
      this.probing = false;
    }
    if (ok !== this.state.online) {
      this.state = { online: ok, generation: this.state.generation + (ok ? 1 : 0) };
      for (const fn of [...this.listeners]) fn(this.state);
    }
    if (this.listeners.size) this.schedule(ok ? this.everyMs : this.offlineEveryMs);
    return this.state;
  }

  private schedule(ms: number): void {
    this.stop();
    this.timer = setTimeout(() => void this.check(), ms);
  }
}
