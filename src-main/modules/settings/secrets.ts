import type { Db } from '../../db/connect';
import type { SecretBox } from './secret-box';

/**
 * Secrets the centre hands us (the bot token, the Google service-account key): kept encrypted in the
 * `secrets` table, never returned by any method, never logged.
 */
export class Secrets {
  constructor(
    private db: Db,
    private box: SecretBox,
  ) {}

  async get(key: string): Promise<string | null> {
    const row = await this.db.selectFrom('secrets').select('value').where('key', '=', key).executeTakeFirst();
    return row ? this.box.decrypt(row.value) : null;
  }

  /** null removes it. */
  async set(key: string, plain: string | null): Promise<void> {
    if (plain === null) {
      await this.db.deleteFrom('secrets').where('key', '=', key).execute();
      return;
    }
    const value = this.box.encrypt(plain);
    await this.db
      .insertInto('secrets')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  }
}
