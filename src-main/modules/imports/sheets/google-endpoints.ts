import type { Secrets } from '../../settings/secrets';

/** Where "Google Sheets Import" talks to Google: the real services, or fakes on 127.0.0.1 in tests. */
export interface GoogleEndpoints {
  /** The Sheets API root (`GOOGLE_SHEETS_ROOT_URL`, default https://sheets.googleapis.com/). */
  sheetsRootUrl: string;
  /** The OAuth token endpoint a service account's signed assertion goes to (`GOOGLE_OAUTH_TOKEN_URL`). */
  tokenUrl: string;
  /**
   * Where a sheet shared "anyone with the link" is read as CSV (`/spreadsheets/d/<id>/export`):
   * `GOOGLE_DOCS_ROOT_URL`, else the Sheets root when that was moved (a test's fake serves both), else
   * https://docs.google.com/.
   */
  docsRootUrl: string;
}

export interface GoogleOptions {
  secrets: Secrets;
  endpoints: GoogleEndpoints;
}

const slash = (url: string) => (url.endsWith('/') ? url : `${url}/`);

export function googleEndpoints(given: Partial<GoogleEndpoints> = {}, env = process.env): GoogleEndpoints {
  const sheetsRoot = given.sheetsRootUrl ?? env.GOOGLE_SHEETS_ROOT_URL;
  return {
    sheetsRootUrl: slash(sheetsRoot ?? 'https://sheets.googleapis.com/'),
    tokenUrl: given.tokenUrl ?? env.GOOGLE_OAUTH_TOKEN_URL ?? 'https://oauth2.googleapis.com/token',
    docsRootUrl: slash(given.docsRootUrl ?? env.GOOGLE_DOCS_ROOT_URL ?? sheetsRoot ?? 'https://docs.google.com/'),
  };
}
