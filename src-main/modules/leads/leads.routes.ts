import type { RouterSlice } from '../../rpc/router';
import type { Modules } from '../index';
import { exportLeads } from './leads-export';

export const leadsRoutes = (m: Modules) =>
  ({
    'leads.create': (input, actor) => m.leads.create(actor, input),
    'leads.get': (input, actor) => m.leads.get(actor, input.id),
    'leads.list': (input, actor) => m.leads.list(actor, input),
    'leads.export': async (input, actor) =>
      exportLeads(m.db, actor, input, await m.settings.get('timeZone'), m.clock.now()),
    'leads.update': (input, actor) => m.leads.update(actor, input),
    'leads.setStatus': (input, actor) => m.leadStatus.setStatus(actor, input),
    'leads.assign': (input, actor) => m.assignment.assign(actor, input),
    'leads.history': (input, actor) => m.leads.history(actor, input.id),
  }) satisfies RouterSlice<'leads'>;
