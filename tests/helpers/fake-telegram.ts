// A fake Telegram Bot API server on 127.0.0.1 for integration and e2e tests. Point grammY at it with
// `new Bot(FAKE_TOKEN, { client: { apiRoot: fake.url } })` or `new Api(FAKE_TOKEN, { apiRoot: fake.url })`.
//
// grammY (on Node) sends every call as `POST ${apiRoot}/bot${token}/${method}` through node-fetch v2 with a
// keep-alive http.Agent that it caches per apiRoot for the life of the process. Plain calls carry a JSON body
// (null/undefined fields stripped; zero-argument methods such as getMe send `{}`); a call whose payload holds an
// InputFile is sent as multipart/form-data (objects JSON-encoded, header lines written as
// `content-disposition:form-data;name="x"` without spaces). JSON, urlencoded, multipart bodies and query-string
// parameters are all accepted here.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export const FAKE_TOKEN = '123456789:AAFakeTokenForTests_abcdefghijklmnopq';

export interface SentMessage {
  chatId: number;
  text: string;
  at: number /* Date.now() */;
}

export interface FakeTelegram {
  /** The apiRoot, e.g. http://127.0.0.1:45678 */
  url: string;
  /** FAKE_TOKEN: the only token accepted; any other gets 401 {description:'Unauthorized'}. */
  token: string;
  /** 'oquv_crm_test_bot' (getMe returns { id: 123456789, is_bot: true, first_name: 'CRM Test', username }) */
  botUsername: string;
  /** Every sendMessage that succeeded, in order. */
  sent: SentMessage[];
  /** Every request that reached the server (not those dropped by setDown), in order. */
  calls: Array<{ method: string; body: Record<string, unknown> }>;
  /** A user writes `text` in their private chat (chatId = user id); delivered by getUpdates. Texts starting with "/" carry a bot_command entity for the command word (e.g. "/start abc" → entity offset 0 length 6) so grammY's bot.command() matches. */
  userSays(chatId: number, text: string, firstName?: string): void;
  /** The next `times` sendMessage calls fail with: '429' (error_code 429, "Too Many Requests: retry after N", parameters.retry_after = retryAfter), '500' (Internal Server Error), '403' ("Forbidden: bot was blocked by the user"), '400' ("Bad Request: chat not found"). */
  failNext(kind: '429' | '500' | '403' | '400', times?: number, retryAfter?: number): void;
  /** Every sendMessage to this chat gets 403 "Forbidden: bot was blocked by the user" until unblocked. */
  blockChat(chatId: number, blocked?: boolean): void;
  /** Simulates no internet: while down, every request's socket is destroyed without an answer (grammY raises HttpError). */
  setDown(down: boolean): void;
  /** While on, getUpdates answers 409 "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running". */
  setConflict(on: boolean): void;
  /** Messages sent to one chat, texts only. */
  textsTo(chatId: number): string[];
  /** Resolves once pred() is true (polls every 20 ms), rejects after timeoutMs (default 5000) with a message listing what was sent. */
  waitFor(pred: () => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const BOT_ID = 123456789;
const BOT_USERNAME = 'oquv_crm_test_bot';
const BOT_FIRST_NAME = 'CRM Test';
/** Long polls are held at most this long, whatever `timeout` the client asks for. */
const MAX_HOLD_SECONDS = 2;
const MAX_TEXT_LENGTH = 4096;

type Body = Record<string, unknown>;

interface ApiError {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number };
}

interface Update {
  update_id: number;
  message: {
    message_id: number;
    date: number;
    chat: { id: number; type: 'private'; first_name: string };
    from: { id: number; is_bot: false; first_name: string };
    text: string;
    entities?: Array<{ type: 'bot_command'; offset: number; length: number }>;
  };
}

interface Waiter {
  offset: number;
  limit: number;
  res: ServerResponse;
  timer: NodeJS.Timeout;
}

const ERRORS = {
  unauthorized: { error_code: 401, description: 'Unauthorized' },
  notFound: { error_code: 404, description: 'Not Found' },
  blocked: { error_code: 403, description: 'Forbidden: bot was blocked by the user' },
  chatNotFound: { error_code: 400, description: 'Bad Request: chat not found' },
  internal: { error_code: 500, description: 'Internal Server Error' },
  conflict: {
    error_code: 409,
    description: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
  },
} satisfies Record<string, ApiError>;

const tooManyRequests = (retryAfter: number): ApiError => ({
  error_code: 429,
  description: `Too Many Requests: retry after ${retryAfter}`,
  parameters: { retry_after: retryAfter },
});

const unixNow = () => Math.floor(Date.now() / 1000);

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Form values are strings; ones that look like JSON objects/arrays (grammY encodes nested values so) are decoded. */
function formValue(v: string): unknown {
  const t = v.trim();
  if (t.startsWith('{') || t.startsWith('[')) {
    try {
      return JSON.parse(t);
    } catch {
      return v;
    }
  }
  return v;
}

function parseMultipart(raw: Buffer, contentType: string): Body {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!m) throw new Error('multipart body without boundary');
  const boundary = `--${m[1] ?? m[2]}`;
  const text = raw.toString('latin1'); // byte-preserving; text values are re-decoded as UTF-8 below
  const body: Body = {};
  for (const part of text.split(boundary).slice(1)) {
    if (part.startsWith('--')) break; // closing delimiter
    const p = part.replace(/^\r\n/, '').replace(/\r\n$/, '');
    const sep = p.indexOf('\r\n\r\n');
    if (sep < 0) continue;
    const headers = p.slice(0, sep);
    const content = p.slice(sep + 4);
    const name = /name="([^"]*)"/i.exec(headers)?.[1];
    if (name === undefined) continue;
    const filename = /filename="?([^";\r\n]*)"?/i.exec(headers)?.[1];
    if (filename !== undefined) body[name] = { filename, bytes: Buffer.byteLength(content, 'latin1') };
    else body[name] = formValue(Buffer.from(content, 'latin1').toString('utf8'));
  }
  return body;
}

