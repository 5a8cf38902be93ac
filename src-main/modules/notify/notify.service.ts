import type { Output, ParsedInput } from '../../../src-shared/contract/api';
import type { MsgKey } from '../../../src-shared/i18n/index';
import type { Db } from '../../db/connect';
import { Changes, publish } from '../changes';
import type { Actor, ServiceContext } from '../context';

export interface Notice {
  key: MsgKey;
  params?: Record<string, string | number>;
  leadId?: number;
  /** The same notice is never written twice for the same recipient. */
  dedupeKey: string;
}

/** Notifications through the outbox (SPEC §2, §4): in-app now; the Telegram sender will read the same rows. */
export class NotifyService {
  constructor(private ctx: ServiceContext) {}

  /** Inside the caller's transaction, so a notice exists exactly when the change it tells of does. */
  async send(db: Db, changes: Changes, recipients: number[], n: Notice): Promise<void> {
    const now = this.ctx.clock.now();
    for (const recipient of new Set(recipients)) {
      await db
        .insertInto('outbox')
        .values({
          recipient_id: recipient,
          channel: 'in_app',
          text_key: n.key,
          params: JSON.stringify(n.params ?? {}),
          lead_id: n.leadId ?? null,
          dedupe_key: `${n.dedupeKey}:${recipient}:in_app`,
          sent_at: now,
          created_at: now,
        })
        .onConflict((oc) => oc.column('dedupe_key').doNothing())
        .execute();
    }
    changes.notified(...recipients);
  }

  /** Admins and managers: told when a lead found nobody to take it. */
  async team(db: Db): Promise<number[]> {
    const rows = await db
      .selectFrom('users')
      .select('id')
      .where('role', 'in', ['admin', 'manager'])
      .where('active', '=', 1)
      .execute();
    return rows.map((r) => r.id);
  }

  async list(actor: Actor, input: ParsedInput<'notifications.list'>): Promise<Output<'notifications.list'>> {
    const mine = () =>
      this.ctx.db.selectFrom('outbox').where('recipient_id', '=', actor.id).where('channel', '=', 'in_app');
    const rows = await mine()
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(input.limit)
      .execute();
    const { n } = await mine()
      .where('read_at', 'is', null)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return {
      items: rows.map((r) => ({
        id: r.id,
        key: r.text_key,
        params: JSON.parse(r.params) as Record<string, string | number>,
        leadId: r.lead_id,
        createdAt: r.created_at,
        read: r.read_at !== null,
      })),
      unread: Number(n),
    };
  }

  async markRead(actor: Actor, input: ParsedInput<'notifications.markRead'>): Promise<{ ok: true }> {
    let q = this.ctx.db
      .updateTable('outbox')
      .set({ read_at: this.ctx.clock.now() })
      .where('recipient_id', '=', actor.id)
      .where('channel', '=', 'in_app')
      .where('read_at', 'is', null);
    if (input.ids) q = q.where('id', 'in', input.ids.concat(0));
    await q.execute();
    publish(this.ctx, new Changes().notified(actor.id));
    return { ok: true };
  }
}
