import { sql } from 'kysely';
import { nameTokens } from '../../../src-shared/domain/name-search';
import { reversedDigits } from '../../../src-shared/domain/phone';
import type { Db } from '../../db/connect';
import { insertRows } from '../../db/insert-rows';
import type { FollowupPlanner } from '../followups/followup-planner';
import { displayName } from '../users/users.repo';
import type { NewLead } from './leads.service';

export interface LeadToWrite extends NewLead {
  /** Its seller, or null when nobody could take it. */
  sellerId: number | null;
}

const LEAD_COLUMNS = [
  'id',
  'name',
  'phone',
  'phone_rev',
  'extra_phone',
  'extra_phone_rev',
  'source',
  'course_id',
  'notes',
  'status',
  'seller_id',
  'assigned_at',
  'created_by',
  'created_at',
  'status_changed_at',
  'updated_at',
  'import_id',
  'pending_followups',
] as const;

/**
 * Writes new leads the way "Yangi Lid" does — the lead with its seller, its phones, its name's search
 * words, its history ("created", and "assigned" when it has a seller), the seller's "new lead" call —
 * for one lead or thousands in the caller's transaction, in a few multi-row statements per table.
 * Phones are already normalised and free. Returns the ids in `leads`' order. Notices are the caller's
 * (one per lead, or one summary per seller for an import).
 *
 * Each lead goes in already counting its pending call, and the follow-up trigger is told not to count
 * them again (`followups_precounted`, 0013): otherwise every lead would be updated a second time.
 */
export async function writeLeadRows(
  trx: Db,
  planner: FollowupPlanner,
  leads: LeadToWrite[],
  o: { now: number; byUserId: number; auto: boolean; importId?: number; importFile?: string },
): Promise<number[]> {
  const { now } = o;
  // The ids AUTOINCREMENT would give, taken while this transaction holds the write lock.
  const { rows } = await sql<{ last: number | null }>`
    select max(coalesce((select seq from sqlite_sequence where name = 'leads'), 0),
               coalesce((select max(id) from leads), 0)) as last`.execute(trx);
  const first = (rows[0]?.last ?? 0) + 1;
  const idOf = (i: number) => first + i;
  await insertRows(
    trx,
    'leads',
    LEAD_COLUMNS,
    leads.map((f, i) => ({
      id: idOf(i),
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
      pending_followups: f.sellerId === null ? 0 : 1,
    })),
  );
  const calls: Array<{ leadId: number; sellerId: number }> = [];
  const phones: Array<{ phone: string; lead_id: number }> = [];
  const words: Array<{ token: string; created_at: number; lead_id: number; seller_id: number | null }> = [];
  leads.forEach((l, i) => {
    const id = idOf(i);
    if (l.sellerId !== null) calls.push({ leadId: id, sellerId: l.sellerId });
    phones.push({ phone: l.phone, lead_id: id });
    if (l.extraPhone) phones.push({ phone: l.extraPhone, lead_id: id });
    for (const token of nameTokens(l.name)) words.push({ token, created_at: now, lead_id: id, seller_id: l.sellerId });
  });
  await trx.insertInto('followups_precounted').values({ one: 1 }).execute();
  await planner.addNewLeadCalls(trx, calls);
  await trx.deleteFrom('followups_precounted').execute();
  await insertRows(trx, 'lead_phones', ['phone', 'lead_id'], phones);
  await insertRows(trx, 'lead_search', ['token', 'created_at', 'lead_id', 'seller_id'], words);
  const sellerIds = [...new Set(calls.map((c) => c.sellerId))];
  const names = new Map(
    sellerIds.length
      ? (
          await trx.selectFrom('users').select(['id', 'first_name', 'last_name']).where('id', 'in', sellerIds).execute()
        ).map((u) => [u.id, displayName(u)])
      : [],
  );
  // The history's data is the same for every lead of a source, and for every lead of a seller: made once each.
  const once = <K>(make: (key: K) => string) => {
    const made = new Map<K, string>();
    return (key: K) => {
      let text = made.get(key);
      if (text === undefined) made.set(key, (text = make(key)));
      return text;
    };
  };
  const createdData = once((source: string) =>
    JSON.stringify({ source, ...(o.importFile ? { importFile: o.importFile } : {}) }),
  );
  // Names kept with the event so the history reads right for anyone, even after a rename.
  const assignedData = once((sellerId: number) =>
    JSON.stringify({ from: null, to: sellerId, fromName: null, toName: names.get(sellerId) ?? null, auto: o.auto }),
  );
  const history: Array<{ lead_id: number; user_id: number; at: number; type: string; data: string }> = [];
  leads.forEach((l, i) => {
    const lead_id = idOf(i);
    history.push({ lead_id, user_id: o.byUserId, at: now, type: 'created', data: createdData(l.source) });
    if (l.sellerId !== null)
      history.push({ lead_id, user_id: o.byUserId, at: now, type: 'assigned', data: assignedData(l.sellerId) });
  });
  await insertRows(trx, 'activities', ['lead_id', 'user_id', 'at', 'type', 'data'], history);
  if (sellerIds.length)
    await trx.updateTable('users').set({ last_assigned_at: now }).where('id', 'in', sellerIds).execute();
  return leads.map((_, i) => idOf(i));
}
