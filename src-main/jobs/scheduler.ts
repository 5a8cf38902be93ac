import type { Clock } from '../clock';
import type { Logger } from '../logger';

/** One kind of work that falls due with time: due notices, overdue notices, reactivation calls. */
export interface Job {
  name: string;
  /**
   * Does up to `limit` items that are due at `now` in one short transaction and says how many it
   * took (fewer than `limit`: nothing more is due) and how many notices it wrote.
   */
  runBatch(now: number, limit: number): Promise<{ handled: number; notices: number }>;
  /** The instant it next has work, or null when nothing is waiting. */
  nextAt(): Promise<number | null>;
}

/** After a failed run (database busy, disk full) the next try comes this soon. */
const RETRY_MS = 1_000;

export interface SchedulerOptions {
  /** Rows per transaction: small enough that a request waits at most a few milliseconds. */
  batch?: number;
  /** The longest sleep between looks at the database (a new follow-up may fall due sooner). */
  maxSleepMs?: number;
}

/**
 * Turns time into work (SPEC §5, §3). The database is the truth and timers only wake the runner:
 * each run does everything due at the clock's now, whatever was missed while the app was closed,
 * the laptop slept or the clock jumped, and every notice has a dedupe key, so nothing is written
 * twice. Work goes in small batches with a turn of the event loop between them, so requests keep
 * flowing during a catch-up. Runs only where the database is (standalone or primary).
 */
export class Scheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> = Promise.resolve(0);
  private stopped = true;
  private readonly batch: number;
  private readonly maxSleepMs: number;

  constructor(
    private clock: Clock,
    private jobs: Job[],
    private log: Logger,
    options: SchedulerOptions = {},
  ) {
    this.batch = options.batch ?? 50;
    this.maxSleepMs = options.maxSleepMs ?? 30_000;
  }

  /** Wakes on its own from now on: at the next due item, at the latest after `maxSleepMs`. */
  start(): void {
    this.stopped = false;
    this.arm(0);
  }

  /** No more wakes; resolves once a run in flight has finished (before the database closes). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /**
   * Runs every job until nothing is due at the clock's now; resolves with the notices written.
   * Runs one at a time: a call during a run waits for it and then runs again.
   */
  runDue(): Promise<number> {
    const next = this.running.then(
      () => this.runAll(),
      () => this.runAll(),
    );
    this.running = next.catch(() => 0);
    return next;
  }

  private async runAll(): Promise<number> {
    let notices = 0;
    let failed: unknown = null;
    for (const job of this.jobs) {
      try {
        for (;;) {
          const r = await job.runBatch(this.clock.now(), this.batch);
          notices += r.notices;
          if (r.handled < this.batch) break;
          await new Promise((resolve) => setImmediate(resolve));
        }
      } catch (e) {
        // One job failing (a busy or full database) does not keep the others from their work.
        this.log.error('scheduler run failed', { job: job.name, error: String(e) });
        failed ??= e;
      }
    }
    if (failed) throw failed;
    return notices;
  }

  private arm(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.wake(), Math.max(0, delayMs));
    this.timer.unref();
  }

  private async wake(): Promise<void> {
    let sleep = this.maxSleepMs;
    try {
      await this.runDue();
      const now = this.clock.now();
      for (const job of this.jobs) {
        const at = await job.nextAt();
        if (at !== null) sleep = Math.min(sleep, at - now);
      }
    } catch {
      // Logged by the run; the rows stay due and are tried again soon. Nothing is lost.
      sleep = Math.min(sleep, RETRY_MS);
    }
    this.arm(Math.max(sleep, 250));
  }
}
