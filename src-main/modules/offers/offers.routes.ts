import type { RouterSlice } from '../../rpc/router';
import type { Modules } from '../index';

export const offersRoutes = (m: Modules) =>
  ({
    'offers.list': (input, actor) => m.offers.list(actor, input),
    'offers.create': (input, actor) => m.offers.create(actor, input),
    'offers.update': (input) => m.offers.update(input),
    'offers.forLead': (input, actor) => m.offers.forLead(actor, input.leadId),
  }) satisfies RouterSlice<'offers'>;
