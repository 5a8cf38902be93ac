import type { Output, ParsedInput } from '../../../src-shared/contract/api';
import { AppError, fieldError } from '../../../src-shared/contract/errors';
import type { MessageOut } from '../../../src-shared/contract/messages';
import type { Priority } from '../../../src-shared/domain/priority';
import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../../db/connect';
import type { Database } from '../../db/schema';
import { write } from '../changes';
import type { Actor, ServiceContext } from '../context';
import type { NotifyService } from '../notify/notify.service';
import { joinName } from '../users/users.repo';

/** What every list shows of a message (`m`) and its sender (`u`): the subject, the start of the text, who and when. */
const HEAD = ['m.id', 'm.subject', 'm.priority', 'm.sender_id', 'm.created_at', 'u.first_name', 'u.last_name'] as const;
const preview = (eb: ExpressionBuilder<Database & { m: Database['messages'] }, 'm'>) =>
  eb.fn<string>('substr', ['m.body', eb.val(1), eb.val(200)]).as('preview');
const headOut = (r: {
  id: number;
  subject: string;
  priority: string;
  sender_id: number;
  created_at: number;
  first_name: string;
  last_name: string;
  preview: string;
}) => ({
  id: r.id,
  subject: r.subject,
  preview: r.preview,
  priority: r.priority as Priority,
  senderId: r.sender_id,
  senderName: joinName(r.first_name, r.last_name)!,
  createdAt: r.created_at,
});
/** Recipient rows are written in chunks: SQLite binds at most 32 766 values per statement. */
const CHUNK = 500;

/** Messages from the admin and managers to the team (SPEC §8, manual: Admin §7, Sotuvchi §7). */
export class MessagesService {
  constructor(
    private ctx: ServiceContext,
    private notify: NotifyService,
  ) {}

  async send(actor: Actor, input: ParsedInput<'messages.send'>): Promise<Output<'messages.send'>> {
    const toAll = input.recipients === 'all_sellers';
    const recipients = await this.recipientIds(input.recipients);
    const now = this.ctx.clock.now();
    const id = await write(this.ctx, async (trx, changes) => {
      const { id } = await trx
        .insertInto('messages')
        .values({
          sender_id: actor.id,
          subject: input.subject,
          body: input.body,
          priority: input.priority,
          to_all_sellers: toAll ? 1 : 0,
          recipient_count: recipients.length,
          created_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (let i = 0; i < recipients.length; i += CHUNK)
        await trx
          .insertInto('message_recipients')
          .values(recipients.slice(i, i + CHUNK).map((user_id) => ({ message_id: id, user_id })))
          .execute();
      await this.notify.send(trx, changes, recipients, {
        key: input.priority === 'urgent' ? 'notify.messageUrgent' : 'notify.message',
        params: { subject: input.subject, body: input.body, priority: input.priority },
        messageId: id,
        dedupeKey: `message:${id}`,
      });
      changes.messages(actor.id, ...recipients, ...(await admins(trx)));
      return id;
    });
    return this.load(actor, id);
  }

  /** "Barcha sotuvchilar" is every active seller now; chosen users must exist and be active. */
  private async recipientIds(recipients: ParsedInput<'messages.send'>['recipients']): Promise<number[]> {
    let q = this.ctx.db.selectFrom('users').select('id').where('active', '=', 1);
    if (recipients === 'all_sellers') {
      const rows = await q.where('role', '=', 'seller').orderBy('id').execute();
      if (rows.length === 0) throw fieldError('recipients', 'error.noSellers');
      return rows.map((r) => r.id);
    }
    const ids = [...new Set(recipients)];
    q = q.where('id', 'in', ids);
    const rows = await q.execute();
    if (rows.length !== ids.length) throw fieldError('recipients', 'error.recipientNotFound');
    return ids;
  }

  async inbox(actor: Actor, input: ParsedInput<'messages.inbox'>): Promise<Output<'messages.inbox'>> {
    const db = this.ctx.db;
    let mine = db.selectFrom('message_recipients as r').where('r.user_id', '=', actor.id);
    if (input.unreadOnly) mine = mine.where('r.read_at', 'is', null);
    const rows = await mine
      .innerJoin('messages as m', 'm.id', 'r.message_id')
      .innerJoin('users as u', 'u.id', 'm.sender_id')
      .select([...HEAD, 'r.read_at'])
      .select(preview)
      .orderBy('r.message_id', 'desc')
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .execute();
    const [{ total }] = await mine.select((eb) => eb.fn.countAll<number>().as('total')).execute();
    return {
      items: rows.map((r) => ({ ...headOut(r), read: r.read_at !== null })),
      unread: await unreadCount(db, actor.id),
      total: Number(total),
    };
  }

  /** One message in full; a recipient opening it has read it (and its bell notice with it). */
  async open(actor: Actor, input: ParsedInput<'messages.open'>): Promise<Output<'messages.open'>> {
    const mine = await this.ctx.db
      .selectFrom('message_recipients')
      .select('read_at')
      .where('message_id', '=', input.id)
      .where('user_id', '=', actor.id)
      .executeTakeFirst();
    if (mine && mine.read_at === null) {
      const now = this.ctx.clock.now();
      await write(this.ctx, async (trx, changes) => {
        const res = await trx
          .updateTable('message_recipients')
          .set({ read_at: now })
          .where('message_id', '=', input.id)
          .where('user_id', '=', actor.id)
          .where('read_at', 'is', null)
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) === 0) return;
        const { sender_id } = await trx
          .updateTable('messages')
          .set((eb) => ({ read_count: eb('read_count', '+', 1) }))
          .where('id', '=', input.id)
          .returning('sender_id')
          .executeTakeFirstOrThrow();
        await trx
          .updateTable('outbox')
          .set({ read_at: now })
          .where('message_id', '=', input.id)
          .where('recipient_id', '=', actor.id)
          .where('channel', '=', 'in_app')
          .where('read_at', 'is', null)
          .execute();
        changes.messages(actor.id, sender_id, ...(await admins(trx))).notified(actor.id);
      });
    }
    return this.load(actor, input.id, !!mine);
  }

