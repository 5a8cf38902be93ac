// `npm run bench`: builds a 200 000-lead database and prints p50/p95 of the hot calls, through the dispatcher;
// then package.json runs the load test (tests/bench/load.ts). `BENCH_ONLY=load` runs only the load test;
// `BENCH_ONLY=next call,dashboard` runs only the calls whose label holds one of the comma-separated parts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeClock } from '../../src-main/clock';
import { createCore } from '../../src-main/core';
import { silentLogger } from '../../src-main/logger';
import { generateLeads } from '../helpers/generate';
import { bigWorkbook } from '../helpers/import-files';

if (process.env.BENCH_ONLY === 'load') {
  console.log('micro-bench skipped (BENCH_ONLY=load)');
  process.exit(0);
}

const LEADS = Number(process.env.BENCH_LEADS ?? 200_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const dir = mkdtempSync(join(tmpdir(), 'crm-bench-'));
const clock = new FakeClock(Date.parse('2026-11-26T06:00:00Z'));
// Cheap password hashes: sign-ins are not measured here, and 20 users at the real cost take ~10 s.
// The scheduler runs only when measured (below), never in the background of another measurement.
const core = await createCore({ dataDir: dir, clock, log: silentLogger, passwordCost: 'test', schedulerTimers: false });
const call = (m: string, input: unknown, token: string | null) => core.dispatch(m, input, { token });

await call('auth.setup', { username: 'admin', password: 'Admin#2026', firstName: 'Admin' }, null);
const admin = ((await call('auth.login', { username: 'admin', password: 'Admin#2026' }, null)) as { token: string })
  .token;
const sellerIds: number[] = [];
for (let i = 0; i < 20; i++) {
  const u = (await call(
    'users.create',
    { role: 'seller', username: `seller${i}`, password: 'Sotuv#2026', firstName: `Sotuvchi ${i}` },
    admin,
  )) as { id: number };
  sellerIds.push(u.id);
}
const seller = ((await call('auth.login', { username: 'seller3', password: 'Sotuv#2026' }, null)) as { token: string })
  .token;
const courseIds = [];
for (const name of ['IELTS', 'SAT', 'Python', 'Ingliz tili', 'Matematika']) {
  courseIds.push(
    Number(
      core.sqlite.prepare('INSERT INTO courses (name, created_at) VALUES (?, ?)').run(name, clock.now())
        .lastInsertRowid,
    ),
  );
}

const t0 = performance.now();
const made = generateLeads(core.sqlite, { leads: LEADS, sellerIds, createdBy: 1, courseIds, now: clock.now() });
console.log(
  `generated ${made.leads} leads, ${made.followups} follow-ups, ${made.activities} history rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
// Settled as an office's database is between its calls: the generator's writes folded into the file (the
// background checkpoints do that within seconds; here it is not left to overlap the first figures).
core.sqlite.pragma('wal_checkpoint(TRUNCATE)');
await call('settings.update', { maxOverdueForAssignment: 1000 }, admin);

const ONLY = process.env.BENCH_ONLY;

async function measure(label: string, fn: (i: number) => Promise<unknown>) {
  if (ONLY && !ONLY.split(',').some((part) => label.includes(part))) return;
  for (let i = 0; i < 5; i++) await fn(i);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const s = performance.now();
    await fn(i);
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
  console.log(`${label.padEnd(44)} p50 ${p(0.5).padStart(6)} ms   p95 ${p(0.95).padStart(6)} ms`);
}

const list =
  (input: Record<string, unknown>, token = admin) =>
  () =>
    call('leads.list', input, token);
await measure('leads.list first page', list({}));
await measure('leads.list source=telegram', list({ source: 'telegram' }));
await measure('leads.list status=interested', list({ status: 'interested' }));
await measure('leads.list seller', list({ sellerId: sellerIds[3] }));
await measure('leads.list course', list({ courseId: courseIds[1] }));
await measure('leads.list unassigned', list({ sellerId: 'unassigned' }));
await measure('leads.list created last 7 days', list({ createdFrom: '2026-11-19', createdTo: '2026-11-26' }));
await measure(
  'leads.list status + seller + source',
  list({ status: 'contacted', sellerId: sellerIds[5], source: 'instagram' }),
);
await measure('leads.list name search "dilnoza"', list({ q: 'dilnoza' }));
await measure('leads.list name search Cyrillic "Қодиров"', list({ q: 'Қодиров' }));
await measure('leads.list name search "aziz karimov"', list({ q: 'aziz karimov' }));
await measure('leads.list phone search full', list({ q: '90 100 12 34' }));
await measure('leads.list phone search last digits', list({ q: '1234' }));
await measure('leads.list as seller (own leads)', list({}, seller));
await measure('leads.list as seller, status filter', list({ status: 'interested' }, seller));
await measure('leads.list sort by name', list({ sort: 'name', order: 'asc' }));
await measure('leads.list no next call', list({ noNextCall: true }));
await measure('leads.list no next call, page 40', list({ noNextCall: true, page: 40 }));
await measure('leads.list no next call + status', list({ noNextCall: true, status: 'interested' }));
await measure('leads.list no next call + source', list({ noNextCall: true, source: 'telegram' }));
await measure('leads.list no next call + seller', list({ noNextCall: true, sellerId: sellerIds[3] }));
await measure('leads.list no next call as seller', list({ noNextCall: true }, seller));
await measure('leads.list no next call + name "aziz"', list({ noNextCall: true, q: 'aziz' }));
await measure('followups.list overdue (admin)', () => call('followups.list', { scope: 'overdue' }, admin));
await measure('followups.list overdue >24h bucket', () =>
  call('followups.list', { scope: 'overdue', bucket: 'gt24h' }, admin),
);
await measure('followups.list today (seller)', () => call('followups.list', { scope: 'today' }, seller));
await measure('dashboard.get (admin)', () => call('dashboard.get', {}, admin));
await measure('dashboard.get (seller)', () => call('dashboard.get', {}, seller));
let n = 0;
await measure('leads.create with auto-distribution', () =>
  call(
    'leads.create',
    { name: `Bench ${n}`, phone: `+99893${String(1_000_000 + n++).padStart(7, '0')}`, sellerId: 'auto' },
    admin,
  ),
);

// KPI and analytics: 20 000 trials over the year beside the generated leads and history.
if (!ONLY || ONLY.split(',').some((p) => 'kpi analytics'.includes(p))) {
  const group = Number(
    core.sqlite
      .prepare(
        `INSERT INTO groups (name, course_id, days, time, capacity, created_at) VALUES ('G', ?, 'odd', '15:00', 20, 1)`,
      )
      .run(courseIds[0]).lastInsertRowid,
  );
  const insTrial = core.sqlite.prepare(
    `INSERT INTO trials (lead_id, group_id, date, time, result, created_by, created_at) VALUES (?, ?, '2026-11-30', '15:00', ?, 1, ?)`,
  );
  const results = [null, 'attended', 'missed', 'accepted', 'declined'];
  core.sqlite.transaction(() => {
    for (let i = 0; i < 20_000; i++)
      insTrial.run(1 + ((i * 7919) % LEADS), group, results[i % 5], clock.now() - ((i * 104_729) % 365) * 86_400_000);
  })();
  core.sqlite.exec('ANALYZE');
}
await measure('kpi.seller a month (seller)', () =>
  call('kpi.seller', { from: '2026-11-01', to: '2026-11-30' }, seller),
);
await measure('kpi.seller a month (admin)', (i) =>
  call('kpi.seller', { sellerId: sellerIds[i % 20], from: '2026-10-01', to: '2026-10-31' }, admin),
);
await measure('kpi.targets this month (seller)', () => call('kpi.targets', { month: '2026-11' }, seller));
await measure('kpi.team this month (20 sellers)', () => call('kpi.team', { month: '2026-11' }, admin));
await measure('analytics.get a year', () => call('analytics.get', { from: '2025-11-27', to: '2026-11-26' }, admin));
await measure('analytics.get a month', () => call('analytics.get', { from: '2026-11-01', to: '2026-11-30' }, admin));
if (!ONLY || ONLY.split(',').some((p) => 'analytics.export'.includes(p))) {
  const s = performance.now();
  await call('analytics.export', { from: '2025-11-27', to: '2026-11-26' }, admin);
  console.log(`${'analytics.export a year'.padEnd(44)} ${(performance.now() - s).toFixed(0)} ms`);
}

// Messages and leave: 10 000 messages to the 20 sellers (200 000 recipient rows), 2 000 leave requests.
{
  const sender = 1;
  const insMsg = core.sqlite.prepare(
    `INSERT INTO messages (sender_id, subject, body, priority, to_all_sellers, recipient_count, read_count, created_at)
     VALUES (?, ?, ?, ?, 1, ?, 0, ?)`,
  );
  const insRec = core.sqlite.prepare('INSERT INTO message_recipients (message_id, user_id, read_at) VALUES (?, ?, ?)');
  const insLeave = core.sqlite.prepare(
    `INSERT INTO leave_requests (user_id, type, date_from, date_to, reason, status, created_at) VALUES (?, 'full_day', ?, ?, 'personal', ?, ?)`,
  );
  core.sqlite.transaction(() => {
    for (let i = 0; i < 10_000; i++) {
      const at = clock.now() - (10_000 - i) * 600_000;
      const id = Number(
        insMsg.run(sender, `Xabar ${i}`, `Matn ${i} `.repeat(40), ['urgent', 'high', 'normal', 'low'][i % 4], 20, at)
          .lastInsertRowid,
      );
      for (const s of sellerIds) insRec.run(id, s, i < 9_900 || s % 2 ? at + 60_000 : null);
    }
    for (let i = 0; i < 2_000; i++) {
      const day = new Date(Date.UTC(2026, 0, 1) + (i % 700) * 86_400_000).toISOString().slice(0, 10);
      insLeave.run(sellerIds[i % 20], day, day, i < 1_950 ? ['approved', 'rejected'][i % 2] : 'pending', clock.now());
    }
  })();
}
await measure('messages.inbox (seller, 10 000 messages)', () => call('messages.inbox', {}, seller));
await measure('messages.inbox unread only', () => call('messages.inbox', { unreadOnly: true }, seller));
await measure('messages.sent (admin)', () => call('messages.sent', {}, admin));
await measure('messages.open', (i) => call('messages.open', { id: 9_000 + i }, seller));
await measure('messages.send to all sellers', (i) =>
  call('messages.send', { subject: `Bench ${i}`, body: 'Matn', recipients: 'all_sellers' }, admin),
);
await measure('leave.list pending', () => call('leave.list', { status: 'pending' }, admin));
await measure('leave.list history', () => call('leave.list', {}, admin));
await measure('dashboard.get with leave (admin)', () => call('dashboard.get', {}, admin));

// The scheduler: one tick a minute on the whole database, then a catch-up after a three-day sleep.
if (!ONLY || 'scheduler'.includes(ONLY) || ONLY.split(',').some((p) => 'scheduler'.includes(p))) {
  const batchMs: number[] = [];
  for (const job of core.modules.jobs) {
    const run = job.runBatch.bind(job);
    job.runBatch = async (now, limit) => {
      const s = performance.now();
      const r = await run(now, limit);
      batchMs.push(performance.now() - s);
      return r;
    };
  }
  let notices = 0;
  let ticks = 0;
  await measure('scheduler tick (the clock 1 minute on)', async () => {
    clock.advance(60_000);
    ticks++;
    notices += await core.scheduler.runDue();
  });
  console.log(`${''.padEnd(44)} ${notices} notices written in ${ticks} ticks`);
  batchMs.length = 0;
  clock.advance(3 * 24 * 3600_000);
  // A seller keeps working meanwhile: how long do their calls wait behind the catch-up?
  const waits: number[] = [];
  let catching = true;
  const seller_ = (async () => {
    while (catching) {
      const s = performance.now();
      await call('followups.list', { scope: 'today' }, seller);
      waits.push(performance.now() - s);
      await new Promise((r) => setTimeout(r, 2));
    }
  })();
  const s = performance.now();
  const caught = await core.scheduler.runDue();
  catching = false;
  await seller_;
  const q = (xs: number[], f: number) => xs.sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * f))];
  console.log(
    `${'scheduler catch-up after a 3-day sleep'.padEnd(44)} ${caught} notices in ${((performance.now() - s) / 1000).toFixed(1)} s, ` +
      `${batchMs.length} batches: p50 ${q(batchMs, 0.5).toFixed(1)} ms, p95 ${q(batchMs, 0.95).toFixed(1)} ms`,
  );
  console.log(
    `${'  a seller\'s "Bugungi" calls meanwhile'.padEnd(44)} p50 ${q(waits, 0.5).toFixed(1).padStart(6)} ms   p95 ${q(waits, 0.95).toFixed(1).padStart(6)} ms   (${waits.length} calls)`,
  );
}

// Import and export: a 50 000-row .xlsx (IMPORT_ROWS) previewed and committed with auto-distribution,
// then the leads list exported; peak memory of the process alongside.
if (!ONLY || ONLY.split(',').some((p) => 'import export'.includes(p))) {
  const rows = Number(process.env.IMPORT_ROWS ?? 50_000);
  const file = await bigWorkbook(rows);
  const contentBase64 = Buffer.from(file.bytes).toString('base64');
  // The process already holds the 200 000-lead database's pages and the generator's heap: what the
  // import itself adds is the peak over what the process held before it.
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const watch = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const timed = async <T>(label: string, fn: () => Promise<T>) => {
    const s = performance.now();
    const out = await fn();
    console.log(`${label.padEnd(44)} ${((performance.now() - s) / 1000).toFixed(1)} s`);
    return out;
  };
  const preview = (await timed(`imports.preview of ${rows} rows (.xlsx)`, () =>
    call('imports.preview', { fileName: file.fileName, contentBase64 }, admin),
  )) as { importId: number; counts: { valid: number } };
  // The commit's pre-import backup (SPEC §12) runs alongside it, from a snapshot taken first: timed apart
  // (the wait for the snapshot, and the copy with its check), it is the database's size, not the file's.
  const backups = core.modules.backups;
  const beforeImport = backups.beforeImport.bind(backups);
  let waitMs = 0;
  let backupMs = 0;
  backups.beforeImport = (detail) => {
    const s = performance.now();
    const copy = beforeImport(detail);
    void copy.taken.then(() => (waitMs = performance.now() - s));
    void copy.done.then(() => (backupMs = performance.now() - s));
    return copy;
  };
  const result = (await timed(`imports.commit of ${preview.counts.valid} rows`, () =>
    call('imports.commit', { importId: preview.importId }, admin),
  )) as { imported: number };
  console.log(
    `${'  pre-import backup alongside'.padEnd(44)} ${(backupMs / 1000).toFixed(1)} s (the commit waited ${(waitMs / 1000).toFixed(2)} s for its snapshot)`,
  );
  const today = new Date(clock.now() + 5 * 3600_000).toISOString().slice(0, 10);
  const { total } = (await call('leads.list', { createdFrom: today, createdTo: today }, admin)) as { total: number };
  await timed(`leads.export of today's ${total} leads (${result.imported} imported)`, () =>
    call('leads.export', { createdFrom: today, createdTo: today }, admin),
  );
  clearInterval(watch);
  const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
  console.log(
    `${'peak memory (RSS) meanwhile'.padEnd(44)} ${mb(peak)} MB (${mb(before)} MB before: +${mb(peak - before)} MB)`,
  );
}

await core.close();
rmSync(dir, { recursive: true, force: true });
