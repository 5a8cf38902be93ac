import { sql } from 'kysely';
import { nameTokens } from '../../../src-shared/domain/name-search';
import { reversedDigits } from '../../../src-shared/domain/phone';
import type { Db } from '../../db/connect';
import { insertRows, valueByColumn } from '../../db/insert-rows';
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
  const last = first + leads.length - 1;
  // Filled by index, not pushed: 18 values a lead, 900 000 for an import's 50 000.
  const values: unknown[] = new Array(leads.length * LEAD_COLUMNS.length);
  const words: unknown[] = [];
  const sellerIds = new Set<number>();
  let k = 0;
  leads.forEach((f, i) => {
    const id = first + i;
    const extra = f.extraPhone || null;
    const assigned = f.sellerId !== null;
    values[k++] = id;
    values[k++] = f.name;
    values[k++] = f.phone;
    values[k++] = reversedDigits(f.phone);
    values[k++] = extra;
    values[k++] = extra && reversedDigits(extra);
    values[k++] = f.source;
    values[k++] = f.courseId ?? null;
    values[k++] = f.notes ?? '';
    values[k++] = 'new';
    values[k++] = f.sellerId;
    values[k++] = assigned ? now : null;
    values[k++] = o.byUserId;
    values[k++] = now;
    values[k++] = now;
    values[k++] = now;
    values[k++] = o.importId ?? null;
    values[k++] = assigned ? 1 : 0;
    if (f.sellerId !== null) sellerIds.add(f.sellerId);
    for (const token of nameTokens(f.name)) words.push(token, now, id, f.sellerId);
  });
  await insertRows(trx, 'leads', LEAD_COLUMNS, values);
  // Everything else is made from the rows just written, inside SQLite: no row built or bound here.
  const written = sql`leads where id between ${first} and ${last}`;
  await trx.insertInto('followups_precounted').values({ one: 1 }).execute();
  await planner.addNewLeadCalls(trx, { first, last }, [...sellerIds]);
  await trx.deleteFrom('followups_precounted').execute();
  const phones = sql`insert into lead_phones (phone, lead_id)
    select phone, id from ${written}
    union all select extra_phone, id from ${written} and extra_phone is not null`;
  await phones.execute(trx);
  await insertRows(trx, 'lead_search', ['token', 'created_at', 'lead_id', 'seller_id'], words);
  // The history: "created" (with the file an import came from) and "assigned", with the seller's name kept
  // so the history reads right for anyone, even after a rename.
  const importFile = o.importFile ? sql`, 'importFile', ${o.importFile}` : sql``;
  const created = sql`insert into activities (lead_id, user_id, at, type, data)
    select id, ${o.byUserId}, ${now}, 'created', json_object('source', source${importFile}) from ${written}`;
  await created.execute(trx);
  if (sellerIds.size) {
    const names = Object.fromEntries(
      (
        await trx
          .selectFrom('users')
          .select(['id', 'first_name', 'last_name'])
          .where('id', 'in', [...sellerIds])
          .execute()
      ).map((u) => [u.id, displayName(u)]),
    );
    const assigned = sql`insert into activities (lead_id, user_id, at, type, data)
      select id, ${o.byUserId}, ${now}, 'assigned', json_object('from', null, 'to', seller_id, 'fromName', null,
        'toName', ${valueByColumn(names, 'seller_id')}, 'auto', json(${String(o.auto)}))
      from ${written} and seller_id is not null`;
    await assigned.execute(trx);
    await trx
      .updateTable('users')
      .set({ last_assigned_at: now })
      .where('id', 'in', [...sellerIds])
      .execute();
  }
  return leads.map((_, i) => first + i);
}
