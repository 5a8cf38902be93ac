import type { RouterSlice } from '../../rpc/router';
import type { Modules } from '../index';

export const usersRoutes = (m: Modules) =>
  ({
    'users.create': (input, actor) => m.users.create(actor, input),
    'users.update': (input, actor) => m.users.update(actor, input),
    'users.get': (input) => m.users.get(input.id),
    'users.list': (input) => m.users.list(input),
    'users.resetPassword': (input) => m.users.resetPassword(input),
    'absences.create': (input, actor) => m.absences.create(actor, input),
    'absences.list': (input) => m.absences.list(input),
    'absences.delete': (input) => m.absences.delete(input),
  }) satisfies RouterSlice<'users'>;
