import { createSign } from 'node:crypto';
import { fetchGoogle } from './fetch-google';
import { SheetsProblem } from './sheets-problem';

const SCOPE = 'https://www.googleapis.com/auth/spreadsheets.readonly';
/** The audience Google expects in the assertion, wherever the request is sent (as google-auth-library sets it). */
const GOOGLE_AUDIENCE = 'https://oauth2.googleapis.com/token';
const b64url = (v: string | Buffer) => Buffer.from(v).toString('base64url');

/**
 * A service account's access token (OAuth 2.0 JWT bearer grant, RFC 7523): a JWT signed with the
 * key's RS256 private key is exchanged at the token endpoint. Done here rather than with
 * google-auth-library's JWT client because that one (gtoken) has Google's token URL built in, and
 * tests and acceptance checks must reach a fake one (`GOOGLE_OAUTH_TOKEN_URL`). Tokens are kept
 * until a minute before they expire.
 */
export class ServiceAccountTokens {
  /** The last token, for the key (e-mail and private key: a replaced key is asked for anew) it was given to. */
  private cached: { key: string; token: string; until: number } | null = null;

  constructor(
    private tokenUrl: string,
    private now: () => number,
  ) {}

  /** After Google refused a token: the next call asks for a new one. */
  forget(): void {
    this.cached = null;
  }

  async token(key: { clientEmail: string; privateKey: string; tokenUri?: string | null }): Promise<string> {
    const now = this.now();
    const id = `${key.clientEmail}\n${key.privateKey}`;
    if (this.cached && this.cached.key === id && this.cached.until > now) return this.cached.token;
    const iat = Math.floor(now / 1000);
    const head = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));
    const claims = b64url(
      JSON.stringify({
        iss: key.clientEmail,
        scope: SCOPE,
        aud: key.tokenUri ?? GOOGLE_AUDIENCE,
        iat,
        exp: iat + 3600,
      }),
    );
    let signature: string;
    try {
      signature = createSign('RSA-SHA256').update(`${head}.${claims}`).sign(key.privateKey, 'base64url');
    } catch {
      throw new SheetsProblem('badKey');
    }
    const res = await fetchGoogle(this.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
        assertion: `${head}.${claims}.${signature}`,
      }),
    });
    if (res.status >= 500 || res.status === 429) throw new SheetsProblem('unavailable');
    const body = (await res.json().catch(() => null)) as {
      access_token?: unknown;
      expires_in?: unknown;
      error_description?: unknown;
    } | null;
    // "Invalid JWT: Token must be a short-lived token … in a reasonable timeframe": this PC's clock is off.
    if (/timeframe|iat|exp/i.test(String(body?.error_description ?? ''))) throw new SheetsProblem('clock');
    // 400 invalid_grant / 401 invalid_client: the key was deleted in Google Cloud, or it is not this account's.
    if (!res.ok || typeof body?.access_token !== 'string') throw new SheetsProblem('badKey');
    const ttl = typeof body.expires_in === 'number' ? body.expires_in : 3600;
    this.cached = { key: id, token: body.access_token, until: now + (ttl - 60) * 1000 };
    return body.access_token;
  }
}
