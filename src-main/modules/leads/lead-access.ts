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

  /** A seller who can take leads by hand: role seller and active. */
  async activeSeller(id: number): Promise<void> {
    const u = await this.db.selectFrom('users').select(['role', 'active']).where('id', '=', id).executeTakeFirst();
    if (!u || u.role !== 'seller' || !u.active) {
      throw fieldError('sellerId', 'error.notASeller');
    }
  }
}
