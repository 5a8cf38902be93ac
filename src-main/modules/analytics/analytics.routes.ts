import type { RouterSlice } from '../../rpc/router';
import type { Modules } from '../index';

export const analyticsRoutes = (m: Modules) =>
  ({
    'analytics.get': (input) => m.analytics.get(input),
    'analytics.export': (input) => m.analytics.export(input),
  }) satisfies RouterSlice<'analytics'>;
