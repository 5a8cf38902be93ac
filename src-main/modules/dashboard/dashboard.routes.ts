import type { RouterSlice } from '../../rpc/router';
import type { Modules } from '../index';

export const dashboardRoutes = (m: Modules) =>
  ({
    'dashboard.get': (_, actor) => m.dashboard.get(actor),
  }) satisfies RouterSlice<'dashboard'>;
