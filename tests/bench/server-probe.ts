// Loaded into the server under load (`node --import tsx --import ./tests/bench/server-probe.ts src-main/server.ts`)
// by tests/bench/load.ts, which talks to it over the child-process IPC channel: 'start' begins
// recording, 'stop' sends back the server's own view of the window — each RPC's time from arrival to
// response end, the event-loop delay, and where the synchronous SQLite time went (better-sqlite3
// blocks the event loop: a slow statement or checkpoint stalls every desk) — so the load table can
// tell the server's time from the load generator's, and a stall from its cause.
import { Server, type IncomingMessage, type ServerResponse } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import Database from 'better-sqlite3';

export interface SqlTime {
  sql: string;
  count: number;
  totalMs: number;
  maxMs: number;
}

export interface ServerProbeReport {
  /** Per RPC method: milliseconds from request arrival to response end. */
  methods: Record<string, number[]>;
  /** Event-loop delay beyond the sampling interval, ms. */
  loopDelay: { p50: number; p99: number; max: number };
  /** SQLite statements and pragmas by total synchronous time, the heaviest first. */
  sql: SqlTime[];
}

const RESOLUTION_MS = 5;
let methods: Record<string, number[]> = {};
let sql = new Map<string, SqlTime>();
let recording = false;
const loop = monitorEventLoopDelay({ resolution: RESOLUTION_MS });

type Emit = (this: Server, event: string, ...args: unknown[]) => boolean;
const emit = Server.prototype.emit as Emit;
Server.prototype.emit = function (this: Server, event: string, ...args: unknown[]) {
  if (event === 'request' && recording) {
    const [req, res] = args as [IncomingMessage, ServerResponse];
    const path = req.url ?? '';
    if (path.startsWith('/api/rpc/')) {
      const start = performance.now();
      const method = path.slice('/api/rpc/'.length);
      res.once('finish', () => {
        if (recording) (methods[method] ??= []).push(performance.now() - start);
      });
    }
  }
  return emit.call(this, event, ...args);
} as Emit;

const keys = new Map<string, string>();
function note(text: string, ms: number) {
  if (!recording) return;
  let key = keys.get(text);
  if (key === undefined) keys.set(text, (key = text.replace(/\s+/g, ' ').replace(/\((?:\?, )+\?\)/g, '(?, …)')));
  const t = sql.get(key) ?? { sql: key, count: 0, totalMs: 0, maxMs: 0 };
  t.count += 1;
  t.totalMs += ms;
  t.maxMs = Math.max(t.maxMs, ms);
  sql.set(key, t);
}

type AnyFn = (...args: unknown[]) => unknown;
const timed = (label: string, fn: AnyFn): AnyFn =>
  function (this: unknown, ...args: unknown[]) {
    const s = performance.now();
    try {
      return fn.apply(this, args);
    } finally {
      note(label, performance.now() - s);
    }
  };
const proto = Database.prototype as unknown as Record<string, AnyFn>;
const prepare = proto.prepare;
proto.prepare = function (this: unknown, text: unknown) {
  const stmt = prepare.call(this, text) as Record<string, AnyFn>;
  for (const m of ['all', 'get', 'run'] as const) stmt[m] = timed(String(text), stmt[m]);
  return stmt;
};
const pragma = proto.pragma;
proto.pragma = function (this: unknown, source: unknown, ...rest: unknown[]) {
  return timed(`PRAGMA ${String(source)}`, pragma).call(this, source, ...rest);
};

const lag = (ns: number) => Math.max(0, ns / 1e6 - RESOLUTION_MS);

process.on('message', (msg) => {
  if (msg === 'start') {
    methods = {};
    sql = new Map();
    loop.reset();
    loop.enable();
    recording = true;
  } else if (msg === 'stop') {
    recording = false;
    loop.disable();
    const report: ServerProbeReport = {
      methods,
      loopDelay: { p50: lag(loop.percentile(50)), p99: lag(loop.percentile(99)), max: lag(loop.max) },
      sql: [...sql.values()].sort((a, b) => b.totalMs - a.totalMs),
    };
    process.send?.(report);
  }
});
