import type { Output, ParsedInput } from '../../../src-shared/contract/api';
import type { MsgKey } from '../../../src-shared/i18n/index';
import type { Db } from '../../db/connect';
import { Changes, publish } from '../changes';
import type { Actor, ServiceContext } from '../context';

export interface Notice {
  key: MsgKey;
  params?: Record<string, string | number>;
  /** What it is about (the bell links to it). */
  leadId?: number;
  messageId?: number;
  leaveId?: number;
  /** The same notice is never written twice for the same recipient. */
  dedupeKey: string;
  /** Where it goes: both (default: in-app, and Telegram when the kind goes there and the user is linked) or one. */
  channels?: 'both' | 'in_app' | 'telegram';
}

/** The notices Telegram carries (SPEC §11; the manual's "trial booked"), to a linked user. */
const TELEGRAM_KEYS = new Set<string>([
  'notify.leadAssigned',
  'bot.leadsAssigned',
  'bot.callsDue',
  'bot.callsOverdue',
  'notify.followupDue',
  'notify.followupOverdue',
  'notify.reactivation',
  'notify.message',
  'notify.messageUrgent',
  'notify.leaveApproved',
  'notify.leaveRejected',
  'notify.trialBooked',
  'backups.failedNotice',
]);

/**
 * Notifications through the outbox (SPEC §2, §4, §8, §5): in-app now; the Telegram sender will read the
 * same rows. Every notice carries a dedupe key, so the same event never reaches a person twice.
 */
export class NotifyService {
  constructor(private ctx: ServiceContext) {}

  /** Inside the caller's transaction, so a notice exists exactly when the change it tells of does. */
  send(db: Db, changes: Changes, recipients: number[], n: Notice): Promise<void> {
    return this.sendEach(
      db,
      changes,
      [...new Set(recipients)].map((recipient) => ({ recipient, notice: n })),
    );
  }

  /** Many notices in a few statements (the scheduler's batches): each its own recipient and text. */
  async sendEach(db: Db, changes: Changes, notices: Array<{ recipient: number; notice: Notice }>): Promise<void> {
    const now = this.ctx.clock.now();
    const row = (recipient: number, n: Notice, channel: 'in_app' | 'telegram') => ({
      recipient_id: recipient,
      channel,
      text_key: n.key,
      params: JSON.stringify(n.params ?? {}),
      lead_id: n.leadId ?? null,
      message_id: n.messageId ?? null,
      leave_id: n.leaveId ?? null,
      dedupe_key: `${n.dedupeKey}:${recipient}:${channel}`,
      // In-app rows are delivered by being written; Telegram rows wait for the sender.
      sent_at: channel === 'in_app' ? now : null,
      created_at: now,
    });
    const toTelegram = notices.filter((x) => x.notice.channels !== 'in_app' && TELEGRAM_KEYS.has(x.notice.key));
    const linked = toTelegram.length
      ? new Set(
          (
            await db
              .selectFrom('users')
              .select('id')
              .where('id', 'in', [...new Set(toTelegram.map((x) => x.recipient))])
              .where('telegram_chat_id', 'is not', null)
              .execute()
          ).map((u) => u.id),
        )
      : new Set<number>();
    const rows = [
      ...notices.filter((x) => x.notice.channels !== 'telegram').map((x) => row(x.recipient, x.notice, 'in_app')),
      ...toTelegram.filter((x) => linked.has(x.recipient)).map((x) => row(x.recipient, x.notice, 'telegram')),
    ];
    // 12 values a row: 500 rows stay well under SQLite's 32 766 bound values per statement.
    for (let i = 0; i < rows.length; i += 500)
      await db
        .insertInto('outbox')
        .values(rows.slice(i, i + 500))
        .onConflict((oc) => oc.column('dedupe_key').doNothing())
        .execute();
    changes.notified(...rows.filter((r) => r.channel === 'in_app').map((r) => r.recipient_id));
    if (rows.some((r) => r.channel === 'telegram')) changes.telegramQueued();
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
        messageId: r.message_id,
        leaveId: r.leave_id,
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
