import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { contract, isMethodName } from '../../../src-shared/contract/api';
import { AppError, ERROR_HTTP_STATUS, fieldError } from '../../../src-shared/contract/errors';
import { isLang, langFromHeader, type Lang } from '../../../src-shared/i18n/index';
import type { FakeClock } from '../../clock';
import type { Core } from '../../core';
import { cleanOrigin } from '../../rpc/call-origin';
import { toErrorBody } from '../../rpc/dispatch';
import { sendBackupFile } from './backup-file';
import { IMPORT_BODY_LIMIT, isJsonRequest, JSON_BODY_LIMIT, readJson } from './body';
import { StreamTickets, streamEvents } from './events';
import { guardConnections, isAllowedHost, StreamCounter } from './guard';
import { serveStatic } from './static';

export interface HttpOptions {
  /** Built renderer to serve to browsers on the LAN; omitted → API only. */
  staticDir?: string;
  /** Only with `serve --fake-clock`: enables POST /api/test/clock. */
  fakeClock?: FakeClock | null;
  /** This program's version: `/api/health` tells it, so a client desktop of another version can say so. */
  version?: string;
  /** Tests shorten the timeouts. */
  limits?: Partial<typeof HTTP_LIMITS>;
  /** Host names (besides IP addresses and localhost) the API answers to, e.g. `crm.local`. */
  hostNames?: string[];
}

/** The server's own limits: a slow or half-sent request cannot hold a connection (slowloris). */
export const HTTP_LIMITS = {
  headersTimeout: 10_000,
  requestTimeout: 30_000,
  keepAliveTimeout: 5_000,
  maxHeaderSize: 16 * 1024,
  maxHeadersCount: 100,
  maxConnections: 1_000,
  /** How often Node looks for requests past those timeouts (its default, 30 s, lets a slow one linger). */
  connectionsCheckingInterval: 2_000,
};

const API_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

function send(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...API_HEADERS, ...extra });
  res.end(JSON.stringify(body));
}

const bearer = (req: IncomingMessage) => /^bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? null;
const requestLang = (req: IncomingMessage): Lang => {
  const explicit = req.headers['x-lang'];
  return isLang(explicit) ? explicit : langFromHeader(req.headers['accept-language']);
};
const badRequest = () => new AppError('VALIDATION', 'error.badRequest');

function parseUrl(req: IncomingMessage): URL {
  try {
    return new URL(req.url ?? '/', 'http://local');
  } catch {
    throw badRequest();
  }
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    throw badRequest();
  }
}

/** A browser sends `Origin` on cross-site requests: only the page this server served may call it. */
export function assertSameOrigin(req: IncomingMessage, hostNames: readonly string[]): void {
  if (!isAllowedHost(req.headers.host, hostNames)) throw new AppError('FORBIDDEN', 'error.crossOrigin');
  const origin = req.headers.origin;
  if (!origin) return; // programs and client desktops
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw new AppError('FORBIDDEN', 'error.crossOrigin');
  }
  if (host !== req.headers.host) throw new AppError('FORBIDDEN', 'error.crossOrigin');
}

