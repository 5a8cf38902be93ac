import type { Bot } from 'grammy';
import { GrammyError } from 'grammy';
import { sql } from 'kysely';
import { Changes, publish } from '../changes';
import type { ServiceContext } from '../context';
import { botLang, telegramText } from './texts';

const BATCH = 20;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Retry waits after a failed delivery: 30 s, 1, 2, 4 … minutes, at most 30 minutes (the app's clock). */
export const retryDelayMs = (attempts: number) => Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 30 * 60_000);

interface SenderHooks {
  /** The running bot, or null when there is none to send with. */
  bot(): Bot | null;
  /** A failure that is not the message's own: recorded in the status; how long Telegram asked to wait. */
  failed(e: unknown): number | null;
  delivered(): void;
}

/**
 * Delivers the outbox's Telegram rows (SPEC §11), oldest first: marked sent right after Telegram's
 * answer, so never twice; a 429 waits `retry_after`, 5xx or no internet back off (attempts, next
 * attempt and the error on the row) and hold back the rows after it; 400/403 give up with the reason,
 * and 403 (the user blocked the bot) drops the link. At most one message per `paceMs` to one chat.
 */
export class TelegramSender {
  private sending: Promise<number> = Promise.resolve(0);
  private lastToChat = new Map<string, number>();

  constructor(
    private ctx: ServiceContext,
    private paceMs: number,
    private hooks: SenderHooks,
  ) {}

  /** Resolves once a run in flight has finished. */
  async idle(): Promise<void> {
    await this.sending;
  }

  /** Delivers the Telegram rows now due, one run at a time (the loop, a queued notice, the test clock). */
  sendDue(): Promise<number> {
    const next = this.sending.then(
      () => this.deliver(),
      () => this.deliver(),
    );
    this.sending = next.catch(() => 0);
    return next;
  }

  private async deliver(): Promise<number> {
    const bot = this.hooks.bot();
    if (!bot) return 0;
    let sent = 0;
    for (;;) {
      const rows = await this.ctx.db
        .selectFrom('outbox as o')
        .innerJoin('users as u', 'u.id', 'o.recipient_id')
        .select([
          'o.id',
          'o.recipient_id',
          'o.text_key',
          'o.params',
          'o.attempts',
          'o.next_attempt_at',
          'u.telegram_chat_id',
          'u.telegram_lang',
        ])
        .where('o.channel', '=', sql.lit('telegram'))
        .where('o.sent_at', 'is', null)
        .where('o.gave_up_at', 'is', null)
        .orderBy('o.id')
        .limit(BATCH)
        .execute();
      for (const row of rows) {
        const now = this.ctx.clock.now();
        // In order: a notice waiting for its retry holds back the ones after it.
        if (row.next_attempt_at !== null && row.next_attempt_at > now) return sent;
        if (!row.telegram_chat_id) {
          await this.giveUp(row.id, 'not linked');
          continue;
        }
        const chat = row.telegram_chat_id;
        const since = Date.now() - (this.lastToChat.get(chat) ?? 0);
        if (since < this.paceMs) await sleep(this.paceMs - since);
        if (this.hooks.bot() !== bot) return sent;
        const text = telegramText(
          botLang(row.telegram_lang),
          row.text_key,
          JSON.parse(row.params) as Record<string, string>,
        );
        let delivered = false;
        try {
          await bot.api.sendMessage(chat, text, { link_preview_options: { is_disabled: true } });
          delivered = true;
          this.lastToChat.set(chat, Date.now());
          // Marked in the step that records Telegram's answer: a notice is never sent twice. A busy
          // database gets the mark again a few times before anything is given up.
          for (let tries = 1; ; tries++) {
            try {
              await this.ctx.db
                .updateTable('outbox')
                .set({ sent_at: this.ctx.clock.now(), attempts: row.attempts + 1, error: null, next_attempt_at: null })
                .where('id', '=', row.id)
                .execute();
              break;
            } catch (e) {
              if (tries >= 10) throw e;
              await sleep(500);
            }
          }
          sent++;
          this.hooks.delivered();
        } catch (e) {
          // Sent, but it could not be marked (the database refused for seconds): stop here, never resend now.
          if (delivered) throw e;
          const blocked = e instanceof GrammyError && e.error_code === 403;
          const permanent = e instanceof GrammyError && (e.error_code === 400 || e.error_code === 403);
          const why = e instanceof GrammyError ? `${e.error_code}: ${e.description}` : String(e);
          if (permanent) {
            await this.giveUp(row.id, why);
            if (blocked) await this.dropLink(row.recipient_id);
            continue;
          }
          const wait = this.hooks.failed(e);
          const nextAt =
            this.ctx.clock.now() +
            (e instanceof GrammyError && e.error_code === 429 ? (wait ?? 5000) : retryDelayMs(row.attempts + 1));
          await this.ctx.db
            .updateTable('outbox')
            .set({ attempts: row.attempts + 1, next_attempt_at: nextAt, error: why })
            .where('id', '=', row.id)
            .execute();
          return sent;
        }
      }
      if (rows.length < BATCH) return sent;
    }
  }

  private async giveUp(id: number, why: string) {
    await this.ctx.db
      .updateTable('outbox')
      .set({ gave_up_at: this.ctx.clock.now(), error: why })
      .where('id', '=', id)
      .execute();
  }

  /** The user blocked the bot (403): the link is dropped, their queued notices with it, and the profile says so. */
  private async dropLink(userId: number) {
    const now = this.ctx.clock.now();
    await this.ctx.db
      .updateTable('users')
      .set({ telegram_chat_id: null, telegram_blocked_at: now })
      .where('id', '=', userId)
      .execute();
    await this.ctx.db
      .updateTable('outbox')
      .set({ gave_up_at: now, error: 'blocked by the user' })
      .where('recipient_id', '=', userId)
      .where('channel', '=', 'telegram')
      .where('sent_at', 'is', null)
      .where('gave_up_at', 'is', null)
      .execute();
    publish(this.ctx, new Changes().users(userId));
  }
}
