import { z } from 'zod';
import { LANGS } from '../i18n/index';
import { ADMIN_ONLY } from '../domain/roles';
import { empty, epochMsOut, ok } from './common';
import { method } from './method';

/** How the bot stands: `off` (no token), `connected`, `bad_token` (Telegram refused it), `offline` (no internet), `conflict` (another poller on the token). */
export const BOT_STATES = ['off', 'connected', 'bad_token', 'offline', 'conflict'] as const;
export type BotState = (typeof BOT_STATES)[number];

export const telegramContract = {
  'telegram.linkCode': method({
    summary:
      '"Telegramni ulash": a one-time code (15 minutes, works once) and the deep link https://t.me/<bot>?start=<code>; the bot answers in `lang`. Refused when no bot is set up.',
    access: 'user',
    input: z.object({ lang: z.enum(LANGS).default('uz') }).default({ lang: 'uz' }),
    output: z.object({ code: z.string(), deepLink: z.string(), botUsername: z.string(), expiresAt: epochMsOut }),
  }),
  'telegram.unlink': method({
    summary: '"Uzish": the chat no longer gets notices or answers for this user.',
    access: 'user',
    input: empty,
    output: ok,
  }),
  'telegram.status': method({
    summary:
      "The bot's state for the settings page: its @username, connected or why not (last error and when), notices queued.",
    access: ADMIN_ONLY,
    input: empty,
    output: z.object({
      botUsername: z.string().nullable(),
      state: z.enum(BOT_STATES),
      lastError: z.string().nullable(),
      lastErrorAt: epochMsOut.nullable(),
      /** Telegram notices written and not yet delivered. */
      queued: z.number().int(),
    }),
  }),
} as const;
