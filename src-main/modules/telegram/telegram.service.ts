import { randomInt } from 'node:crypto';
import { Api, Bot, GrammyError, HttpError } from 'grammy';
import { sql } from 'kysely';
import type { Output, ParsedInput } from '../../../src-shared/contract/api';
import { AppError, fieldError } from '../../../src-shared/contract/errors';
import type { BotState } from '../../../src-shared/contract/telegram';
import { Changes, publish } from '../changes';
import type { Actor, ServiceContext } from '../context';
import type { FollowupsService } from '../followups/followups.service';
import type { KpiService } from '../kpi/kpi.service';
import { registerCommands } from './bot-commands';
import type { Secrets } from '../settings/secrets';
import { TelegramSender } from './telegram-sender';

export interface TelegramOptions {
  /** The Bot API base URL: `TELEGRAM_API_ROOT`, default https://api.telegram.org (tests: a fake on 127.0.0.1). */
  apiRoot: string;
  secrets: Secrets;
  /** Whether the bot polls and the sender wakes on their own (off in tests, which call pollOnce/sendDue). */
  loops: boolean;
  /** The least time between two messages to one chat (Telegram: about 1 per second). */
  paceMs?: number;
}

const TOKEN_SECRET = 'telegram_bot_token';
const CODE_TTL_MS = 15 * 60_000;
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** Bot API tokens look like `123456789:AA…` (35 characters after the colon). */
const TOKEN_SHAPE = /^\d{5,}:[A-Za-z0-9_-]{30,}$/;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The Telegram bot (SPEC §11): the token (checked with getMe, kept encrypted, never returned or
 * logged), one-time link codes, the long-polling bot answering commands as the linked user, and the
 * sender delivering the outbox's Telegram rows in order. It runs in the core, so only where the
 * database is; a second poller on the same token shows as `conflict`, never a crash.
 */
