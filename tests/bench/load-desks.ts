// The desks of tests/bench/load.ts: each one a signed-in seller or manager with its live-events stream
// open, clicking through a realistic mix of calls. Run in the bench process or in worker threads
// (tests/bench/load-worker.ts); either way they report plain data, merged by load.ts.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

export const PASSWORD = 'Sotuv#2026';
const DAY = 86_400_000;
/** monitorEventLoopDelay reports the sampling interval plus the delay; it is taken off. */
export const LOOP_RESOLUTION_MS = 5;

export interface DeskSpec {
  n: number;
  username: string;
  role: 'seller' | 'manager';
}

export interface DeskConfig {
  base: string;
  desks: DeskSpec[];
  thinkMs: number;
  now: number;
  sellerIds: number[];
  courseIds: number[];
}

/** Epoch milliseconds (Date.now), the same in every thread: record calls started in [from, to), stop at `to`. */
export interface DeskWindow {
  from: number;
  to: number;
}

export interface Stat {
  times: number[];
  e5xx: number;
  other: number;
  codes: Record<string, number>;
}

export interface DeskReport {
  stats: Record<string, Stat>;
  events: number;
  /** This thread's event-loop delay over the window, ms. */
  loopDelay: { p50: number; p99: number; max: number };
}

type LeadItem = { id: number; status: string; phone: string };

class Desk {
  token = '';
  recent: LeadItem[] = [];
  pending: Array<{ id: number; leadId: number }> = [];
  created = 0;
  events = 0;
  private sse = new AbortController();

  constructor(
    readonly spec: DeskSpec,
    readonly cfg: DeskConfig,
    readonly rand: () => number,
    private record: (keys: string[], startedAt: number, ms: number, outcome: string) => void,
  ) {}

  get role() {
    return this.spec.role;
  }

  async login() {
    const res = await fetch(`${this.cfg.base}/api/rpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: this.spec.username, password: PASSWORD }),
    });
    if (!res.ok) throw new Error(`login ${this.spec.username}: ${res.status} ${await res.text()}`);
    this.token = ((await res.json()) as { token: string }).token;
  }

  /** The live-events stream every open window keeps, read and counted as a window would. */
  async openEvents() {
    const res = await fetch(`${this.cfg.base}/api/events`, {
      headers: { authorization: `Bearer ${this.token}` },
      signal: this.sse.signal,
    });
    if (!res.ok || !res.body) throw new Error(`events ${this.spec.username}: ${res.status}`);
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          this.events += (value.match(/^event: /gm) ?? []).length;
        }
      } catch {
        // aborted at the end
      }
    })();
  }

  closeEvents() {
    this.sse.abort();
  }

  /** One call, timed from sending the request to the whole body parsed. `label` names the mix entry. */
  async call<T>(method: string, label: string, input: unknown): Promise<T | null> {
    const startedAt = Date.now();
    const s = performance.now();
    let outcome = 'ok';
    let body: unknown = null;
    try {
      const res = await fetch(`${this.cfg.base}/api/rpc/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
        body: JSON.stringify(input),
      });
      body = await res.json();
      if (res.status >= 500) outcome = '5xx';
      else if (res.status !== 200) outcome = `${res.status} ${(body as { code?: string }).code ?? ''}`.trim();
    } catch (err) {
      outcome = `network ${(err as Error).name}`;
    }
    this.record([method, `${method} · ${label}`], startedAt, performance.now() - s, outcome);
    return outcome === 'ok' ? (body as T) : null;
  }

  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rand() * xs.length)];
  }

  async list(label: string, input: Record<string, unknown>) {
    const out = await this.call<{ items: LeadItem[] }>('leads.list', label, input);
    if (!out) return;
    const ids = new Set(out.items.map((i) => i.id));
    this.recent = [...out.items.slice(0, 10), ...this.recent.filter((r) => !ids.has(r.id))].slice(0, 60);
  }

  async followups(scope: 'today' | 'overdue') {
    const out = await this.call<{ items: Array<{ id: number; leadId: number; state: string }> }>(
      'followups.list',
      scope,
      { scope },
    );
    if (out) this.pending = out.items.filter((f) => f.state === 'pending').map((f) => ({ id: f.id, leadId: f.leadId }));
  }

  /** A lead this desk has seen in a list: what a click opens. */
  seen(): LeadItem | null {
    return this.recent.length ? this.pick(this.recent) : null;
  }
}