/** The LAN face of the core: JSON RPC, health, server-sent events and the built renderer. */
export function createHttpServer(core: Core, opts: HttpOptions = {}): Server {
  const tickets = new StreamTickets();
  const streams = new StreamCounter();
  const limits = { ...HTTP_LIMITS, ...opts.limits };

  const sendError = (res: ServerResponse, err: unknown, lang: Lang, method?: string) => {
    const body = toErrorBody(err, lang, core.log, method);
    // A refused body may still be arriving: close the connection rather than read it.
    send(res, ERROR_HTTP_STATUS[body.code], body, body.code === 'PAYLOAD_TOO_LARGE' ? { connection: 'close' } : {});
  };

  async function rpc(req: IncomingMessage, res: ServerResponse, path: string) {
    const method = decodePath(path);
    if (!isMethodName(method)) throw new AppError('NOT_FOUND', 'error.unknownMethod', { method: method.slice(0, 60) });
    if (!isJsonRequest(req)) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'error.notJson');
    const token = bearer(req);
    // Memory and CPU only for signed-in callers: the session is checked before the body is read.
    const actor = contract[method].access !== 'public' ? await core.modules.auth.resolve(token) : undefined;
    // A file for import travels in its call (≤ 10 MB as base64); every other call stays small.
    const input = await readJson(req, method === 'imports.preview' ? IMPORT_BODY_LIMIT : JSON_BODY_LIMIT);
    const result = await core.dispatch(method, input, {
      token,
      actor,
      origin: cleanOrigin(req.headers['x-crm-window']),
      clientIp: req.socket.remoteAddress ?? 'unknown',
    });
    // "Yuklab olish": the dispatcher checked the caller and the name; the answer is the file itself.
    if (method === 'backups.download') return sendBackupFile(core, res, (result as { fileName: string }).fileName);
    send(res, 200, result);
  }

  async function events(req: IncomingMessage, res: ServerResponse, url: URL) {
    const token = bearer(req) ?? tickets.redeem(url.searchParams.get('ticket'));
    const actor = await core.modules.auth.resolve(token);
    const release = streams.take(actor.id);
    req.once('close', release);
    streamEvents(core, req, res, token!, actor);
  }

  /** A browser's download link: `GET /api/backups/file/<name>?ticket=…` (a one-time ticket, as for events). */
  async function backupDownload(req: IncomingMessage, res: ServerResponse, url: URL) {
    const token = tickets.redeem(url.searchParams.get('ticket'));
    const name = decodePath(url.pathname.slice('/api/backups/file/'.length));
    const result = (await core.dispatch(
      'backups.download',
      { name },
      { token, clientIp: req.socket.remoteAddress },
    )) as {
      fileName: string;
    };
    sendBackupFile(core, res, result.fileName);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = parseUrl(req);
    const path = url.pathname;
    if (path.startsWith('/api/')) assertSameOrigin(req, opts.hostNames ?? []);
    if (path.startsWith('/api/rpc/') && req.method === 'POST')
      return await rpc(req, res, path.slice('/api/rpc/'.length));
    if (path === '/api/health')
      return send(res, 200, { ok: true, version: opts.version ?? null, now: core.clock.now() });
    if (path === '/api/events' && req.method === 'GET') return await events(req, res, url);
    if (path === '/api/events/ticket' && req.method === 'POST') {
      const token = bearer(req);
      await core.modules.auth.resolve(token);
      return send(res, 200, { ticket: tickets.issue(token!) });
    }
    if (path.startsWith('/api/backups/file/') && req.method === 'GET') return await backupDownload(req, res, url);
    if (path === '/api/test/clock') return await testClock(core, opts.fakeClock ?? null, req, res);
    if (path.startsWith('/api/')) throw new AppError('NOT_FOUND', 'error.notFound');
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new AppError('NOT_FOUND', 'error.notFound');
    serveStatic(opts.staticDir, decodePath(path), res);
  }

  const server = createServer(
    {
      headersTimeout: limits.headersTimeout,
      requestTimeout: limits.requestTimeout,
      keepAliveTimeout: limits.keepAliveTimeout,
      maxHeaderSize: limits.maxHeaderSize,
      connectionsCheckingInterval: limits.connectionsCheckingInterval,
    },
    (req, res) => {
      const lang = requestLang(req);
      handle(req, res).catch((err: unknown) => {
        if (!res.headersSent) sendError(res, err, lang, req.url?.slice(0, 80));
        else res.destroy();
      });
    },
  );
  guardConnections(server);
  server.maxHeadersCount = limits.maxHeadersCount;
  server.maxConnections = limits.maxConnections;
  // Bytes that are not HTTP at all (or headers too large): answered and closed, never thrown.
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || err.code === 'ECONNRESET') return socket.destroy();
    const status =
      err.code === 'HPE_HEADER_OVERFLOW'
        ? '431 Request Header Fields Too Large'
        : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? '408 Request Timeout'
          : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  });
  return server;
}

/** Tests only (`serve --fake-clock`): sets the clock, then runs every scheduler job due at the new time and the Telegram sender once before answering. */
async function testClock(core: Core, clock: FakeClock | null, req: IncomingMessage, res: ServerResponse) {
  if (!clock) throw new AppError('NOT_FOUND', 'error.notFound');
  if (req.method === 'POST') {
    const input = (await readJson(req)) as { now?: unknown };
    const now = typeof input.now === 'number' ? input.now : typeof input.now === 'string' ? Date.parse(input.now) : NaN;
    if (!Number.isFinite(now)) throw fieldError('now', 'field.invalid');
    clock.set(now);
    await core.scheduler.runDue();
    await core.modules.telegram.sendDue();
  }
  send(res, 200, { now: clock.now(), iso: new Date(clock.now()).toISOString() });
}