function parseBody(req: IncomingMessage, raw: Buffer, query: URLSearchParams): Body {
  const body: Body = {};
  for (const [k, v] of query) body[k] = formValue(v);
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  if (raw.length === 0) return body;
  if (type.startsWith('multipart/form-data')) return { ...body, ...parseMultipart(raw, req.headers['content-type']!) };
  if (type.startsWith('application/x-www-form-urlencoded')) {
    for (const [k, v] of new URLSearchParams(raw.toString('utf8'))) body[k] = formValue(v);
    return body;
  }
  const parsed: unknown = JSON.parse(raw.toString('utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('body is not an object');
  return { ...body, ...(parsed as Body) };
}

/** A Bot API integer parameter that may arrive as a number or a string; undefined when absent or not an integer. */
function int(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isInteger(v) ? v : undefined;
  if (typeof v === 'string' && /^-?\d+$/.test(v.trim())) return Number(v);
  return undefined;
}

const truthy = (v: unknown) => v === true || v === 'true' || v === 1 || v === '1';

export async function startFakeTelegram(): Promise<FakeTelegram> {
  const sent: SentMessage[] = [];
  const calls: Array<{ method: string; body: Body }> = [];
  const queue: Update[] = [];
  const waiters = new Set<Waiter>();
  const sockets = new Set<Socket>();
  const blocked = new Set<number>();
  const failures: Array<() => ApiError> = [];
  let nextUpdateId = 1;
  let nextMessageId = 1;
  let down = false;
  let conflict = false;
  let closing = false;

  const send = (res: ServerResponse, status: number, payload: unknown) => {
    if (res.writableEnded || res.destroyed) return;
    const data = JSON.stringify(payload);
    const headers: Record<string, string | number> = {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(data),
    };
    if (closing) headers.connection = 'close';
    res.writeHead(status, headers);
    res.end(data);
  };
  const ok = (res: ServerResponse, result: unknown) => send(res, 200, { ok: true, result });
  const fail = (res: ServerResponse, err: ApiError) => send(res, err.error_code, { ok: false, ...err });

  /** Drops updates confirmed by `offset` (all below it) and returns up to `limit` of the rest. */
  const takeUpdates = (offset: number, limit: number): Update[] => {
    if (offset < 0) return queue.slice(offset).slice(0, limit);
    while (queue.length > 0 && queue[0].update_id < offset) queue.shift();
    return queue.slice(0, limit);
  };

  const release = (w: Waiter, answer: (res: ServerResponse) => void) => {
    clearTimeout(w.timer);
    waiters.delete(w);
    answer(w.res);
  };

  const wakeWaiters = () => {
    for (const w of [...waiters]) {
      const updates = takeUpdates(w.offset, w.limit);
      if (updates.length > 0) release(w, (res) => ok(res, updates));
    }
  };

  const getUpdates = (body: Body, res: ServerResponse) => {
    if (conflict) return fail(res, ERRORS.conflict);
    const offset = int(body.offset) ?? 0;
    const limit = Math.min(Math.max(int(body.limit) ?? 100, 1), 100);
    const timeout = Math.max(int(body.timeout) ?? 0, 0);
    const updates = takeUpdates(offset, limit);
    if (updates.length > 0 || timeout === 0 || closing) return ok(res, updates);
    const w: Waiter = {
      offset,
      limit,
      res,
      timer: setTimeout(() => release(w, (r) => ok(r, [])), Math.min(timeout, MAX_HOLD_SECONDS) * 1000),
    };
    waiters.add(w);
    // The client gave up (aborted fetch, bot.stop()): forget the held request.
    res.on('close', () => {
      if (waiters.has(w)) {
        clearTimeout(w.timer);
        waiters.delete(w);
      }
    });
  };

  const sendMessage = (body: Body, res: ServerResponse) => {
    const failure = failures.shift();
    if (failure) return fail(res, failure());
    const chatId = int(body.chat_id);
    if (body.chat_id === undefined || body.chat_id === '') {
      return fail(res, { error_code: 400, description: 'Bad Request: chat_id is empty' });
    }
    if (chatId === undefined || chatId === 0) return fail(res, ERRORS.chatNotFound);
    if (blocked.has(chatId)) return fail(res, ERRORS.blocked);
    const text = typeof body.text === 'string' ? body.text : body.text === undefined ? '' : String(body.text);
    if (text.trim() === '') return fail(res, { error_code: 400, description: 'Bad Request: message text is empty' });
    if (text.length > MAX_TEXT_LENGTH) {
      return fail(res, { error_code: 400, description: 'Bad Request: message is too long' });
    }
    sent.push({ chatId, text, at: Date.now() });
    ok(res, {
      message_id: nextMessageId++,
      date: unixNow(),
      chat: { id: chatId, type: 'private' },
      from: { id: BOT_ID, is_bot: true, first_name: BOT_FIRST_NAME, username: BOT_USERNAME },
      text,
    });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (down) {
      req.socket.destroy();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let raw: Buffer;
    try {
      raw = await readBody(req);
    } catch {
      return;
    }
    if (down) {
      req.socket.destroy();
      return;
    }
    const m = /^\/bot([^/]+)\/(?:test\/)?([^/]+)\/?$/.exec(url.pathname);
    let body: Body = {};
    let bodyError = false;
    try {
      body = parseBody(req, raw, url.searchParams);
    } catch {
      bodyError = true;
    }
    const method = m ? decodeURIComponent(m[2]) : url.pathname;
    calls.push({ method, body });
    if (!m) return fail(res, ERRORS.notFound);
    if (decodeURIComponent(m[1]) !== FAKE_TOKEN) return fail(res, ERRORS.unauthorized);
    if (bodyError) return fail(res, { error_code: 400, description: "Bad Request: can't parse request body" });
    switch (method.toLowerCase()) {
      case 'getme':
        return ok(res, {
          id: BOT_ID,
          is_bot: true,
          first_name: BOT_FIRST_NAME,
          username: BOT_USERNAME,
          can_join_groups: true,
          can_read_all_group_messages: false,
          supports_inline_queries: false,
        });
      case 'deletewebhook':
        if (truthy(body.drop_pending_updates)) queue.length = 0;
        return ok(res, true);
      case 'getupdates':
        return getUpdates(body, res);
      case 'sendmessage':
        return sendMessage(body, res);
      default:
        return fail(res, ERRORS.notFound);
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) fail(res, ERRORS.internal);
      else res.destroy();
    });
  });
  // Keep idle keep-alive sockets open longer than any test, so grammY's agent never reuses one we are closing.
  server.keepAliveTimeout = 60_000;
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  let closed: Promise<void> | undefined;

  return {
    url: `http://127.0.0.1:${port}`,
    token: FAKE_TOKEN,
    botUsername: BOT_USERNAME,
    sent,
    calls,
    userSays(chatId, text, firstName = 'Test User') {
      const command = text.startsWith('/') ? (/^\S+/.exec(text)?.[0] ?? '') : '';
      queue.push({
        update_id: nextUpdateId++,
        message: {
          message_id: nextMessageId++,
          date: unixNow(),
          chat: { id: chatId, type: 'private', first_name: firstName },
          from: { id: chatId, is_bot: false, first_name: firstName },
          text,
          ...(command.length > 1 ? { entities: [{ type: 'bot_command', offset: 0, length: command.length }] } : {}),
        },
      });
      wakeWaiters();
    },
    failNext(kind, times = 1, retryAfter = 1) {
      const make: () => ApiError =
        kind === '429'
          ? () => tooManyRequests(retryAfter)
          : kind === '500'
            ? () => ERRORS.internal
            : kind === '403'
              ? () => ERRORS.blocked
              : () => ERRORS.chatNotFound;
      for (let i = 0; i < times; i++) failures.push(make);
    },
    blockChat(chatId, isBlocked = true) {
      if (isBlocked) blocked.add(chatId);
      else blocked.delete(chatId);
    },
    setDown(isDown) {
      down = isDown;
      if (!isDown) return;
      // The connection drops: held long polls die with it.
      for (const w of [...waiters]) release(w, (res) => res.socket?.destroy());
    },
    setConflict(on) {
      conflict = on;
      if (!on) return;
      // Another instance "started": the held long polls are terminated as Telegram does.
      for (const w of [...waiters]) release(w, (res) => fail(res, ERRORS.conflict));
    },
    textsTo(chatId) {
      return sent.filter((s) => s.chatId === chatId).map((s) => s.text);
    },
    waitFor(pred, timeoutMs = 5000) {
      const started = Date.now();
      return new Promise<void>((resolve, reject) => {
        const tick = () => {
          let done: boolean;
          try {
            done = pred();
          } catch (err) {
            return reject(err instanceof Error ? err : new Error(String(err)));
          }
          if (done) return resolve();
          if (Date.now() - started >= timeoutMs) {
            const list = sent.map((s) => `  → ${s.chatId}: ${JSON.stringify(s.text)}`).join('\n') || '  (nothing)';
            return reject(new Error(`fake telegram: waitFor timed out after ${timeoutMs} ms; sent so far:\n${list}`));
          }
          setTimeout(tick, 20);
        };
        tick();
      });
    },
    close() {
      closed ??= new Promise<void>((resolve) => {
        closing = true;
        for (const w of [...waiters]) release(w, (res) => ok(res, []));
        server.close(() => resolve());
        server.closeIdleConnections();
        // Answers just written go out with `connection: close`; anything still open after a moment is cut.
        setTimeout(() => {
          for (const s of sockets) s.destroy();
        }, 200).unref();
      });
      return closed;
    },
  };
}