const NAME_QUERIES = ['dilnoza', 'aziz karimov', 'Қодиров', 'mal', 'Sardor', 'ergasheva', 'жасур', 'otabek sob'];
const STATUSES = ['new', 'contacted', 'interested', 'offer_made', 'enrolled', 'lost'] as const;
const SOURCES = ['instagram', 'telegram', 'youtube', 'organic', 'form', 'other'] as const;
const NEXT = ['contacted', 'interested', 'offer_made', 'lost'] as const;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** What a desk does next, by weight: lists and opening leads most, writes now and then. */
const MIX: Array<[weight: number, act: (d: Desk) => Promise<unknown>]> = [
  [14, (d) => d.list('first page', {})],
  [
    10,
    (d) =>
      d.list(
        'filter',
        d.pick<Record<string, unknown>>([
          { status: d.pick(STATUSES) },
          { source: d.pick(SOURCES) },
          { courseId: d.pick(d.cfg.courseIds) },
          { status: d.pick(STATUSES), source: d.pick(SOURCES) },
          { createdFrom: iso(d.cfg.now - 7 * DAY), createdTo: iso(d.cfg.now) },
          { sort: 'name', order: 'asc' },
          { page: 2 },
          ...(d.role === 'manager' ? [{ sellerId: d.pick(d.cfg.sellerIds) }, { sellerId: 'unassigned' }] : []),
        ]),
      ),
  ],
  [6, (d) => d.list('name search', { q: d.pick(NAME_QUERIES) })],
  [
    4,
    (d) => {
      const lead = d.seen();
      const digits = lead ? lead.phone.replace(/\D/g, '') : '';
      const q =
        lead && d.rand() < 0.5
          ? `${digits.slice(3, 5)} ${digits.slice(5, 8)} ${digits.slice(8, 10)} ${digits.slice(10)}`
          : String(Math.floor(d.rand() * 10_000)).padStart(4, '0');
      return d.list('phone search', { q });
    },
  ],
  [14, (d) => (d.seen() ? d.call('leads.get', 'open', { id: d.seen()!.id }) : d.list('first page', {}))],
  [8, (d) => (d.seen() ? d.call('leads.history', 'open', { id: d.seen()!.id }) : d.list('first page', {}))],
  [
    5,
    (d) =>
      d.seen() ? d.call('followups.list', 'lead', { scope: 'lead', leadId: d.seen()!.id }) : d.list('first page', {}),
  ],
  [8, (d) => d.followups('today')],
  [4, (d) => d.followups('overdue')],
  [6, (d) => d.call('dashboard.get', d.role === 'manager' ? 'team' : 'seller', {})],
  [
    6,
    async (d) => {
      const lead = d.recent.find((l) => l.status !== 'enrolled' && l.status !== 'lost' && d.rand() < 0.3);
      if (!lead) return d.list('first page', {});
      const status = d.pick(NEXT.filter((s) => s !== lead.status));
      const out = await d.call<{ status: string }>('leads.setStatus', status === 'lost' ? 'lost' : 'forward', {
        id: lead.id,
        status,
        note: "Qo'ng'iroq qilindi, gaplashildi",
        ...(status === 'lost' ? { lostReason: 'no_answer' } : {}),
      });
      if (out) lead.status = out.status;
      d.pending = d.pending.filter((f) => f.leadId !== lead.id); // its automatic calls were just replaced
    },
  ],
  [
    4,
    async (d) => {
      const f = d.pending.shift();
      if (!f) return d.followups('today');
      return d.call('followups.complete', 'done', { id: f.id, note: 'Gaplashildi' });
    },
  ],
  [
    3,
    (d) =>
      d.call('leads.create', d.role === 'manager' ? 'auto' : 'own', {
        name: `Yangi mijoz ${d.spec.n}-${d.created}`,
        phone: `+99893${String(d.spec.n).padStart(2, '0')}${String(d.created++).padStart(5, '0')}`,
        source: d.pick(SOURCES),
        courseId: d.pick(d.cfg.courseIds),
        ...(d.role === 'manager' ? { sellerId: 'auto' } : {}),
      }),
  ],
  [7, (d) => d.call('notifications.list', 'bell', {})],
  [4, (d) => d.call('messages.inbox', 'inbox', {})],
  [
    1,
    (d) =>
      d.role === 'manager'
        ? d.call('messages.send', 'to all sellers', {
            subject: `Eslatma ${d.spec.n}`,
            body: "Bugungi qo'ng'iroqlarni tushgacha tugating",
            recipients: 'all_sellers',
          })
        : d.call('leave.mine', 'own', {}),
  ],
];
const TOTAL_WEIGHT = MIX.reduce((a, [w]) => a + w, 0);

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Signs the desks in (password hashing: all before the load), opens their streams, loads their first page. */
export async function prepareDesks(cfg: DeskConfig) {
  const stats: Record<string, Stat> = {};
  const window: DeskWindow = { from: Infinity, to: -Infinity };
  const record = (keys: string[], startedAt: number, ms: number, outcome: string) => {
    if (startedAt < window.from || startedAt >= window.to) return;
    for (const k of keys) {
      const s = (stats[k] ??= { times: [], e5xx: 0, other: 0, codes: {} });
      s.times.push(ms);
      if (outcome === 'ok') continue;
      if (outcome === '5xx') s.e5xx++;
      else {
        s.other++;
        s.codes[outcome] = (s.codes[outcome] ?? 0) + 1;
      }
    }
  };
  const desks = cfg.desks.map((spec) => new Desk(spec, cfg, rng(1000 + spec.n), record));
  for (const d of desks) await d.login();
  for (const d of desks) await d.openEvents();
  for (const d of desks) await d.list('first page', {});

  /** Clicks away until `w.to`, recording the calls started inside the window. */
  async function drive(w: DeskWindow): Promise<DeskReport> {
    Object.assign(window, w);
    const loop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
    const startRecording = setTimeout(() => loop.enable(), Math.max(0, window.from - Date.now()));
    const deskLoop = async (d: Desk) => {
      await sleep(d.rand() * Math.max(cfg.thinkMs, 50)); // desks do not start in lock-step
      while (Date.now() < window.to) {
        let r = d.rand() * TOTAL_WEIGHT;
        await MIX.find(([w]) => (r -= w) < 0)![1](d);
        if (cfg.thinkMs > 0) await sleep(-Math.log(1 - d.rand()) * cfg.thinkMs);
      }
    };
    const stopRecording = sleep(Math.max(0, window.to - Date.now())).then(() => loop.disable());
    await Promise.all([...desks.map(deskLoop), stopRecording]);
    clearTimeout(startRecording);
    for (const d of desks) d.closeEvents();
    const lag = (ns: number) => Math.max(0, ns / 1e6 - LOOP_RESOLUTION_MS);
    return {
      stats,
      events: desks.reduce((a, d) => a + d.events, 0),
      loopDelay: { p50: lag(loop.percentile(50)), p99: lag(loop.percentile(99)), max: lag(loop.max) },
    };
  }
  return { drive };
}
