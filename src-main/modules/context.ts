import type { Role } from '../../src-shared/domain/roles';
import { dayBounds, localParts } from '../../src-shared/domain/zoned-time';
import type { Clock } from '../clock';
import type { Db } from '../db/connect';
import type { EventBus } from '../events';
import type { Logger } from '../logger';
import type { SettingsService } from './settings/settings.service';

/** What every service is built from. */
export interface ServiceContext {
  db: Db;
  clock: Clock;
  events: EventBus;
  log: Logger;
  settings: SettingsService;
}

/** The signed-in caller, as the dispatcher resolved it from the token. */
export interface Actor {
  id: number;
  role: Role;
  tokenHash: string;
}

/**
 * What "now" and "today" mean everywhere (SPEC §3): the clock's instant, the centre's time zone,
 * today's date there and its [start, end) instants.
 */
export async function centreDay(ctx: Pick<ServiceContext, 'clock' | 'settings'>) {
  const timeZone = await ctx.settings.get('timeZone');
  const now = ctx.clock.now();
  const today = localParts(now, timeZone).date;
  const [dayStart, dayEnd] = dayBounds(today, timeZone);
  return { now, timeZone, today, dayStart, dayEnd };
}