export class TelegramService {
  private token: string | null = null;
  private bot: Bot | null = null;
  private state: BotState = 'off';
  private lastError: string | null = null;
  private lastErrorAt: number | null = null;
  private abort: AbortController | null = null;
  private readonly sender: TelegramSender;
  private offset = 0;
  private timer: NodeJS.Timeout | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private ctx: ServiceContext,
    private followups: FollowupsService,
    private kpi: KpiService,
    private opts: TelegramOptions,
  ) {
    this.sender = new TelegramSender(ctx, opts.paceMs ?? 1000, {
      bot: () => (this.state === 'bad_token' ? null : this.bot),
      failed: (e) => this.recordError(e),
      delivered: () => {
        if (this.state !== 'conflict') this.state = 'connected';
      },
    });
  }

  /** Delivers the Telegram notices now due (the loop, a queued notice, the test clock). */
  sendDue(): Promise<number> {
    return this.sender.sendDue();
  }

  /** Starts the bot when a token is kept. */
  async start(): Promise<void> {
    const token = await this.opts.secrets.get(TOKEN_SECRET);
    if (token) await this.connect(token);
    if (this.opts.loops) {
      this.unsubscribe = this.ctx.events.subscribe((e) => {
        if (e.type === 'telegram.queued') void this.sendDue();
      });
      const tick = () => {
        this.timer = setTimeout(() => void this.sendDue().finally(tick), 2_000);
        this.timer.unref();
      };
      tick();
    }
  }

  async stop(): Promise<void> {
    this.unsubscribe?.();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.disconnect();
    await this.sender.idle();
  }

  private disconnect() {
    this.abort?.abort();
    this.abort = null;
    this.bot = null;
    this.token = null;
    this.state = 'off';
  }

  private async connect(token: string): Promise<void> {
    this.disconnect();
    const bot = new Bot(token, { client: { apiRoot: this.opts.apiRoot, timeoutSeconds: 40 } });
    registerCommands(bot, { ctx: this.ctx, followups: this.followups, kpi: this.kpi });
    bot.catch((err) => this.recordError(err.error));
    this.bot = bot;
    this.token = token;
    this.state = 'connected';
    this.offset = Number((await this.ctx.settings.get('telegramUpdateOffset')) ?? 0);
    if (this.opts.loops) void this.pollLoop(bot);
  }

  /** `settings.update` with `telegramBotToken`: checked with getMe before it is kept; "" removes it. */
  async setToken(raw: string): Promise<void> {
    const token = raw.trim();
    if (!token) {
      await this.opts.secrets.set(TOKEN_SECRET, null);
      await this.ctx.settings.set({ telegramBotUsername: null });
      this.disconnect();
      return;
    }
    if (!TOKEN_SHAPE.test(token)) throw fieldError('telegramBotToken', 'telegram.error.badToken');
    let username: string;
    try {
      const me = await new Api(token, { apiRoot: this.opts.apiRoot, timeoutSeconds: 15 }).getMe();
      username = me.username;
    } catch (e) {
      if (e instanceof GrammyError) throw fieldError('telegramBotToken', 'telegram.error.badToken');
      throw fieldError('telegramBotToken', 'telegram.error.unreachable');
    }
    await this.opts.secrets.set(TOKEN_SECRET, token);
    await this.ctx.settings.set({ telegramBotUsername: username, telegramUpdateOffset: 0 });
    this.lastError = null;
    this.lastErrorAt = null;
    await this.connect(token);
  }

  async linkCode(actor: Actor, input: ParsedInput<'telegram.linkCode'>): Promise<Output<'telegram.linkCode'>> {
    const botUsername = await this.ctx.settings.get('telegramBotUsername');
    if (!this.token || !botUsername) throw new AppError('RULE', 'telegram.error.noBot');
    const now = this.ctx.clock.now();
    const code = Array.from({ length: 10 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
    const expiresAt = now + CODE_TTL_MS;
    // A new code replaces the user's earlier ones that were not used.
    await this.ctx.db
      .deleteFrom('telegram_link_codes')
      .where('user_id', '=', actor.id)
      .where('used_at', 'is', null)
      .execute();
    await this.ctx.db
      .insertInto('telegram_link_codes')
      .values({ code, user_id: actor.id, lang: input.lang, expires_at: expiresAt })
      .execute();
    return { code, deepLink: `https://t.me/${botUsername}?start=${code}`, botUsername, expiresAt };
  }

  async unlink(actor: Actor): Promise<{ ok: true }> {
    await this.ctx.db
      .updateTable('users')
      .set({ telegram_chat_id: null, telegram_blocked_at: null })
      .where('id', '=', actor.id)
      .execute();
    publish(this.ctx, new Changes().users(actor.id));
    return { ok: true };
  }

  async status(): Promise<Output<'telegram.status'>> {
    const { n } = await this.ctx.db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('channel', '=', sql.lit('telegram'))
      .where('sent_at', 'is', null)
      .where('gave_up_at', 'is', null)
      .executeTakeFirstOrThrow();
    return {
      botUsername: this.token ? await this.ctx.settings.get('telegramBotUsername') : null,
      state: this.token ? this.state : 'off',
      lastError: this.lastError,
      lastErrorAt: this.lastErrorAt,
      queued: Number(n),
    };
  }

  /**
   * Answers what users wrote to the bot since the last call (tests call it directly; the loop long-polls
   * with `timeoutSec`). The offset is kept in the database, so a restart never answers a message twice.
   */
  async pollOnce(timeoutSec = 0): Promise<number> {
    try {
      return await this.poll(timeoutSec);
    } catch (e) {
      this.recordError(e);
      throw e;
    }
  }

  private async poll(timeoutSec: number): Promise<number> {
    const bot = this.bot;
    if (!bot) return 0;
    if (!bot.isInited()) await bot.init();
    if (this.offset === 0) await bot.api.deleteWebhook(); // long polling: a webhook left from elsewhere would block it
    this.abort = new AbortController();
    // grammY types its signal from the abort-controller polyfill; Node's own AbortSignal is what it uses at runtime.
    const signal = this.abort.signal as unknown as Parameters<typeof bot.api.getUpdates>[1];
    const updates = await bot.api.getUpdates({ offset: this.offset || undefined, timeout: timeoutSec }, signal);
    for (const u of updates) {
      await bot.handleUpdate(u);
      this.offset = u.update_id + 1;
      await this.ctx.settings.set({ telegramUpdateOffset: this.offset });
    }
    if (this.bot === bot) this.state = 'connected';
    return updates.length;
  }

  private async pollLoop(bot: Bot): Promise<void> {
    let failures = 0;
    while (this.bot === bot) {
      try {
        await this.poll(25);
        failures = 0;
      } catch (e) {
        if (this.bot !== bot) return;
        const wait = this.recordError(e);
        if (wait === null) return; // the token was refused: nothing to do until a new one is saved
        await sleep(Math.min(wait * 2 ** Math.min(failures++, 4), 60_000));
      }
    }
  }

  /** Keeps the state and the last error (never the token); says how long to wait before trying again, null to stop. */
  private recordError(e: unknown): number | null {
    const text =
      e instanceof GrammyError ? `${e.error_code}: ${e.description}` : e instanceof Error ? e.message : String(e);
    this.lastError = this.token ? text.split(this.token).join('***') : text;
    this.lastErrorAt = this.ctx.clock.now();
    if (e instanceof GrammyError) {
      if (e.error_code === 401 || e.error_code === 404) {
        this.state = 'bad_token';
        return null;
      }
      if (e.error_code === 409) {
        this.state = 'conflict';
        return 30_000;
      }
      if (e.error_code === 429) return (e.parameters.retry_after ?? 5) * 1000;
      return 5_000;
    }
    if (e instanceof HttpError) this.state = 'offline';
    return 5_000;
  }
}
