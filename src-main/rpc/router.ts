import type { MethodName, Output, ParsedInput } from '../../src-shared/contract/api';
import { AppError } from '../../src-shared/contract/errors';
import type { Actor } from '../services/context';
import type { Services } from '../services/index';

export interface Call {
  /** Null only for `public` methods. */
  actor: Actor | null;
}

type Handler<M extends MethodName> = (input: ParsedInput<M>, call: Call) => Promise<Output<M>>;
export type Router = { [M in MethodName]: Handler<M> };

function signedIn(call: Call): Actor {
  if (!call.actor) throw new AppError('UNAUTHENTICATED', 'error.unauthenticated');
  return call.actor;
}

/** One handler per contract method; `satisfies Router` makes a missing one a compile error. */
export function createRouter(s: Services) {
  return {
    'auth.setupStatus': async () => ({ needsSetup: await s.auth.needsSetup() }),
    'auth.setup': (input) => s.auth.setup(input),
    'auth.login': (input) => s.auth.login(input),
    'auth.logout': (_, call) => s.auth.logout(signedIn(call)),
    'auth.me': (_, call) => s.auth.me(signedIn(call).id),
    'auth.updateProfile': (input, call) => s.auth.updateProfile(signedIn(call), input),
    'auth.changePassword': (input, call) => s.auth.changePassword(signedIn(call), input),

    'users.create': (input, call) => s.users.create(signedIn(call), input),
    'users.update': (input, call) => s.users.update(signedIn(call), input),
    'users.get': (input) => s.users.get(input.id),
    'users.list': (input) => s.users.list(input),
    'users.resetPassword': (input) => s.users.resetPassword(input),
    'absences.create': (input, call) => s.absences.create(signedIn(call), input),
    'absences.list': (input) => s.absences.list(input),
    'absences.delete': (input) => s.absences.delete(input),

    'dashboard.get': (_, call) => s.dashboard.get(signedIn(call)),
  } satisfies Router;
}
