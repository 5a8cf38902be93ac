/** Time comes from here, never from Date.now() in services, so tests and the scheduler are deterministic. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** Stands still until told otherwise (tests, `serve --fake-clock`). */
export class FakeClock implements Clock {
  /** Whether a test has set or moved it yet (before that, its time is only when the process started). */
  moved = false;
  constructor(private t: number) {}
  now(): number {
    return this.t;
  }
  set(t: number): void {
    this.t = t;
    this.moved = true;
  }
  advance(ms: number): void {
    this.t += ms;
    this.moved = true;
  }
}
