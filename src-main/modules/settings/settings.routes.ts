import type { RouterSlice } from '../../rpc/router';
import { centreDay } from '../context';
import type { Modules } from '../index';
import type { Settings } from './settings.service';

const pickSettings = (x: Settings) => ({
  timeZone: x.timeZone,
  maxOverdueForAssignment: x.maxOverdueForAssignment,
  reactivationDays: x.reactivationDays,
  telegramBotUsername: x.telegramBotUsername,
  telegramTokenSet: x.telegramBotUsername !== null,
});

export const settingsRoutes = (m: Modules) =>
  ({
    'settings.get': () => m.settings.all().then(pickSettings),
    'settings.public': async () => {
      const { timeZone, now, today } = await centreDay(m);
      return { timeZone, now, today };
    },
    'settings.update': async ({ telegramBotToken, ...values }) => {
      // The token first: one Telegram refuses keeps the whole form unsaved, under its field.
      if (telegramBotToken !== undefined) await m.telegram.setToken(telegramBotToken);
      return pickSettings(await m.settings.set(values));
    },
  }) satisfies RouterSlice<'settings'>;
