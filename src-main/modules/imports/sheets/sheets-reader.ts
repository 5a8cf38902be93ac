import { auth, sheets } from '@googleapis/sheets';
import { rangeStartRow, type SheetRef } from '../../../../src-shared/domain/sheets-ref';
import { assemble, cellText, ImportFileError, MAX_IMPORT_BYTES, type ParsedFile } from '../parse-file';
import type { JudgeJob } from '../judge-worker';
import type { GoogleEndpoints } from './google-endpoints';
import { fetchGoogle } from './fetch-google';
import { ServiceAccountTokens } from './google-token';
import { SheetsProblem } from './sheets-problem';

export interface SheetsSource {
  ref: SheetRef;
  /** A1 range; '' = the first tab, every column. */
  range: string;
  /** The service account's key, or null to read a sheet shared "anyone with the link". */
  key: { clientEmail: string; privateKey: string; tokenUri: string | null } | null;
}

/**
 * Reads the configured Google sheet for the same judging an uploaded file gets: with a service account
 * through the Sheets API (values, not their display: a phone typed as a number stays its digits) into
 * rows, without one the sheet's public CSV export as a file.
 */
export class SheetsReader {
  private tokens: ServiceAccountTokens;

  constructor(
    private endpoints: GoogleEndpoints,
    now: () => number,
  ) {
    this.tokens = new ServiceAccountTokens(endpoints.tokenUrl, now);
  }

  async read(source: SheetsSource): Promise<JudgeJob['source']> {
    return source.key ? { parsed: await this.readWithKey(source, source.key) } : this.readPublic(source);
  }

  private async readWithKey(source: SheetsSource, key: NonNullable<SheetsSource['key']>): Promise<ParsedFile> {
    const client = new auth.OAuth2();
    client.setCredentials({ access_token: await this.tokens.token(key) });
    const api = sheets({ version: 'v4', auth: client, rootUrl: this.endpoints.sheetsRootUrl, retry: false });
    let res;
    try {
      res = await api.spreadsheets.values.get(
        {
          spreadsheetId: source.ref.id,
          range: source.range || 'A:ZZ',
          valueRenderOption: 'UNFORMATTED_VALUE',
          dateTimeRenderOption: 'FORMATTED_STRING',
        },
        { timeout: 30_000 },
      );
    } catch (e) {
      const problem = apiProblem(e);
      if (problem.kind === 'badKey') this.tokens.forget(); // a token Google no longer takes is not used again
      throw problem;
    }
    const range = res.data.range ?? source.range;
    const sheet = sheetOf(range) || 'Sheet1';
    const first = rangeStartRow(range);
    const lines = (res.data.values ?? []).map((values: unknown[], i: number) => ({
      row: first + i,
      cells: values.map((v) => cellText(v)),
    }));
    const nonEmpty = lines.filter((l) => l.cells.some((c) => c !== ''));
    if (nonEmpty.length === 0) throw new SheetsProblem('badRange');
    return assemble([sheet], sheet, nonEmpty);
  }

  private async readPublic(source: SheetsSource): Promise<JudgeJob['source']> {
    const url = new URL(`spreadsheets/d/${encodeURIComponent(source.ref.id)}/export`, this.endpoints.docsRootUrl);
    url.searchParams.set('format', 'csv');
    // The tab of the pasted link; without one Google exports the first tab (whatever its gid).
    if (source.ref.gid) url.searchParams.set('gid', source.ref.gid);
    const res = await fetchGoogle(url, { redirect: 'follow' });
    if (res.status === 404) throw new SheetsProblem('notFound');
    if (res.status === 401 || res.status === 403) throw new SheetsProblem('notPublic');
    if (!res.ok) throw new SheetsProblem(res.status >= 500 || res.status === 429 ? 'unavailable' : 'notFound');
    // A sheet that is not public answers with Google's sign-in page, not CSV.
    if (/text\/html/i.test(res.headers.get('content-type') ?? '')) throw new SheetsProblem('notPublic');
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.byteLength > MAX_IMPORT_BYTES) throw new ImportFileError('tooBig');
    return { bytes, fileName: 'Google Sheets.csv' };
  }
}

/** `'Lidlar 2025'!A1:F100` → `Lidlar 2025`. */
function sheetOf(range: string): string {
  const bang = range.lastIndexOf('!');
  const name = bang < 0 ? '' : range.slice(0, bang);
  return name.replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
}

/**
 * A failed Sheets API call → what to tell the admin. Google says why in `error.status` and the
 * `reason` of its details: the API not enabled for the key's project (the commonest first-time slip)
 * and an .xlsx kept in Drive (not a Google sheet) each need their own advice.
 */
function apiProblem(e: unknown): SheetsProblem {
  if (e instanceof SheetsProblem) return e;
  const err = e as { status?: number; response?: { status?: number; data?: unknown } };
  const status = err.status ?? err.response?.status;
  if (status === undefined) return new SheetsProblem('offline');
  const body = JSON.stringify(err.response?.data ?? '');
  if (/SERVICE_DISABLED|accessNotConfigured|has not been used in project/.test(body))
    return new SheetsProblem('apiDisabled');
  if (/FAILED_PRECONDITION|not supported for this document/.test(body)) return new SheetsProblem('notASheet');
  if (status === 404) return new SheetsProblem('notFound');
  if (status === 403) return new SheetsProblem('noAccess');
  if (status === 401) return new SheetsProblem('badKey');
  if (status === 400) return new SheetsProblem('badRange');
  return new SheetsProblem('unavailable');
}
