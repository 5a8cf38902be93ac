import type { Clock } from '../clock';
import type { Db } from '../db/connect';
import type { EventBus } from '../events';
import type { Logger } from '../logger';
import type { SettingsService } from './settings.service';

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
  role: 'admin' | 'manager' | 'seller';
  tokenHash: string;
}
