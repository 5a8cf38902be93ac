import { z } from 'zod';
import { empty } from './common';
import { method } from './method';

export const settingsOut = z.object({
  timeZone: z.string(),
  maxOverdueForAssignment: z.number().int(),
  reactivationDays: z.number().int(),
  /** The bot's @username when a token is set; the token itself is never shown. */
  telegramBotUsername: z.string().nullable(),
  telegramTokenSet: z.boolean(),
  /** "Google Sheets Import": the sheet's link or id, the range ('' = first tab, all columns). */
  sheetsSpreadsheet: z.string().nullable(),
  sheetsRange: z.string(),
  /** The service account's e-mail when its key is saved (share the sheet with it); the key is never shown. */
  sheetsServiceAccount: z.string().nullable(),
});

export const settingsContract = {
  'settings.get': method({
    summary: 'System settings: time zone, overdue limit for auto-distribution, reactivation days.',
    access: ['admin', 'manager'],
    input: empty,
    output: settingsOut,
  }),
  'settings.public': method({
    summary:
      "What every signed-in screen needs: the centre's time zone (dates and times are shown in it), the server's now and today.",
    access: 'user',
    input: empty,
    output: z.object({
      timeZone: z.string(),
      /** The server's clock and today in the centre's zone. */ now: z.number().int(),
      today: z.string(),
    }),
  }),
  'settings.update': method({
    summary:
      'Change system settings (admin). A Telegram token Telegram refuses is not kept (telegramBotToken: telegram.error.badToken).',
    access: ['admin'],
    input: z.object({
      timeZone: z
        .string()
        .refine((tz) => {
          try {
            new Intl.DateTimeFormat('en', { timeZone: tz });
            return true;
          } catch {
            return false;
          }
        }, 'field.invalid')
        .optional(),
      maxOverdueForAssignment: z.number().int().min(1).max(1000).optional(),
      reactivationDays: z.number().int().min(0).max(365).optional(),
      /** The Telegram bot token from @BotFather, checked with getMe before it is kept (encrypted); "" removes it. */
      telegramBotToken: z.string().trim().max(200).optional(),
      /** The Google sheet's link (as the browser shows it) or its id; "" clears it (imports.sheets.badLink). */
      sheetsSpreadsheet: z.string().trim().max(500).optional(),
      /** A1 range such as `Lidlar!A1:F` or a tab's name; "" = the first tab (imports.sheets.badRangeText). */
      sheetsRange: z.string().trim().max(200).optional(),
      /** The service account's JSON key file, kept encrypted and never returned; "" removes it (imports.sheets.badKeyFile). */
      sheetsServiceAccountKey: z.string().trim().max(20_000).optional(),
    }),
    output: settingsOut,
  }),
} as const;
