import type { Bot, Context } from 'grammy';
import type { FollowupOut } from '../../../src-shared/contract/followups';
import { translate, type Lang } from '../../../src-shared/i18n/index';
import type { Role } from '../../../src-shared/domain/roles';
import { Changes, publish } from '../changes';
import type { Actor, ServiceContext } from '../context';
import { noticeTime } from '../followups/followup-notices';
import type { KpiService } from '../kpi/kpi.service';
import type { FollowupsService } from '../followups/followups.service';
import { transaction } from '../../db/transaction';
import { quickStats } from './quick-stats';
import { botLang } from './texts';

interface Deps {
  ctx: ServiceContext;
  followups: FollowupsService;
  kpi: KpiService;
}

/** At most this many calls in one answer; the rest are counted ("va yana N ta"). */
const LIST_MAX = 20;

interface Linked {
  actor: Actor;
  lang: Lang;
  firstName: string;
}

/**
 * The bot's commands (SPEC §11): /start (with a link code), /help, /today, /overdue, /stats. A chat
 * not linked to an active user learns nothing but how to link. Commands run the same services as the
 * screens, as that user, with that user's rights.
 */
export function registerCommands(bot: Bot, d: Deps): void {
  const linked = async (chatId: number): Promise<Linked | null> => {
    const u = await d.ctx.db
      .selectFrom('users')
      .select(['id', 'role', 'first_name', 'telegram_lang'])
      .where('telegram_chat_id', '=', String(chatId))
      .where('active', '=', 1)
      .executeTakeFirst();
    return u
      ? {
          actor: { id: u.id, role: u.role as Role, tokenHash: '' },
          lang: botLang(u.telegram_lang),
          firstName: u.first_name,
        }
      : null;
  };
  /** Runs a command for a linked chat; an unlinked one is told how to link and nothing else. */
  const asUser = (handle: (c: Context, me: Linked) => Promise<string>) => async (c: Context) => {
    if (c.chat?.type !== 'private') return;
    const me = await linked(c.chat.id);
    await c.reply(me ? await handle(c, me) : translate('uz', 'bot.howToLink'));
  };

  bot.command('start', async (c) => {
    if (c.chat.type !== 'private') return;
    const code = c.match.trim();
    if (code) {
      const result = await link(d, c.chat.id, code);
      await c.reply(
        result ? translate(result.lang, 'bot.welcome', { name: result.firstName }) : translate('uz', 'bot.codeBad'),
      );
      return;
    }
    const me = await linked(c.chat.id);
    await c.reply(me ? translate(me.lang, 'bot.help') : translate('uz', 'bot.howToLink'));
  });
  bot.command(
    'help',
    asUser(async (_, me) => translate(me.lang, 'bot.help')),
  );
  bot.command(
    'today',
    asUser(async (_, me) => {
      const list = await d.followups.list(me.actor, { scope: 'today', page: 1, pageSize: LIST_MAX });
      return callList(me.lang, list, 'bot.today', 'bot.todayNone', d);
    }),
  );
  bot.command(
    'overdue',
    asUser(async (_, me) => {
      const list = await d.followups.list(me.actor, { scope: 'overdue', page: 1, pageSize: LIST_MAX });
      return callList(me.lang, list, 'bot.overdue', 'bot.overdueNone', d);
    }),
  );
  bot.command(
    'stats',
    asUser(async (_, me) => {
      const { team, ...figures } = await quickStats(d.ctx, d.kpi, me.actor);
      return translate(me.lang, team ? 'bot.statsTeam' : 'bot.statsMine', figures);
    }),
  );
  bot.on(
    'message',
    asUser(async (_, me) => translate(me.lang, 'bot.help')),
  );
}

async function callList(
  lang: Lang,
  list: { items: FollowupOut[]; total: number },
  title: 'bot.today' | 'bot.overdue',
  none: 'bot.todayNone' | 'bot.overdueNone',
  d: Deps,
): Promise<string> {
  if (list.total === 0) return translate(lang, none);
  const timeZone = await d.ctx.settings.get('timeZone');
  const lines = list.items.map((f) =>
    translate(lang, 'bot.call', {
      time: noticeTime(f.dueAt, timeZone),
      name: f.leadName,
      phone: f.leadPhone,
      status: translate(lang, `status.${f.leadStatus}`),
    }),
  );
  const more = list.total - list.items.length;
  return [
    translate(lang, title, { count: list.total }),
    ...lines,
    ...(more > 0 ? [translate(lang, 'bot.andMore', { count: more })] : []),
  ].join('\n');
}

/** `/start <code>`: a code not used and not expired links this chat to its user (and to nobody else). */
async function link(d: Deps, chatId: number, code: string): Promise<{ lang: Lang; firstName: string } | null> {
  const now = d.ctx.clock.now();
  const result = await transaction(d.ctx.db, async (trx) => {
    const row = await trx
      .updateTable('telegram_link_codes')
      .set({ used_at: now })
      .where('code', '=', code.toUpperCase())
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .returning(['user_id', 'lang'])
      .executeTakeFirst();
    if (!row) return null;
    const user = await trx
      .selectFrom('users')
      .select(['id', 'first_name', 'active'])
      .where('id', '=', row.user_id)
      .executeTakeFirst();
    if (!user || user.active !== 1) return null;
    const chat = String(chatId);
    const others = await trx.selectFrom('users').select('id').where('telegram_chat_id', '=', chat).execute();
    await trx.updateTable('users').set({ telegram_chat_id: null }).where('telegram_chat_id', '=', chat).execute();
    await trx
      .updateTable('users')
      .set({ telegram_chat_id: chat, telegram_blocked_at: null, telegram_lang: row.lang })
      .where('id', '=', user.id)
      .execute();
    return { userIds: [user.id, ...others.map((o) => o.id)], lang: botLang(row.lang), firstName: user.first_name };
  });
  if (!result) return null;
  publish(d.ctx, new Changes().users(...result.userIds));
  return result;
}
