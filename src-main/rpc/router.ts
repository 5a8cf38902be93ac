import type { Feature, IsPublic, MethodName, MethodOf, Output, ParsedInput } from '../../src-shared/contract/api';
import { authRoutes } from '../modules/auth/auth.routes';
import { backupsRoutes } from '../modules/backups/backups.routes';
import { catalogRoutes } from '../modules/catalog/catalog.routes';
import type { Actor } from '../modules/context';
import { dashboardRoutes } from '../modules/dashboard/dashboard.routes';
import { followupsRoutes } from '../modules/followups/followups.routes';
import type { Modules } from '../modules/index';
import { importsRoutes } from '../modules/imports/imports.routes';
import { kpiRoutes } from '../modules/kpi/kpi.routes';
import { analyticsRoutes } from '../modules/analytics/analytics.routes';
import { leadsRoutes } from '../modules/leads/leads.routes';
import { leaveRoutes } from '../modules/leave/leave.routes';
import { messagesRoutes } from '../modules/messages/messages.routes';
import { notifyRoutes } from '../modules/notify/notify.routes';
import { offersRoutes } from '../modules/offers/offers.routes';
import { settingsRoutes } from '../modules/settings/settings.routes';
import { telegramRoutes } from '../modules/telegram/telegram.routes';
import { trialsRoutes } from '../modules/trials/trials.routes';
import { usersRoutes } from '../modules/users/users.routes';

/** The caller as the dispatcher resolved it: signed in for every method that is not `public`. */
export type Caller<M extends MethodName> = IsPublic<M> extends true ? null : Actor;
export type Handler<M extends MethodName> = (input: ParsedInput<M>, actor: Caller<M>) => Promise<Output<M>>;
export type Router = { [M in MethodName]: Handler<M> };
/** One feature's handlers: `satisfies RouterSlice<'leads'>` makes a missing or foreign method a compile error. */
export type RouterSlice<F extends Feature> = { [M in MethodOf<F>]: Handler<M> };

/** Spreads the modules' route slices; `satisfies Router` makes a method without a handler a compile error. */
export function createRouter(m: Modules): Router {
  return {
    ...authRoutes(m),
    ...usersRoutes(m),
    ...dashboardRoutes(m),
    ...leadsRoutes(m),
    ...followupsRoutes(m),
    ...catalogRoutes(m),
    ...offersRoutes(m),
    ...trialsRoutes(m),
    ...settingsRoutes(m),
    ...notifyRoutes(m),
    ...messagesRoutes(m),
    ...leaveRoutes(m),
    ...telegramRoutes(m),
    ...importsRoutes(m),
    ...kpiRoutes(m),
    ...analyticsRoutes(m),
    ...backupsRoutes(m),
  } satisfies Router;
}
