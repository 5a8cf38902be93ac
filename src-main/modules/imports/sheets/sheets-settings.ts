import { AppError, fieldError } from '../../../../src-shared/contract/errors';
import { normaliseRange, parseServiceAccountKey, parseSheetRef } from '../../../../src-shared/domain/sheets-ref';
import type { ServiceContext } from '../../context';
import type { Secrets } from '../../settings/secrets';
import type { SheetsSource } from './sheets-reader';

const KEY_SECRET = 'google.serviceAccountKey';

export interface SheetsSettingsInput {
  sheetsSpreadsheet?: string;
  sheetsRange?: string;
  sheetsServiceAccountKey?: string;
}

/**
 * The admin's "Google Sheets Import" settings: the sheet (link or id), the range, and the service
 * account's key — checked before anything is kept, the key encrypted and never returned (only the
 * account's e-mail, which the admin shares the sheet with).
 */
export class SheetsSettings {
  constructor(
    private ctx: ServiceContext,
    private secrets: Secrets,
  ) {}

  /**
   * Checks the given fields and returns what saves them: the caller checks the rest of the form
   * too before saving anything, so one bad value keeps the whole form unsaved.
   */
  check(input: SheetsSettingsInput): () => Promise<void> {
    const values: Record<string, string | null> = {};
    if (input.sheetsSpreadsheet !== undefined) {
      const text = input.sheetsSpreadsheet.trim();
      if (text && !parseSheetRef(text)) throw fieldError('sheetsSpreadsheet', 'imports.sheets.badLink');
      values.sheetsSpreadsheet = text || null;
    }
    if (input.sheetsRange !== undefined) {
      const range = normaliseRange(input.sheetsRange);
      if (range === null) throw fieldError('sheetsRange', 'imports.sheets.badRangeText');
      values.sheetsRange = range;
    }
    let key: string | null | undefined;
    if (input.sheetsServiceAccountKey !== undefined) {
      const text = input.sheetsServiceAccountKey.trim();
      const parsed = text ? parseServiceAccountKey(text) : null;
      if (text && !parsed) throw fieldError('sheetsServiceAccountKey', 'imports.sheets.badKeyFile');
      key = text || null;
      values.sheetsServiceAccount = parsed?.clientEmail ?? null;
    }
    return async () => {
      if (key !== undefined) await this.secrets.set(KEY_SECRET, key);
      if (Object.keys(values).length) await this.ctx.settings.set(values);
    };
  }

  /** What `imports.previewSheets` reads, or why it cannot. */
  async source(): Promise<SheetsSource> {
    const s = await this.ctx.settings.all();
    const ref = s.sheetsSpreadsheet ? parseSheetRef(s.sheetsSpreadsheet) : null;
    if (!ref) throw new AppError('RULE', 'imports.sheets.notConfigured');
    let raw: string | null;
    try {
      raw = await this.secrets.get(KEY_SECRET);
    } catch {
      // Encrypted on another PC (a database restored here): the admin must give the key again.
      throw new AppError('RULE', 'imports.sheets.keyLost');
    }
    const key = raw ? parseServiceAccountKey(raw) : null;
    return { ref, range: s.sheetsRange, key };
  }
}
