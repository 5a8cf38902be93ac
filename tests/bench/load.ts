// `npm run bench` (second part; `BENCH_ONLY=load npm run bench` runs only this): a load test of the real
// headless server. A centre (admin, 2 managers, 20 sellers, courses/groups, ~20 000 leads with history
// and follow-ups) is built straight into SQLite, `src-main/server.ts --fake-clock --fast-hash` is
// started on it as a child process, and 20 desks (18 sellers, 2 managers), each with its live-events
// stream open, run a realistic mix of calls over HTTP for 30 s. Prints count/p50/p95/p99 per method,
// 5xx and other errors.
//
// Env: LOAD_SECONDS (30), LOAD_CLIENTS (20), LOAD_LEADS (20 000), LOAD_THINK_MS (mean pause between a
// desk's calls, 0 = back to back; see DEFAULT_THINK_MS), LOAD_WARMUP_SECONDS (3, not counted),
// LOAD_WORKERS (0: desks in this process; N: spread over N worker processes), LOAD_SERVER_NODE_ARGS.
// Besides the table it prints the server's own time per method (tests/bench/server-probe.ts), its
// event-loop delay and SQLite time, and the load generator's CPU and event-loop delay, so a slow
// figure can be told apart from a busy generator or a busy machine (load average).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { FakeClock } from '../../src-main/clock';
import { createCore } from '../../src-main/core';
import { silentLogger } from '../../src-main/logger';
import { generateLeads } from '../helpers/generate';
import {
  PASSWORD,
  prepareDesks,
  type DeskConfig,
  type DeskReport,
  type DeskSpec,
  type DeskWindow,
  type Stat,
} from './load-desks';
import type { ServerProbeReport } from './server-probe';

const ONLY = process.env.BENCH_ONLY;
if (ONLY && ONLY !== 'load') {
  console.log(`load test skipped (BENCH_ONLY=${ONLY})`);
  process.exit(0);
}

