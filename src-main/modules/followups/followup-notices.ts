import { sql } from 'kysely';
import { OVERDUE_NOTICE_AFTER_MS } from '../../../src-shared/domain/follow-up-rules';
import { localParts } from '../../../src-shared/domain/zoned-time';
import type { Job } from '../../jobs/scheduler';
import { write } from '../changes';
import type { ServiceContext } from '../context';
import type { NotifyService } from '../notify/notify.service';

/** More calls than this for one seller in one run reach the phone as one summary. */
const PHONE_MAX = 3;

interface Owed {
  id: number;
  seller_id: number | null;
  lead_id: number;
  due_at: number;
  kind: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `27.11 14:30` in the centre's time zone: what a notice says about a due time. */
export function noticeTime(t: number, timeZone: string): string {
  const p = localParts(t, timeZone);
  return `${p.date.slice(8, 10)}.${p.date.slice(5, 7)} ${pad(Math.floor(p.minutes / 60))}:${pad(p.minutes % 60)}`;
}

/**
 * The two notices of a follow-up (SPEC §5): "Follow-up vaqti keldi" when it falls due and one
 * "overdue" notice when it is still pending OVERDUE_NOTICE_AFTER_MS later. A follow-up is marked
 * (due_notified_at / overdue_notified_at) in the same transaction as its notice, and the dedupe key
 * holds the due time, so a crash between batches or a second run never tells anyone twice, while a
 * call moved to a new time is told again.
 */
export function followupNoticeJobs(ctx: ServiceContext, notify: NotifyService): Job[] {
  const job = (kind: 'due' | 'overdue'): Job => {
    const column = kind === 'due' ? 'due_notified_at' : 'overdue_notified_at';
    const lag = kind === 'due' ? 0 : OVERDUE_NOTICE_AFTER_MS;
    // Exactly the rows of 0008's partial index, named outright: without statistics SQLite would
    // rather walk (state, due_at) through every overdue call already told. INDEXED BY also makes the
    // query fail loudly should the index ever stop matching the condition.
    const owed = sql.raw(`followups INDEXED BY followups_${kind}_notice WHERE state = 'pending' AND ${column} IS NULL`);
    return {
      name: `followup-${kind}`,
      async runBatch(now, limit) {
        const timeZone = await ctx.settings.get('timeZone');
        // Read and marked in one transaction: a call moved or closed meanwhile is judged as it is now.
        return write(ctx, async (trx, changes) => {
          const { rows } = await sql<Owed>`SELECT id, seller_id, lead_id, due_at, kind
            FROM ${owed} AND due_at <= ${now - lag} ORDER BY due_at LIMIT ${limit}`.execute(trx);
          if (rows.length === 0) return { handled: 0, notices: 0 };
          const leads = new Map(
            (
              await trx
                .selectFrom('leads')
                .select(['id', 'name', 'phone'])
                .where('id', 'in', [...new Set(rows.map((r) => r.lead_id))])
                .execute()
            ).map((l) => [l.id, l]),
          );
          const notices = rows.flatMap((f) => {
            const lead = leads.get(f.lead_id);
            if (f.seller_id === null || !lead) return [];
            const key =
              kind === 'overdue'
                ? 'notify.followupOverdue'
                : f.kind === 'reactivation'
                  ? 'notify.reactivation'
                  : 'notify.followupDue';
            return [
              {
                recipient: f.seller_id,
                notice: {
                  key,
                  params: { name: lead.name, phone: lead.phone, time: noticeTime(f.due_at, timeZone) },
                  leadId: f.lead_id,
                  dedupeKey: `followup-${kind}:${f.id}:${f.due_at}`,
                } as const,
              },
            ];
          });
          // Many at once for one seller (an import's first calls, a catch-up): the phone gets one
          // summary, not a message each (the bell still lists each call).
          const perSeller = new Map<number, number>();
          for (const n of notices) perSeller.set(n.recipient, (perSeller.get(n.recipient) ?? 0) + 1);
          const summarised = new Set([...perSeller].filter(([, n]) => n > PHONE_MAX).map(([id]) => id));
          await notify.sendEach(trx, changes, [
            ...notices.map((n) =>
              summarised.has(n.recipient) ? { ...n, notice: { ...n.notice, channels: 'in_app' as const } } : n,
            ),
            ...[...summarised].map((recipient) => ({
              recipient,
              notice: {
                key: kind === 'due' ? ('bot.callsDue' as const) : ('bot.callsOverdue' as const),
                params: { count: perSeller.get(recipient)! },
                dedupeKey: `followup-${kind}-summary:${now}:${rows[0].id}`,
                channels: 'telegram' as const,
              },
            })),
          ]);
          await trx
            .updateTable('followups')
            .set({ [column]: now })
            .where(
              'id',
              'in',
              rows.map((r) => r.id),
            )
            .execute();
          return { handled: rows.length, notices: notices.length };
        });
      },
      async nextAt() {
        const { rows } = await sql<{ at: number | null }>`SELECT min(due_at) AS at FROM ${owed}`.execute(ctx.db);
        return rows[0]?.at == null ? null : rows[0].at + lag;
      },
    };
  };
  return [job('due'), job('overdue')];
}
