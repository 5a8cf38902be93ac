import { sql, type Kysely } from 'kysely';
import { nameTokens } from '../src-shared/domain/name-search';

/** The table this migration reads, as it is at 0006. */
interface Tables {
  leads: { id: number; name: string; created_at: number; seller_id: number | null };
}
/** A lead_search row: [token, created_at, lead_id, seller_id]. */
type SearchRow = [string, number, number, number | null];

/** Leads read per query, and search rows written per INSERT (one JSON parameter each). */
const READ_BATCH = 5_000;
const WRITE_BATCH = 20_000;

const byKey = (a: SearchRow, b: SearchRow) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2]);

// Name search folds Uzbek and Russian spellings together now (h/x, u/o, …; see name-search.ts), so
// every lead's stored search words are rebuilt with the new keys, in one transaction: a failed upgrade
// leaves the old words whole. Fast on 200 000 leads (see docs/decisions.md): each distinct name is
// folded once, the words go in in key order (what a WITHOUT ROWID table takes fastest), 20 000 rows
// per statement as one JSON array, and the lead_id index is built once at the end, not row by row.
export async function up(raw: Kysely<unknown>): Promise<void> {
  const db = raw as unknown as Kysely<Tables>;
  await db.transaction().execute(async (trx) => {
    const rows: SearchRow[] = [];
    const tokensOf = new Map<string, string[]>();
    for (let after = 0; ;) {
      const leads = await trx
        .selectFrom('leads')
        .select(['id', 'name', 'created_at', 'seller_id'])
        .where('id', '>', after)
        .orderBy('id')
        .limit(READ_BATCH)
        .execute();
      if (leads.length === 0) break;
      for (const l of leads) {
        let tokens = tokensOf.get(l.name);
        if (!tokens) tokensOf.set(l.name, (tokens = nameTokens(l.name)));
        for (const token of tokens) rows.push([token, l.created_at, l.id, l.seller_id]);
      }
      after = leads[leads.length - 1].id;
    }
    rows.sort(byKey);
    await trx.schema.dropIndex('lead_search_lead').execute();
    await sql`DELETE FROM lead_search`.execute(trx);
    for (let i = 0; i < rows.length; i += WRITE_BATCH) {
      const batch = JSON.stringify(rows.slice(i, i + WRITE_BATCH));
      await sql`INSERT INTO lead_search (token, created_at, lead_id, seller_id)
        SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM json_each(${batch})`.execute(trx);
    }
    await trx.schema.createIndex('lead_search_lead').on('lead_search').column('lead_id').execute();
  });
}

// The old keys cannot be made again without the old folding; the new ones find every name the old
// ones did (the folding only joins spellings), so going down keeps them.
export async function down(): Promise<void> {}
