import type { RouterSlice } from '../../rpc/router';
import type { Modules } from '../index';

export const authRoutes = (m: Modules) =>
  ({
    'auth.setupStatus': async () => ({ needsSetup: await m.auth.needsSetup() }),
    'auth.setup': (input) => m.auth.setup(input),
    'auth.login': (input) => m.auth.login(input),
    'auth.logout': (_, actor) => m.auth.logout(actor),
    'auth.me': (_, actor) => m.auth.me(actor.id),
    'auth.updateProfile': (input, actor) => m.auth.updateProfile(actor, input),
    'auth.changePassword': (input, actor) => m.auth.changePassword(actor, input),
  }) satisfies RouterSlice<'auth'>;
