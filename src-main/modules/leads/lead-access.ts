import { AppError, fieldError } from '../../../src-shared/contract/errors';
import type { Db } from '../../db/connect';
import type { Actor } from '../context';
import type { LeadRow } from './leads.repo';

/** Row-level rules: a seller sees only own leads; anything else is "not found" (no existence leak). */
export class LeadAccess {
  constructor(private db: Db) {}

  async visibleLead(actor: Actor, id: number, db: Db = this.db): Promise<LeadRow> {
    const lead = await db.selectFrom('leads').selectAll().where('id', '=', id).executeTakeFirst();
    if (!lead || !this.canSee(actor, lead)) throw new AppError('NOT_FOUND', 'error.leadNotFound');
    return lead;
  }

  canSee(actor: Actor, lead: Pick<LeadRow, 'seller_id'>): boolean {
    return actor.role !== 'seller' || lead.seller_id === actor.id;
  }

  /** Which of these leads a seller holds now (for filtering what their windows are told). */
  async ownedLeadIds(sellerId: number, ids: number[]): Promise<number[]> {
    const owned: number[] = [];
    // In slices: SQLite caps the parameters of one statement.
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await this.db
        .selectFrom('leads')
        .select('id')
        .where('seller_id', '=', sellerId)
        .where('id', 'in', ids.slice(i, i + 500))
        .execute();
      for (const r of rows) owned.push(r.id);
    }
    return owned;
  }

  /** A seller who can take leads by hand: role seller and active. */
  async activeSeller(id: number): Promise<void> {
    const u = await this.db.selectFrom('users').select(['role', 'active']).where('id', '=', id).executeTakeFirst();
    if (!u || u.role !== 'seller' || !u.active) {
      throw fieldError('sellerId', 'error.notASeller');
    }
  }
}
