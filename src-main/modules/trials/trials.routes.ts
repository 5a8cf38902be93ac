import type { RouterSlice } from '../../rpc/router';
import type { Modules } from '../index';

export const trialsRoutes = (m: Modules) =>
  ({
    'trials.create': (input, actor) => m.trials.create(actor, input),
    'trials.setResult': (input, actor) => m.trials.setResult(actor, input),
    'trials.move': (input, actor) => m.trials.move(actor, input),
    'trials.list': (input, actor) => m.trials.list(actor, input),
  }) satisfies RouterSlice<'trials'>;
