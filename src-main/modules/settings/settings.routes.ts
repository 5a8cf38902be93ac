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
  sheetsSpreadsheet: x.sheetsSpreadsheet,
  sheetsRange: x.sheetsRange,
  sheetsServiceAccount: x.sheetsServiceAccount,
});

export const settingsRoutes = (m: Modules) =>
  ({
    'settings.get': () => m.settings.all().then(pickSettings),
    'settings.public': async () => {
      const { timeZone, now, today } = await centreDay(m);
      return { timeZone, now, today };
    },
    'settings.update': async ({
      telegramBotToken,
      sheetsSpreadsheet,
      sheetsRange,
      sheetsServiceAccountKey,
      ...values
    }) => {
      // Checked fields first: a bad value (a token Telegram refuses, a key that is no key) keeps the whole form unsaved.
      const saveSheets = m.sheetsSettings.check({ sheetsSpreadsheet, sheetsRange, sheetsServiceAccountKey });
      if (telegramBotToken !== undefined) await m.telegram.setToken(telegramBotToken);
      await saveSheets();
      return pickSettings(await m.settings.set(values));
    },
  }) satisfies RouterSlice<'settings'>;
