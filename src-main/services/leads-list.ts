import type { Output, ParsedInput } from '../../src-shared/contract/api';
import { nameTokens } from '../../src-shared/domain/name-search';
import { phoneSearchKey } from '../../src-shared/domain/phone';
import { dayBounds } from '../../src-shared/domain/zoned-time';
import type { Db } from '../db/connect';
import type { Actor } from './context';
import { leadOut, selectLeads } from './leads.repo';

const SORT_COLUMN = { createdAt: 'leads.created_at', name: 'leads.name', status: 'leads.status', assignedAt: 'leads.assigned_at' } as const;

/** Just past the last character a prefix can continue with: `[p, p + HIGH)` is "starts with p". */
const HIGH = '\uffff';

/**
 * The leads page: filters, search and sort, every one served by an index (see 0002-leads). A query
 * with digits is a phone search (any format, or the last digits); otherwise each word must start a
 * word of the name, in Latin or Cyrillic.
 */
export async function listLeads(db: Db, actor: Actor, input: ParsedInput<'leads.list'>, timeZone: string): Promise<Output<'leads.list'>> {
  let q = selectLeads(db);
  const sellerId = actor.role === 'seller' ? actor.id : input.sellerId;
  if (sellerId === 'unassigned') q = q.where('leads.seller_id', 'is', null);
  else if (sellerId) q = q.where('leads.seller_id', '=', sellerId);
  if (input.source) q = q.where('leads.source', '=', input.source);
  if (input.status) q = q.where('leads.status', '=', input.status);
  if (input.courseId) q = q.where('leads.course_id', '=', input.courseId);
  if (input.createdFrom) q = q.where('leads.created_at', '>=', dayBounds(input.createdFrom, timeZone)[0]);
  if (input.createdTo) q = q.where('leads.created_at', '<', dayBounds(input.createdTo, timeZone)[1]);

  const text = input.q?.trim() ?? '';
  const phoneKey = phoneSearchKey(text);
  if (phoneKey) {
    q = q.where((eb) => eb.or([
      eb.and([eb('leads.phone_rev', '>=', phoneKey), eb('leads.phone_rev', '<', phoneKey + HIGH)]),
      eb.and([eb('leads.extra_phone_rev', '>=', phoneKey), eb('leads.extra_phone_rev', '<', phoneKey + HIGH)]),
    ]));
  } else {
    for (const token of nameTokens(text)) {
      q = q.where('leads.id', 'in', (eb) => eb.selectFrom('lead_search').select('lead_search.lead_id')
        .where('lead_search.token', '>=', token).where('lead_search.token', '<', token + HIGH));
    }
  }

  const [{ total }] = await q.clearSelect().select((eb) => eb.fn.countAll<number>().as('total')).execute();
  const rows = await q.orderBy(SORT_COLUMN[input.sort], input.order).orderBy('leads.id', input.order)
    .limit(input.pageSize).offset((input.page - 1) * input.pageSize).execute();
  return { items: rows.map(leadOut), total: Number(total), page: input.page, pageSize: input.pageSize };
}
