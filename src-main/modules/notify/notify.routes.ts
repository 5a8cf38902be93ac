import type { RouterSlice } from '../../rpc/router';
import type { Modules } from '../index';

export const notifyRoutes = (m: Modules) =>
  ({
    'notifications.list': (input, actor) => m.notify.list(actor, input),
    'notifications.markRead': (input, actor) => m.notify.markRead(actor, input),
  }) satisfies RouterSlice<'notify'>;
