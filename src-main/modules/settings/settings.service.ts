import { DEFAULT_TIME_ZONE } from '../../../src-shared/domain/zoned-time';
import type { Db } from '../../db/connect';
import { transaction } from '../../db/transaction';

/** System settings with their defaults (SPEC: time zone, overdue limit, reactivation days). */
export const SETTING_DEFAULTS = {
  timeZone: DEFAULT_TIME_ZONE,
  maxOverdueForAssignment: 5,
  reactivationDays: 30,
  /** The bot's @username once a token is saved (the token itself lives encrypted in `secrets`). */
  telegramBotUsername: null as string | null,
  /** The next Telegram update to fetch: answered messages are never answered again after a restart. */
  telegramUpdateOffset: 0,
  /** "Google Sheets Import": the sheet's link or id as the admin pasted it, the range ('' = first tab). */
  sheetsSpreadsheet: null as string | null,
  sheetsRange: '',
  /** The service account's e-mail once its key is saved (the key itself lives encrypted in `secrets`). */
  sheetsServiceAccount: null as string | null,
};
export type Settings = typeof SETTING_DEFAULTS;

export class SettingsService {
  private cache: Settings | null = null;
  constructor(private db: Db) {}

  async all(): Promise<Settings> {
    if (this.cache) return this.cache;
    const rows = await this.db.selectFrom('settings').selectAll().execute();
    const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
    this.cache = { ...SETTING_DEFAULTS, ...(stored as Partial<Settings>) };
    return this.cache;
  }

  async get<K extends keyof Settings>(key: K): Promise<Settings[K]> {
    return (await this.all())[key];
  }

  async set(values: Partial<Settings>): Promise<Settings> {
    await transaction(this.db, async (trx) => {
      for (const [key, value] of Object.entries(values)) {
        await trx
          .insertInto('settings')
          .values({ key, value: JSON.stringify(value) })
          .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value) }))
          .execute();
      }
    });
    this.cache = null;
    return this.all();
  }
}
