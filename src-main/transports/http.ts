import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { AppError, ERROR_HTTP_STATUS, fieldError } from '../../src-shared/contract/errors';
import { isLang, langFromHeader, type Lang } from '../../src-shared/i18n/index';
import type { FakeClock } from '../clock';
import type { Core } from '../core';
import type { Actor } from '../modules/context';
import { cleanOrigin } from '../rpc/call-origin';
import { toErrorBody } from '../rpc/dispatch';

export interface HttpOptions {
  /** Built renderer to serve to browsers on the LAN; omitted → API only. */
  staticDir?: string;
  /** Only with `serve --fake-clock`: enables POST /api/test/clock. */
  fakeClock?: FakeClock | null;
  version?: string;
}

const MAX_BODY = 15 * 1024 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self' data:; object-src 'none'; frame-ancestors 'none'";

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(json);
}

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new AppError('VALIDATION', 'error.validation'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (!text) return resolve({});
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(new AppError('VALIDATION', 'error.validation'));
      }
    });
    req.on('error', reject);
  });
}

const bearer = (req: IncomingMessage) => /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? null;
const requestLang = (req: IncomingMessage): Lang => {
  const explicit = req.headers['x-lang'];
  return isLang(explicit) ? explicit : langFromHeader(req.headers['accept-language']);
};

/** The LAN face of the core: JSON RPC, health, server-sent events and the built renderer. */
export function createHttpServer(core: Core, opts: HttpOptions = {}): Server {
  const sendError = (res: ServerResponse, err: unknown, lang: Lang, method?: string) => {
    const body = toErrorBody(err, lang, core.log, method);
    send(res, ERROR_HTTP_STATUS[body.code], body);
  };

  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://local');
    const lang = requestLang(req);
    try {
      if (url.pathname.startsWith('/api/rpc/') && req.method === 'POST') {
        const method = decodeURIComponent(url.pathname.slice('/api/rpc/'.length));
        try {
          const input = await readBody(req);
          send(
            res,
            200,
            await core.dispatch(method, input, {
              token: bearer(req),
              origin: cleanOrigin(req.headers['x-crm-window']),
            }),
          );
        } catch (err) {
          sendError(res, err, lang, method);
        }
        return;
      }
      if (url.pathname === '/api/health')
        return send(res, 200, { ok: true, version: opts.version ?? null, now: core.clock.now() });
      if (url.pathname === '/api/events') return await serveEvents(core, req, res, url.searchParams, lang);
      if (url.pathname === '/api/test/clock') return await testClock(core, opts.fakeClock ?? null, req, res, lang);
      if (url.pathname.startsWith('/api/')) throw new AppError('NOT_FOUND', 'error.notFound');
      if (req.method !== 'GET' && req.method !== 'HEAD') throw new AppError('NOT_FOUND', 'error.notFound');
      serveStatic(opts.staticDir, url.pathname, res);
    } catch (err) {
      if (!res.headersSent) sendError(res, err, lang);
      else res.end();
    }
  });
}

async function serveEvents(core: Core, req: IncomingMessage, res: ServerResponse, query: URLSearchParams, lang: Lang) {
  const window = cleanOrigin(query.get('window'));
  let actor: Actor;
  try {
    actor = await core.modules.auth.resolve(query.get('token') ?? bearer(req));
  } catch (err) {
    const body = toErrorBody(err, lang, core.log);
    return send(res, ERROR_HTTP_STATUS[body.code], body);
  }
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
  res.write(': connected\n\n');
  const off = core.events.subscribe((e) => {
    // Another user's notifications are theirs alone.
    if (e.type === 'notification.changed' && !e.userIds.includes(actor.id)) return;
    const { origin, ...event } = e;
    res.write(`event: ${e.type}\ndata: ${JSON.stringify({ ...event, self: !!window && origin === window })}\n\n`);
  });
  const ping = setInterval(() => res.write(': ping\n\n'), 25_000);
  req.on('close', () => {
    off();
    clearInterval(ping);
  });
}

async function testClock(core: Core, clock: FakeClock | null, req: IncomingMessage, res: ServerResponse, lang: Lang) {
  if (!clock) {
    const body = toErrorBody(new AppError('NOT_FOUND', 'error.notFound'), lang, core.log);
    return send(res, 404, body);
  }
  if (req.method === 'POST') {
    const input = (await readBody(req)) as { now?: unknown };
    const now = typeof input.now === 'number' ? input.now : typeof input.now === 'string' ? Date.parse(input.now) : NaN;
    if (!Number.isFinite(now)) throw fieldError('now', 'field.invalid');
    clock.set(now);
  }
  send(res, 200, { now: clock.now(), iso: new Date(clock.now()).toISOString() });
}

function serveStatic(dir: string | undefined, pathname: string, res: ServerResponse): void {
  if (!dir || !existsSync(dir)) throw new AppError('NOT_FOUND', 'error.notFound');
  const rel = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  let file = join(dir, rel);
  if (!file.startsWith(dir + sep) && file !== dir) throw new AppError('NOT_FOUND', 'error.notFound');
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(dir, 'index.html');
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const immutable = file.includes(`${sep}assets${sep}`);
  res.writeHead(200, {
    'content-type': type,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
  });
  createReadStream(file).pipe(res);
}
