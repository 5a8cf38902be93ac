import type { Output, ParsedInput } from '../../../src-shared/contract/api';
import { nameTokens } from '../../../src-shared/domain/name-search';
import { phoneSearchKey } from '../../../src-shared/domain/phone';
import { dayBounds } from '../../../src-shared/domain/zoned-time';
import type { Db } from '../../db/connect';
import type { Actor } from '../context';
import { countNoNextCall, leadOut, noNextCall, selectLeads } from './leads.repo';

type ListInput = ParsedInput<'leads.list'>;
type ListOutput = Output<'leads.list'>;

const SORT_COLUMN = {
  createdAt: 'leads.created_at',
  name: 'leads.name',
  status: 'leads.status',
  assignedAt: 'leads.assigned_at',
} as const;

/** Just past the last character a prefix can continue with: `[p, p + HIGH)` is "starts with p". */
const HIGH = '\uffff';

/**
 * The leads page: filters, search and sort, every one served by an index (see 0002-leads). A query
 * with digits is a phone search (any format, or the last digits); otherwise each word must start a
 * word of the name, in Latin or Cyrillic. Filters and counting touch one table only; the course and
 * seller names are joined for the page's rows alone.
 */
export async function listLeads(db: Db, actor: Actor, input: ListInput, timeZone: string): Promise<ListOutput> {
  const sellerId = actor.role === 'seller' ? actor.id : input.sellerId;
  const text = input.q?.trim() ?? '';
  const phoneKey = phoneSearchKey(text);
  const tokens = phoneKey ? [] : nameTokens(text);
  const onlyNameAndSeller =
    !input.source &&
    !input.status &&
    !input.courseId &&
    !input.createdFrom &&
    !input.createdTo &&
    !input.noNextCall &&
    input.sort === 'createdAt';
  const { ids, total } =
    tokens.length && onlyNameAndSeller
      ? await pageByName(db, tokens, sellerId, input)
      : await pageFromLeads(db, { ...input, sellerId }, phoneKey, tokens, timeZone);
  const rows = ids.length ? await selectLeads(db).where('leads.id', 'in', ids).execute() : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { items: ids.map((id) => leadOut(byId.get(id)!)), total, page: input.page, pageSize: input.pageSize };
}

/**
 * The total of a "without a next call" list filtered by seller and status alone comes from the
 * counters of 0007 (there may be 100 000 such leads to count); other filters count the rows.
 */
function noNextCallTotal(db: Db, input: ListInput, phoneKey: string | null, tokens: string[]) {
  const counted =
    input.noNextCall &&
    input.sellerId !== 'unassigned' &&
    !phoneKey &&
    !tokens.length &&
    !input.source &&
    !input.courseId &&
    !input.createdFrom &&
    !input.createdTo;
  return counted
    ? () => countNoNextCall(db, { sellerId: input.sellerId as number | undefined, status: input.status })
    : null;
}

async function pageFromLeads(db: Db, input: ListInput, phoneKey: string | null, tokens: string[], timeZone: string) {
  let q = db.selectFrom('leads');
  if (input.sellerId === 'unassigned') q = q.where('leads.seller_id', 'is', null);
  else if (input.sellerId) q = q.where('leads.seller_id', '=', input.sellerId);
  if (input.source) q = q.where('leads.source', '=', input.source);
  if (input.status) q = q.where('leads.status', '=', input.status);
  if (input.courseId) q = q.where('leads.course_id', '=', input.courseId);
  if (input.createdFrom) q = q.where('leads.created_at', '>=', dayBounds(input.createdFrom, timeZone)[0]);
  if (input.createdTo) q = q.where('leads.created_at', '<', dayBounds(input.createdTo, timeZone)[1]);
  if (input.noNextCall) q = q.where(noNextCall);
  if (phoneKey) {
    q = q.where((eb) =>
      eb.or([
        eb.and([eb('leads.phone_rev', '>=', phoneKey), eb('leads.phone_rev', '<', phoneKey + HIGH)]),
        eb.and([eb('leads.extra_phone_rev', '>=', phoneKey), eb('leads.extra_phone_rev', '<', phoneKey + HIGH)]),
      ]),
    );
  }
  for (const token of tokens) {
    q = q.where('leads.id', 'in', (eb) =>
      eb
        .selectFrom('lead_search')
        .select('lead_search.lead_id')
        .where('lead_search.token', '>=', token)
        .where('lead_search.token', '<', token + HIGH),
    );
  }
  const counter = noNextCallTotal(db, input, phoneKey, tokens);
  const total = counter
    ? await counter()
    : (await q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow()).total;
  const page = await q
    .select('leads.id')
    .orderBy(SORT_COLUMN[input.sort], input.order)
    .orderBy('leads.id', input.order)
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .execute();
  return { ids: page.map((r) => r.id), total: Number(total) };
}

/**
 * Name search in the newest-first order, answered from the search words alone (no lead rows read):
 * the first word drives, further words must start another word of the same lead. DISTINCT on
 * (created_at, lead_id) — the sort's own columns — lets one sorter both drop a lead matched twice
 * and order the page (measured in `npm run bench`).
 */
async function pageByName(db: Db, tokens: string[], sellerId: ListInput['sellerId'], input: ListInput) {
  const [first, ...rest] = tokens;
  let q = db
    .selectFrom('lead_search as s')
    .where('s.token', '>=', first)
    .where('s.token', '<', first + HIGH);
  if (sellerId === 'unassigned') q = q.where('s.seller_id', 'is', null);
  else if (sellerId) q = q.where('s.seller_id', '=', sellerId);
  for (const token of rest) {
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('lead_search as w')
          .select('w.lead_id')
          .whereRef('w.lead_id', '=', 's.lead_id')
          .where('w.token', '>=', token)
          .where('w.token', '<', token + HIGH),
      ),
    );
  }
  const matches = q.select(['s.created_at', 's.lead_id']).distinct();
  const count = async () =>
    Number(
      (
        await db
          .selectFrom(matches.as('m'))
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const offset = (input.page - 1) * input.pageSize;
  if (rest.length === 0) {
    // One word: the page walks the sorter, the count is a second, cheap pass over the same index range.
    const page = await matches
      .orderBy('s.created_at', input.order)
      .orderBy('s.lead_id', input.order)
      .limit(input.pageSize)
      .offset(offset)
      .execute();
    return { ids: page.map((r) => r.lead_id), total: await count() };
  }
  // Several words: checking the other words is the cost, so do it once and count the matches in the same pass.
  const page = await db
    .selectFrom(matches.as('m'))
    .select(['m.lead_id', (eb) => eb.fn.countAll<number>().over().as('total')])
    .orderBy('m.created_at', input.order)
    .orderBy('m.lead_id', input.order)
    .limit(input.pageSize)
    .offset(offset)
    .execute();
  const total = page.length ? Number(page[0].total) : await count();
  return { ids: page.map((r) => r.lead_id), total: Number(total) };
}
