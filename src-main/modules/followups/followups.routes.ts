import type { RouterSlice } from '../../rpc/router';
import type { Modules } from '../index';

export const followupsRoutes = (m: Modules) =>
  ({
    'followups.list': (input, actor) => m.followups.list(actor, input),
    'followups.create': (input, actor) => m.followups.create(actor, input),
    'followups.complete': (input, actor) => m.followups.complete(actor, input),
    'followups.bulk': (input, actor) => m.followups.bulk(actor, input),
  }) satisfies RouterSlice<'followups'>;
