import type { ActivityOut } from '../../../src-shared/contract/leads';
import type { Db } from '../../db/connect';

/** Appends to a lead's history. History is never edited or removed. */
export async function logActivity(
  db: Db,
  a: { leadId: number; userId: number | null; at: number; type: ActivityOut['type']; data?: Record<string, unknown> },
) {
  await db
    .insertInto('activities')
    .values({ lead_id: a.leadId, user_id: a.userId, at: a.at, type: a.type, data: JSON.stringify(a.data ?? {}) })
    .execute();
}