/** A desk clicks, reads, clicks again: the mean pause between one desk's calls (exponential). */
const DEFAULT_THINK_MS = 250;
/** The issue's target for the overall p99, with the load generator on the same 2-core machine. */
const TARGET_P99_MS = 50;
const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 20);
const LEADS = Number(process.env.LOAD_LEADS ?? 20_000);
const THINK_MS = Number(process.env.LOAD_THINK_MS ?? DEFAULT_THINK_MS);
const WARMUP_SECONDS = Number(process.env.LOAD_WARMUP_SECONDS ?? 3);
const WORKERS = Number(process.env.LOAD_WORKERS ?? 0);
/** Extra node flags for the server, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to see where its time goes. */
const SERVER_NODE_ARGS = (process.env.LOAD_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
const MANAGERS = Math.min(2, CLIENTS);
const SELLERS = 20;
/** Thursday 26 Nov 2026, 11:00 in Tashkent: every seller is inside working time. */
const NOW = Date.parse('2026-11-26T06:00:00Z');
const ADMIN_PASSWORD = 'Admin#2026';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

// ---------------------------------------------------------------------------------------------------
// The centre, built before the server starts.

const dataDir = mkdtempSync(join(tmpdir(), 'crm-load-'));
// Whatever happens to this process, the server and the workers must not outlive it, nor its data.
const children: ChildProcess[] = [];
process.on('exit', () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
const t0 = performance.now();
const sellerIds: number[] = [];
const courseIds: number[] = [];
{
  // Cheap password hashes here and in the server (`--fast-hash`): sign-ins all happen before the
  // window, and 43 hashes at the real cost (128 MiB, ~0.5 s each) would only make the setup slow.
  const core = await createCore({
    dataDir,
    clock: new FakeClock(NOW),
    log: silentLogger,
    passwordCost: 'test',
    schedulerTimers: false,
  });
  const call = (m: string, input: unknown, token: string | null) => core.dispatch(m, input, { token });
  await call('auth.setup', { username: 'admin', password: ADMIN_PASSWORD, firstName: 'Admin' }, null);
  const { token: admin } = (await call('auth.login', { username: 'admin', password: ADMIN_PASSWORD }, null)) as {
    token: string;
  };
  for (let i = 0; i < 2; i++)
    await call(
      'users.create',
      { role: 'manager', username: `manager${i}`, password: PASSWORD, firstName: `Menejer ${i}` },
      admin,
    );
  const shifts = [
    ['08:00', '17:00'],
    ['09:00', '18:00'],
    ['10:00', '19:00'],
  ];
  for (let i = 0; i < SELLERS; i++) {
    const [workStart, workEnd] = shifts[i % shifts.length];
    const u = (await call(
      'users.create',
      {
        role: 'seller',
        username: `seller${i}`,
        password: PASSWORD,
        firstName: `Sotuvchi ${i}`,
        workStart,
        workEnd,
        workDays: i % 4 === 0 ? [1, 2, 3, 4, 5] : [1, 2, 3, 4, 5, 6],
      },
      admin,
    )) as { id: number };
    sellerIds.push(u.id);
  }
  const rooms: number[] = [];
  for (const [name, capacity] of [
    ['101-xona', 16],
    ['102-xona', 12],
    ['Katta zal', 30],
  ] as const)
    rooms.push(((await call('rooms.create', { name, capacity }, admin)) as { id: number }).id);
  const courses = ['IELTS', 'SAT', 'Python', 'Ingliz tili', 'Matematika', 'Rus tili'];
  for (const [i, name] of courses.entries()) {
    const c = (await call(
      'courses.create',
      { name, price: 600_000 + i * 100_000, lessonDuration: 90, lessonsPerWeek: 3, salesScript: `${name}: ...` },
      admin,
    )) as { id: number };
    courseIds.push(c.id);
    for (let g = 0; g < 2; g++)
      await call(
        'groups.create',
        {
          name: `${name} ${g + 1}`,
          courseId: c.id,
          roomId: rooms[(i + g) % rooms.length],
          days: g ? 'even' : 'odd',
          time: g ? '16:00' : '10:00',
          capacity: 14,
          currentStudents: (i * 3 + g * 5) % 12,
        },
        admin,
      );
  }
  // A centre sets the auto-distribution limit to its own backlog (the default 5 would stop it).
  await call('settings.update', { maxOverdueForAssignment: 100 }, admin);
  const made = generateLeads(core.sqlite, { leads: LEADS, sellerIds, createdBy: 1, courseIds, now: NOW });
  console.log(
    `load test: centre of ${made.leads} leads, ${made.followups} follow-ups, ${made.activities} history rows, ` +
      `${SELLERS} sellers, 2 managers, ${courseIds.length} courses built in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  await core.close();
}

// ---------------------------------------------------------------------------------------------------
// The server, as `npm run serve --fake-clock` runs it.

const child = spawn(
  process.execPath,
  [
    ...SERVER_NODE_ARGS,
    '--import',
    'tsx',
    '--import',
    './tests/bench/server-probe.ts',
    'src-main/server.ts',
    '--data',
    dataDir,
    '--port',
    '0',
    '--host',
    '127.0.0.1',
    '--fake-clock',
    '--fast-hash',
  ],
  { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] },
);
children.push(child);
let serverLog = '';
let serverErrorLines = 0;
const onOutput = (d: Buffer) => {
  const text = d.toString();
  serverErrorLines += (text.match(/internal error/g) ?? []).length;
  serverLog = (serverLog + text).slice(-20_000); // keep draining the pipe, keep the tail
};
child.stdout!.on('data', onOutput);
child.stderr!.on('data', onOutput);
const base = await new Promise<string>((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error(`server did not start:\n${serverLog}`)), 60_000);
  const check = () => {
    const m = /server: (http:\/\/127\.0\.0\.1:\d+)/.exec(serverLog);
    if (m) {
      clearTimeout(timer);
      resolve(m[1]);
    }
  };
  child.stdout!.on('data', check);
  child.once('exit', (code) => reject(new Error(`server exited ${code}:\n${serverLog}`)));
});
{
  const res = await fetch(`${base}/api/test/clock`, { method: 'POST', body: JSON.stringify({ now: NOW }) });
  if (!res.ok) throw new Error(`clock: ${res.status}`);
}

// ---------------------------------------------------------------------------------------------------
// The desks: in this process, or spread over LOAD_WORKERS worker processes (tests/bench/load-worker.ts).

const specs: DeskSpec[] = Array.from({ length: CLIENTS }, (_, n) =>
  n < MANAGERS
    ? { n, username: `manager${n}`, role: 'manager' as const }
    : { n, username: `seller${(n - MANAGERS) % SELLERS}`, role: 'seller' as const },
);
const deskConfig = (desks: DeskSpec[]): DeskConfig => ({
  base,
  desks,
  thinkMs: THINK_MS,
  now: NOW,
  sellerIds,
  courseIds,
});
type Runner = (w: DeskWindow) => Promise<DeskReport>;
const runners: Runner[] = [];
const workerPids: number[] = [];
if (WORKERS > 0) {
  const workers = Array.from({ length: WORKERS }, (_, i) => {
    const w = spawn(process.execPath, ['--import', 'tsx', 'tests/bench/load-worker.ts'], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    w.send(deskConfig(specs.filter((_, n) => n % WORKERS === i)));
    workerPids.push(w.pid!);
    children.push(w);
    return w;
  });
  const reply = <T>(w: (typeof workers)[number]) =>
    new Promise<T>((resolve, reject) => {
      w.once('message', (m) => resolve(m as T));
      w.once('exit', (code) => reject(new Error(`load worker exited ${code}`)));
    });
  await Promise.all(workers.map((w) => reply<'ready'>(w)));
  for (const w of workers)
    runners.push((window) => {
      const report = reply<DeskReport>(w);
      w.send(window);
      return report;
    });
} else {
  runners.push((await prepareDesks(deskConfig(specs))).drive);
}

/** The server's stall, seen from outside: /api/health does no work, so its time is queueing. */
const probe: number[] = [];
async function probeLoop(window: DeskWindow) {
  while (Date.now() < window.to) {
    const startedAt = Date.now();
    const s = performance.now();
    try {
      await (await fetch(`${base}/api/health`)).json();
      if (startedAt >= window.from) probe.push(performance.now() - s);
    } catch {
      // the calls count failures
    }
    await sleep(50);
  }
}

const cpuSeconds = (pid: number) => {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(f[11]) + Number(f[12])) / 100; // utime + stime, clock ticks
  } catch {
    return NaN;
  }
};

const window: DeskWindow = { from: Date.now() + WARMUP_SECONDS * 1000, to: 0 };
window.to = window.from + SECONDS * 1000;
const reports = runners.map((run) => run(window));
const probing = probeLoop(window);
await sleep(window.from - Date.now());
child.send('start');
const serverCpu0 = cpuSeconds(child.pid!);
const benchCpu0 = process.cpuUsage();
const workersCpu0 = workerPids.map(cpuSeconds);
const loadAtStart = loadavg()
  .map((x) => x.toFixed(2))
  .join(' ');
await sleep(window.to - Date.now());
const elapsed = SECONDS;
const serverCpu = (cpuSeconds(child.pid!) - serverCpu0) / elapsed;
const benchCpuUse = process.cpuUsage(benchCpu0);
const benchCpu =
  ((benchCpuUse.user + benchCpuUse.system) / 1e6 +
    workerPids.reduce((a, pid, i) => a + cpuSeconds(pid) - workersCpu0[i], 0)) /
  elapsed;
const serverView = new Promise<ServerProbeReport>((resolve, reject) => {
  child.once('message', (m) => resolve(m as ServerProbeReport));
  child.once('exit', (code) => reject(new Error(`server exited ${code} during the load:\n${serverLog}`)));
});
child.send('stop');
const server = await serverView;
const deskReports = await Promise.all(reports);
await probing;

const stats = new Map<string, Stat>();
for (const r of deskReports)
  for (const [k, s] of Object.entries(r.stats)) {
    const m = stats.get(k) ?? { times: [], e5xx: 0, other: 0, codes: {} };
    m.times.push(...s.times);
    m.e5xx += s.e5xx;
    m.other += s.other;
    for (const [c, n] of Object.entries(s.codes)) m.codes[c] = (m.codes[c] ?? 0) + n;
    stats.set(k, m);
  }
const genLoop = {
  p50: Math.max(...deskReports.map((r) => r.loopDelay.p50)),
  p99: Math.max(...deskReports.map((r) => r.loopDelay.p99)),
  max: Math.max(...deskReports.map((r) => r.loopDelay.max)),
};

// ---------------------------------------------------------------------------------------------------
// The table. `srv p50/p99`: the same calls timed inside the server (arrival → response end), so the
// gap to p50/p99 is the network stack and the load generator itself.

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const pct = (s: number[], q: number) => (s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN);
const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '-');
const COLS = ['count', 'p50', 'p95', 'p99', 'max', '5xx', 'other', 'srv p50', 'srv p99'];
const line = (label: string, cells: string[], extra = '') =>
  `${label.padEnd(30)}${cells.map((c, i) => c.padStart(i >= 7 ? 9 : 7)).join('')}${extra ? `  ${extra}` : ''}`;
const row = (label: string, s: Stat, srv?: number[]) => {
  const t = sorted(s.times);
  const st = srv ? sorted(srv) : [];
  return line(
    label,
    [
      String(t.length),
      f1(pct(t, 0.5)),
      f1(pct(t, 0.95)),
      f1(pct(t, 0.99)),
      f1(t[t.length - 1]),
      String(s.e5xx),
      String(s.other),
      srv ? f1(pct(st, 0.5)) : '',
      srv ? f1(pct(st, 0.99)) : '',
    ],
    Object.entries(s.codes)
      .map(([c, n]) => `${c}×${n}`)
      .join(' '),
  );
};

console.log(
  `\nload test: ${CLIENTS} desks (${MANAGERS} managers, ${CLIENTS - MANAGERS} sellers), each with /api/events open, ` +
    `${elapsed.toFixed(0)} s after ${WARMUP_SECONDS} s warm-up, think time ${THINK_MS ? `~${THINK_MS} ms (exponential)` : 'none (back to back)'}`,
);
console.log(line('method (ms)', COLS));
const all: Stat = { times: [], e5xx: 0, other: 0, codes: {} };
const allSrv: number[] = [];
for (const m of [...stats.keys()].filter((k) => !k.includes(' · ')).sort()) {
  const s = stats.get(m)!;
  console.log(row(m, s, server.methods[m] ?? []));
  const variants = [...stats.keys()].filter((k) => k.startsWith(`${m} · `)).sort();
  if (variants.length > 1) for (const v of variants) console.log(row(`  ${v.slice(m.length + 3)}`, stats.get(v)!));
  all.times.push(...s.times);
  all.e5xx += s.e5xx;
  all.other += s.other;
  for (const [c, n] of Object.entries(s.codes)) all.codes[c] = (all.codes[c] ?? 0) + n;
  allSrv.push(...(server.methods[m] ?? []));
}
console.log(row('overall', all, allSrv));
const overallP99 = pct(sorted(all.times), 0.99);
console.log(
  `p99 ${f1(overallP99)} ms against the ${TARGET_P99_MS} ms target: ${overallP99 <= TARGET_P99_MS ? 'met' : 'MISSED'}; ` +
    `5xx ${all.e5xx}; other errors ${all.other}${all.other ? ' (409/422: desks racing for the same lead or call, as real ones do)' : ''}`,
);
const sortedProbe = sorted(probe);
console.log(
  `throughput ${(all.times.length / elapsed).toFixed(0)} calls/s; live events received ${deskReports.reduce((a, r) => a + r.events, 0)}; ` +
    `server internal errors logged ${serverErrorLines}`,
);
console.log(
  `server: ${(serverCpu * 100).toFixed(0)}% of a core, event-loop delay p50 ${f1(server.loopDelay.p50)} p99 ${f1(server.loopDelay.p99)} ` +
    `max ${f1(server.loopDelay.max)} ms; GET /api/health every 50 ms p50 ${f1(pct(sortedProbe, 0.5))} p99 ${f1(pct(sortedProbe, 0.99))} ms`,
);
console.log(
  `load generator (${WORKERS ? `${WORKERS} worker processes` : 'one thread'}): ${(benchCpu * 100).toFixed(0)}% of a core, ` +
    `event-loop delay p50 ${f1(genLoop.p50)} p99 ${f1(genLoop.p99)} max ${f1(genLoop.max)} ms (worst thread); ` +
    `load average ${loadAtStart} at the start, ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')} at the end`,
);

// Where the server's synchronous SQLite time went: the heaviest statements, and any single one slow enough to stall.
const sqlTotal = server.sql.reduce((a, t) => a + t.totalMs, 0);
const heavy = server.sql.filter((t, i) => i < 6 || t.maxMs >= 20 || t.sql.includes('checkpoint'));
console.log(
  `server SQLite: ${(sqlTotal / 1000).toFixed(1)} s synchronous in ${elapsed} s (${((sqlTotal / 1000 / elapsed) * 100).toFixed(0)}% of the event loop); heaviest:`,
);
for (const t of heavy)
  console.log(
    `${String(t.count).padStart(7)} × ${f1(t.totalMs / t.count).padStart(5)} ms (max ${f1(t.maxMs).padStart(5)})  ${t.sql.slice(0, 110)}`,
  );

child.kill('SIGTERM');
await new Promise((r) => child.once('exit', r));
if (all.e5xx > 0) process.exitCode = 1;
