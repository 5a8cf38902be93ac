import type { RouterSlice } from '../../rpc/router';
import { centreDay } from '../context';
import type { Modules } from '../index';
import type { Settings } from './settings.service';

const pickSettings = (x: Settings) => ({
  timeZone: x.timeZone,
  maxOverdueForAssignment: x.maxOverdueForAssignment,
  reactivationDays: x.reactivationDays,
});

export const settingsRoutes = (m: Modules) =>
  ({
    'settings.get': () => m.settings.all().then(pickSettings),
    'settings.public': async () => {
      const { timeZone, now, today } = await centreDay(m);
      return { timeZone, now, today };
    },
    'settings.update': (input) => m.settings.set(input).then(pickSettings),
  }) satisfies RouterSlice<'settings'>;
