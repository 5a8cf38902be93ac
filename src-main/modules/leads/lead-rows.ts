import { nameTokens } from '../../../src-shared/domain/name-search';
import { reversedDigits } from '../../../src-shared/domain/phone';
import type { Db } from '../../db/connect';
import { ROWS_PER_INSERT } from '../../db/transaction';
import type { FollowupPlanner } from '../followups/followup-planner';
import { displayName } from '../users/users.repo';
import type { NewLead } from './leads.service';

export interface LeadToWrite extends NewLead {
  /** Its seller, or null when nobody could take it. */
  sellerId: number | null;
}

const inSlices = async <T>(items: T[], write: (slice: T[]) => Promise<unknown>) => {
  for (let i = 0; i < items.length; i += ROWS_PER_INSERT) await write(items.slice(i, i + ROWS_PER_INSERT));
};

/**
 * Writes new leads the way "Yangi Lid" does — the lead with its seller, its phones, its name's search
 * words, its history ("created", and "assigned" when it has a seller), the seller's "new lead" call —
 * for one lead or a few thousand in the caller's transaction, a few multi-row statements per table.
 * Phones are already normalised and free, and unique among `leads`. Returns the ids in `leads`' order.
 * Notices are the caller's (one per lead, or one summary per seller for an import).
 */
export async function writeLeadRows(
  trx: Db,
  planner: FollowupPlanner,
  leads: LeadToWrite[],
  o: { now: number; byUserId: number; auto: boolean; importId?: number; importFile?: string },
): Promise<number[]> {
  const { now } = o;
  const idOf = new Map<string, number>();
  await inSlices(leads, async (slice) => {
    const rows = await trx
      .insertInto('leads')
      .values(
        slice.map((f) => ({
          name: f.name,
          phone: f.phone,
          phone_rev: reversedDigits(f.phone),
          extra_phone: f.extraPhone,
          extra_phone_rev: f.extraPhone ? reversedDigits(f.extraPhone) : null,
          source: f.source,
          course_id: f.courseId ?? null,
          notes: f.notes ?? '',
          status: 'new',
          seller_id: f.sellerId,
          assigned_at: f.sellerId === null ? null : now,
          created_by: o.byUserId,
          created_at: now,
          status_changed_at: now,
          updated_at: now,
          import_id: o.importId ?? null,
        })),
      )
      .returning(['id', 'phone'])
      .execute();
    // RETURNING gives rows in no promised order: matched back by the (unique) phone.
    for (const r of rows) idOf.set(r.phone, r.id);
  });
  const written = leads.map((f) => ({ ...f, id: idOf.get(f.phone)! }));

  await inSlices(
    written.flatMap((l) =>
      [l.phone, l.extraPhone].filter((p): p is string => !!p).map((phone) => ({ phone, lead_id: l.id })),
    ),
    (slice) => trx.insertInto('lead_phones').values(slice).execute(),
  );
  await inSlices(
    written.flatMap((l) =>
      nameTokens(l.name).map((token) => ({ token, created_at: now, lead_id: l.id, seller_id: l.sellerId })),
    ),
    (slice) => trx.insertInto('lead_search').values(slice).execute(),
  );

  const sellerIds = [...new Set(written.flatMap((l) => (l.sellerId === null ? [] : [l.sellerId])))];
  const names = new Map(
    sellerIds.length
      ? (
          await trx.selectFrom('users').select(['id', 'first_name', 'last_name']).where('id', 'in', sellerIds).execute()
        ).map((u) => [u.id, displayName(u)])
      : [],
  );
  const created = JSON.stringify;
  await inSlices(
    written.flatMap((l) => [
      {
        lead_id: l.id,
        user_id: o.byUserId,
        at: now,
        type: 'created',
        data: created({ source: l.source, ...(o.importFile ? { importFile: o.importFile } : {}) }),
      },
      ...(l.sellerId === null
        ? []
        : [
            {
              lead_id: l.id,
              user_id: o.byUserId,
              at: now,
              type: 'assigned',
              // Names kept with the event so the history reads right for anyone, even after a rename.
              data: created({
                from: null,
                to: l.sellerId,
                fromName: null,
                toName: names.get(l.sellerId) ?? null,
                auto: o.auto,
              }),
            },
          ]),
    ]),
    (slice) => trx.insertInto('activities').values(slice).execute(),
  );

  await planner.addNewLeadCalls(
    trx,
    written.flatMap((l) => (l.sellerId === null ? [] : [{ leadId: l.id, sellerId: l.sellerId }])),
  );
  if (sellerIds.length)
    await trx.updateTable('users').set({ last_assigned_at: now }).where('id', 'in', sellerIds).execute();
  return written.map((l) => l.id);
}
