import type { RouterSlice } from '../../rpc/router';
import type { Modules } from '../index';

export const kpiRoutes = (m: Modules) =>
  ({
    'kpi.seller': (input, actor) => m.kpi.seller(actor, input),
    'kpi.targets': (input, actor) => m.kpi.targets(actor, input),
    'kpi.setTargets': (input, actor) => m.kpi.setTargets(actor, input),
    'kpi.team': (input) => m.kpi.team(input),
  }) satisfies RouterSlice<'kpi'>;