  private async load(actor: Actor, id: number, isRecipient?: boolean): Promise<MessageOut> {
    const db = this.ctx.db;
    const m = await db
      .selectFrom('messages as m')
      .innerJoin('users as u', 'u.id', 'm.sender_id')
      .selectAll('m')
      .select(['u.first_name', 'u.last_name'])
      .where('m.id', '=', id)
      .executeTakeFirst();
    const mine =
      isRecipient ??
      !!(await db
        .selectFrom('message_recipients')
        .select('user_id')
        .where('message_id', '=', id)
        .where('user_id', '=', actor.id)
        .executeTakeFirst());
    const seesReaders = !!m && (m.sender_id === actor.id || actor.role === 'admin');
    // Anyone else asking for it by id learns nothing, not even that it exists.
    if (!m || (!mine && !seesReaders)) throw new AppError('NOT_FOUND', 'error.notFound');
    const readers = seesReaders
      ? await db
          .selectFrom('message_recipients as r')
          .innerJoin('users as u', 'u.id', 'r.user_id')
          .select(['r.user_id', 'r.read_at', 'u.first_name', 'u.last_name'])
          .where('r.message_id', '=', id)
          .orderBy('r.read_at', 'desc')
          .orderBy('u.first_name')
          .execute()
      : null;
    return {
      id: m.id,
      subject: m.subject,
      body: m.body,
      priority: m.priority as Priority,
      senderId: m.sender_id,
      senderName: joinName(m.first_name, m.last_name)!,
      createdAt: m.created_at,
      toAllSellers: m.to_all_sellers === 1,
      read: mine,
      recipients: m.recipient_count,
      readCount: m.read_count,
      readers:
        readers?.map((r) => ({ userId: r.user_id, name: joinName(r.first_name, r.last_name)!, readAt: r.read_at })) ??
        null,
    };
  }

  async sent(actor: Actor, input: ParsedInput<'messages.sent'>): Promise<Output<'messages.sent'>> {
    let q = this.ctx.db.selectFrom('messages as m');
    if (actor.role !== 'admin') q = q.where('m.sender_id', '=', actor.id);
    const rows = await q
      .innerJoin('users as u', 'u.id', 'm.sender_id')
      .select([...HEAD, 'm.to_all_sellers', 'm.recipient_count', 'm.read_count'])
      .select(preview)
      .orderBy('m.id', 'desc')
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .execute();
    const [{ total }] = await q.select((eb) => eb.fn.countAll<number>().as('total')).execute();
    return {
      items: rows.map((m) => ({
        ...headOut(m),
        toAllSellers: m.to_all_sellers === 1,
        recipients: m.recipient_count,
        readCount: m.read_count,
      })),
      total: Number(total),
    };
  }

  /** The admin deletes any message, a manager only own; it leaves every inbox, and its notices go with it. */
  async delete(actor: Actor, input: ParsedInput<'messages.delete'>): Promise<{ ok: true }> {
    const m = await this.ctx.db
      .selectFrom('messages')
      .select(['id', 'sender_id'])
      .where('id', '=', input.id)
      .executeTakeFirst();
    if (!m) throw new AppError('NOT_FOUND', 'error.notFound');
    if (actor.role !== 'admin' && m.sender_id !== actor.id) throw new AppError('FORBIDDEN', 'error.messageNotYours');
    await write(this.ctx, async (trx, changes) => {
      const recipients = await trx
        .selectFrom('message_recipients')
        .select('user_id')
        .where('message_id', '=', m.id)
        .execute();
      await trx.deleteFrom('messages').where('id', '=', m.id).execute();
      const ids = recipients.map((r) => r.user_id);
      changes.messages(m.sender_id, actor.id, ...ids).notified(...ids);
    });
    return { ok: true };
  }
}

/** The admin sees every sent message and its read counts, so their windows hear of each change. */
async function admins(db: Db): Promise<number[]> {
  const rows = await db.selectFrom('users').select('id').where('role', '=', 'admin').where('active', '=', 1).execute();
  return rows.map((r) => r.id);
}

async function unreadCount(db: Db, userId: number): Promise<number> {
  const { n } = await db
    .selectFrom('message_recipients')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(n);
}
