// `npx tsx tests/bench/backup.ts`: a backup of the 200 000-lead database (BENCH_LEADS to change) and what it
// costs everyone else: the event loop's longest stall while it runs, and leads.list answers made meanwhile.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { FakeClock } from '../../src-main/clock';
import { createCore } from '../../src-main/core';
import { silentLogger } from '../../src-main/logger';
import { generateLeads } from '../helpers/generate';

const LEADS = Number(process.env.BENCH_LEADS ?? 200_000);
const dir = mkdtempSync(join(tmpdir(), 'crm-bench-backup-'));
const clock = new FakeClock(Date.parse('2026-11-26T06:00:00Z'));
const core = await createCore({ dataDir: dir, clock, log: silentLogger, passwordCost: 'test', schedulerTimers: false });
const call = (m: string, input: unknown, token: string | null) => core.dispatch(m, input, { token });
await call('auth.setup', { username: 'admin', password: 'Admin#2026', firstName: 'Admin' }, null);
const { token } = (await call('auth.login', { username: 'admin', password: 'Admin#2026' }, null)) as { token: string };
generateLeads(core.sqlite, { leads: LEADS, sellerIds: [1], createdBy: 1, courseIds: [], now: clock.now() });
core.sqlite.pragma('wal_checkpoint(TRUNCATE)');

/** leads.list every 20 ms while `during` runs: the event loop's stalls and the calls' times. */
async function watch(during: () => Promise<unknown>) {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  const lists: number[] = [];
  let running = true;
  const listing = (async () => {
    while (running) {
      const t0 = performance.now();
      await call('leads.list', { pageSize: 50 }, token);
      lists.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  delay.enable();
  const t0 = performance.now();
  const result = await during();
  const ms = performance.now() - t0;
  delay.disable();
  running = false;
  await listing;
  lists.sort((a, b) => a - b);
  const pct = (p: number) => lists[Math.min(lists.length - 1, Math.floor(lists.length * p))].toFixed(1);
  const loop = `event-loop delay max ${(delay.max / 1e6).toFixed(0)} ms, p99 ${(delay.percentile(99) / 1e6).toFixed(0)} ms`;
  const calls = `${lists.length} leads.list: p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms, max ${pct(1)} ms`;
  return { result, ms, text: `${loop}; ${calls}` };
}

// The same listing with no backup first: what this machine's load alone costs.
const quiet = await watch(() => new Promise((r) => setTimeout(r, 10_000)));
console.log(`no backup (10 s): ${quiet.text}`);
const backup = await watch(() => call('backups.create', {}, token));
const size = (backup.result as { sizeBytes: number }).sizeBytes;
console.log(
  `backup of ${LEADS} leads (${(size / 1024 / 1024).toFixed(0)} MB) in ${(backup.ms / 1000).toFixed(1)} s: ${backup.text}`,
);
await core.close();
rmSync(dir, { recursive: true, force: true });
