import type { RouterSlice } from '../../rpc/router';
import type { Modules } from '../index';

export const leaveRoutes = (m: Modules) =>
  ({
    'leave.request': (input, actor) => m.leave.request(actor, input),
    'leave.mine': (input, actor) => m.leave.mine(actor, input),
    'leave.list': (input) => m.leave.list(input),
    'leave.approve': (input, actor) => m.leave.approve(actor, input),
    'leave.reject': (input, actor) => m.leave.reject(actor, input),
    'leave.cancel': (input, actor) => m.leave.cancel(actor, input),
  }) satisfies RouterSlice<'leave'>;
