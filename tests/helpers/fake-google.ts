// Fake Google endpoints on 127.0.0.1 for "Google Sheets Import" tests: the OAuth token endpoint
// (`GOOGLE_OAUTH_TOKEN_URL`: a service account's RS256-signed JWT assertion, checked against the key's
// public half), the Sheets API's values.get (`GOOGLE_SHEETS_ROOT_URL`) and a sheet's public CSV export
// (`/spreadsheets/d/<id>/export?format=csv&gid=N`, served from the same root).
import { createPublicKey, generateKeyPairSync, verify, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface FakeSheet {
  /** Tab name → rows (as the API returns them: strings, numbers, booleans; trailing empty cells absent). */
  tabs: Record<string, Array<Array<string | number | boolean>>>;
  /** Service-account e-mails it is shared with. */
  sharedWith: string[];
  /** Shared "anyone with the link": its CSV export answers without a key. */
  public?: boolean;
  /** The key's project has the Sheets API turned off: values.get answers 403 SERVICE_DISABLED. */
  apiDisabled?: boolean;
}

export interface FakeGoogle {
  /** The root of the Sheets API and of the CSV export, e.g. http://127.0.0.1:45678/ */
  sheetsRootUrl: string;
  tokenUrl: string;
  /** A service-account key file (JSON) the token endpoint accepts, for `email`. */
  keyFile(email?: string): string;
  /** A key file whose private key the token endpoint does not know (deleted in Google Cloud). */
  revokedKeyFile(email?: string): string;
  sheets: Map<string, FakeSheet>;
  /** Every request: method and path (with query). */
  calls: string[];
  /** While down, every socket is destroyed unanswered (no internet). */
  setDown(down: boolean): void;
  close(): Promise<void>;
}

export const SHEET_ID = '1LidlarJadvali_Instagram_Forma_2026_abcdEF';
export const SERVICE_EMAIL = 'crm-import@oquv-markaz.iam.gserviceaccount.com';

export async function startFakeGoogle(): Promise<FakeGoogle> {
  const known = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const revoked = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = (k: KeyObject) => k.export({ type: 'pkcs8', format: 'pem' }).toString();
  const publicKeys = new Map<string, KeyObject>(); // email → public key
  const tokens = new Map<string, string>(); // access token → email
  const sheets = new Map<string, FakeSheet>();
  const calls: string[] = [];
  const sockets = new Set<Socket>();
  let down = false;
  let url = '';

  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
    res.end(JSON.stringify(body));
  };
  const apiError = (res: ServerResponse, status: number, message: string, s: string) =>
    json(res, status, { error: { code: status, message, status: s } });

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (down) return req.socket.destroy();
    calls.push(`${req.method} ${req.url}`);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const u = new URL(req.url ?? '/', url);
      if (req.method === 'POST' && u.pathname === '/token')
        return token(new URLSearchParams(Buffer.concat(chunks).toString()), res);
      const values = /^\/v4\/spreadsheets\/([^/]+)\/values\/(.+)$/.exec(u.pathname);
      if (req.method === 'GET' && values)
        return valuesGet(req, res, decodeURIComponent(values[1]), decodeURIComponent(values[2]));
      const exp = /^\/spreadsheets\/d\/([^/]+)\/export$/.exec(u.pathname);
      if (req.method === 'GET' && exp)
        return csvExport(res, decodeURIComponent(exp[1]), u.searchParams.get('gid') ?? '0');
      json(res, 404, { error: 'no such endpoint' });
    });
  });

  function token(form: URLSearchParams, res: ServerResponse) {
    const assertion = form.get('assertion') ?? '';
    const [head, claims, sig] = assertion.split('.');
    if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer' || !sig)
      return json(res, 400, { error: 'invalid_request' });
    const c = JSON.parse(Buffer.from(claims, 'base64url').toString()) as { iss: string; aud: string; scope: string };
    const key = publicKeys.get(c.iss);
    const good =
      key &&
      verify('RSA-SHA256', Buffer.from(`${head}.${claims}`), key, Buffer.from(sig, 'base64url')) &&
      c.aud === 'https://oauth2.googleapis.com/token';
    if (!good) return json(res, 400, { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' });
    const access = `ya29.fake-${tokens.size + 1}`;
    tokens.set(access, c.iss);
    json(res, 200, { access_token: access, expires_in: 3599, token_type: 'Bearer' });
  }

  function valuesGet(req: IncomingMessage, res: ServerResponse, id: string, range: string) {
    const email = tokens.get((req.headers.authorization ?? '').replace(/^Bearer /, ''));
    if (!email) return apiError(res, 401, 'Request had invalid authentication credentials.', 'UNAUTHENTICATED');
    const sheet = sheets.get(id);
    if (!sheet) return apiError(res, 404, 'Requested entity was not found.', 'NOT_FOUND');
    if (sheet.apiDisabled)
      return json(res, 403, {
        error: {
          code: 403,
          message: 'Google Sheets API has not been used in project 123 before or it is disabled.',
          status: 'PERMISSION_DENIED',
          details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'SERVICE_DISABLED' }],
        },
      });
    if (!sheet.sharedWith.includes(email))
      return apiError(res, 403, 'The caller does not have permission', 'PERMISSION_DENIED');
    const bang = range.lastIndexOf('!');
    const first = Object.keys(sheet.tabs)[0];
    let tab: string;
    let a1: string;
    if (bang >= 0) {
      tab = range.slice(0, bang).replace(/^'(.*)'$/, '$1');
      a1 = range.slice(bang + 1);
    } else if (range in sheet.tabs) {
      tab = range;
      a1 = '';
    } else {
      tab = first;
      a1 = range;
    }
    const rows = sheet.tabs[tab];
    if (!rows || (a1 && !/^[A-Z]{1,3}\d*(:[A-Z]{1,3}\d*)?$/i.test(a1)))
      return apiError(res, 400, `Unable to parse range: ${range}`, 'INVALID_ARGUMENT');
    const start = Number(/^[A-Z]+(\d+)/i.exec(a1)?.[1] ?? 1);
    const picked = rows.slice(start - 1);
    while (picked.length && picked[picked.length - 1].length === 0) picked.pop();
    const quoted = /^[A-Za-z0-9_]+$/.test(tab) ? tab : `'${tab}'`;
    json(res, 200, { range: `${quoted}!A${start}:Z${start + picked.length}`, majorDimension: 'ROWS', values: picked });
  }

  function csvExport(res: ServerResponse, id: string, gid: string) {
    const sheet = sheets.get(id);
    if (!sheet) {
      res.writeHead(404, { 'content-type': 'text/html' });
      return res.end('<html>Not found</html>');
    }
    if (!sheet.public) {
      // What Google does for a private sheet: its sign-in page.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end('<html><title>Sign in - Google Accounts</title></html>');
    }
    const rows = Object.values(sheet.tabs)[Number(gid)] ?? Object.values(sheet.tabs)[0];
    const cell = (v: string | number | boolean) => {
      const t = String(v);
      return /[",\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
    };
    res.writeHead(200, { 'content-type': 'text/csv' });
    res.end(rows.map((r) => r.map(cell).join(',')).join('\r\n'));
  }

  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  const keyFile = (email: string, pair: { privateKey: KeyObject }) => {
    if (pair === known) publicKeys.set(email, createPublicKey(known.privateKey));
    return JSON.stringify({
      type: 'service_account',
      project_id: 'oquv-markaz',
      private_key_id: 'abc123',
      private_key: pem(pair.privateKey),
      client_email: email,
      token_uri: 'https://oauth2.googleapis.com/token',
    });
  };

  return {
    sheetsRootUrl: url,
    tokenUrl: `${url}token`,
    keyFile: (email = SERVICE_EMAIL) => keyFile(email, known),
    revokedKeyFile: (email = SERVICE_EMAIL) => keyFile(email, revoked),
    sheets,
    calls,
    setDown(d) {
      down = d;
      if (d) for (const s of sockets) s.destroy();
    },
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}
