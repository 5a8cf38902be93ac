import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ERROR_HTTP_STATUS } from '../../../src-shared/contract/errors';
import { langFromHeader } from '../../../src-shared/i18n/index';
import { silentLogger } from '../../logger';
import { toErrorBody, type Dispatch } from '../../rpc/dispatch';
import { isJsonRequest, readJson } from './body';
import { assertSameOrigin } from './server';
import { serveStatic } from './static';

const HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };

/**
 * The headless server while its database is damaged: the UI (which shows the recovery page), health,
 * and the recovery dispatcher — no core, no scheduler, no bot, nothing that could write to the file.
 */
export function createRecoveryServer(dispatch: Dispatch, opts: { staticDir?: string; hostNames?: string[] }): Server {
  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, HEADERS);
    res.end(JSON.stringify(body));
  };
  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://local');
    if (url.pathname.startsWith('/api/')) assertSameOrigin(req, opts.hostNames ?? []);
    if (url.pathname === '/api/health') return send(res, 503, { ok: false, recovery: true });
    if (url.pathname.startsWith('/api/rpc/') && req.method === 'POST') {
      const input = isJsonRequest(req) ? await readJson(req) : {};
      const method = decodeURIComponent(url.pathname.slice('/api/rpc/'.length));
      return send(res, 200, await dispatch(method, input, { token: null, clientIp: req.socket.remoteAddress }));
    }
    if (url.pathname.startsWith('/api/')) return send(res, 503, { ok: false, recovery: true });
    serveStatic(opts.staticDir, decodeURIComponent(url.pathname), res);
  }
  return createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (res.headersSent) return res.destroy();
      const body = toErrorBody(err, langFromHeader(req.headers['accept-language']), silentLogger);
      send(res, ERROR_HTTP_STATUS[body.code], body);
    });
  });
}
