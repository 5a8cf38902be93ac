/**
 * "Google Sheets Import" settings (SPEC §9): what an admin pastes — the sheet's link from the browser's
 * address bar, or just its id — and the range to read. Pure, so the settings form and the core agree.
 */
export interface SheetRef {
  /** The spreadsheet id (the long part after /d/ in its link). */
  id: string;
  /** The tab's gid from the link (`#gid=123`), when the link had one: which tab a public CSV export reads. */
  gid: string | null;
}

const ID = /^[A-Za-z0-9_-]{20,100}$/;

/** A Google Sheets link or id → its id and tab; null when it is neither. */
export function parseSheetRef(raw: string): SheetRef | null {
  const text = raw.trim();
  if (ID.test(text)) return { id: text, gid: null };
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  const m = /\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]+)/.exec(url.pathname);
  if (!m || !ID.test(m[1])) return null;
  const gid = /(?:^|[#&?])gid=(\d+)/.exec(`${url.hash}&${url.search}`)?.[1] ?? null;
  return { id: m[1], gid };
}

/**
 * The range to read, in A1 notation as Sheets writes it: `Varaq1!A1:F`, `'Lidlar 2025'!A:F`, `A:F`, or a
 * tab's name alone. Empty means the first tab, all columns. Null when it cannot be a range.
 */
export function normaliseRange(raw: string): string | null {
  const text = raw.trim();
  if (!text) return '';
  if (text.length > 200 || /[\r\n]/.test(text)) return null;
  const cells = /^[A-Za-z]{1,3}\d*(?::[A-Za-z]{1,3}\d*)?$/;
  const bang = text.lastIndexOf('!');
  if (bang < 0) return text; // a tab's name (or A1 cells: both are valid ranges for Sheets)
  const sheet = text.slice(0, bang);
  const a1 = text.slice(bang + 1);
  if (!sheet || !cells.test(a1)) return null;
  return text;
}

/** The first row number a range starts at (`Varaq1!A5:F` → 5); 1 when it names no row. */
export function rangeStartRow(range: string): number {
  const a1 = range.slice(range.lastIndexOf('!') + 1);
  const m = /^[A-Za-z]{1,3}(\d+)/.exec(a1);
  return m ? Number(m[1]) : 1;
}

/** What a service-account key file (JSON from Google Cloud) must hold; null when it is not one. */
export function parseServiceAccountKey(
  raw: string,
): { clientEmail: string; privateKey: string; tokenUri: string | null } | null {
  let key: unknown;
  try {
    key = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!key || typeof key !== 'object') return null;
  const k = key as Record<string, unknown>;
  if (k.type !== undefined && k.type !== 'service_account') return null;
  if (typeof k.client_email !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(k.client_email)) return null;
  if (typeof k.private_key !== 'string' || !k.private_key.includes('PRIVATE KEY')) return null;
  return {
    clientEmail: k.client_email,
    privateKey: k.private_key,
    tokenUri: typeof k.token_uri === 'string' ? k.token_uri : null,
  };
}
