import type { RouterSlice } from '../../rpc/router';
import type { Modules } from '../index';

export const telegramRoutes = (m: Modules) =>
  ({
    'telegram.linkCode': (input, actor) => m.telegram.linkCode(actor, input),
    'telegram.unlink': (_, actor) => m.telegram.unlink(actor),
    'telegram.status': () => m.telegram.status(),
  }) satisfies RouterSlice<'telegram'>;
