import type { MethodName, Output, ParsedInput } from '../../src-shared/contract/api';
import { AppError } from '../../src-shared/contract/errors';
import { centreDay, type Actor } from '../services/context';
import type { Services } from '../services/index';
import type { Settings } from '../services/settings.service';

const pickSettings = (x: Settings) => ({ timeZone: x.timeZone, maxOverdueForAssignment: x.maxOverdueForAssignment, reactivationDays: x.reactivationDays });

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

    'leads.create': (input, call) => s.leads.create(signedIn(call), input),
    'leads.get': (input, call) => s.leads.get(signedIn(call), input.id),
    'leads.list': (input, call) => s.leads.list(signedIn(call), input),
    'leads.update': (input, call) => s.leads.update(signedIn(call), input),
    'leads.setStatus': (input, call) => s.leadStatus.setStatus(signedIn(call), input),
    'leads.assign': (input, call) => s.assignment.assign(signedIn(call), input),
    'leads.history': (input, call) => s.leads.history(signedIn(call), input.id),

    'followups.list': (input, call) => s.followups.list(signedIn(call), input),
    'followups.create': (input, call) => s.followups.create(signedIn(call), input),
    'followups.complete': (input, call) => s.followups.complete(signedIn(call), input),
    'followups.bulk': (input, call) => s.followups.bulk(signedIn(call), input),

    'courses.list': (input) => s.courses.list(input),
    'courses.create': (input) => s.courses.create(input),
    'courses.update': (input) => s.courses.update(input),
    'courses.delete': (input) => s.courses.delete(input.id),
    'rooms.list': () => s.roomsGroups.listRooms(),
    'rooms.create': (input) => s.roomsGroups.createRoom(input),
    'rooms.update': (input) => s.roomsGroups.updateRoom(input),
    'rooms.delete': (input) => s.roomsGroups.deleteRoom(input.id),
    'groups.list': (input) => s.roomsGroups.listGroups(input),
    'groups.create': (input) => s.roomsGroups.createGroup(input),
    'groups.update': (input) => s.roomsGroups.updateGroup(input),
    'groups.delete': (input) => s.roomsGroups.deleteGroup(input.id),
    'offers.list': (input, call) => s.offers.list(signedIn(call), input),
    'offers.create': (input, call) => s.offers.create(signedIn(call), input),
    'offers.update': (input) => s.offers.update(input),
    'offers.forLead': (input, call) => s.offers.forLead(signedIn(call), input.leadId),
    'trials.create': (input, call) => s.trials.create(signedIn(call), input),
    'trials.setResult': (input, call) => s.trials.setResult(signedIn(call), input),
    'trials.list': (input, call) => s.trials.list(signedIn(call), input),
    'notifications.list': (input, call) => s.notify.list(signedIn(call), input),
    'notifications.markRead': (input, call) => s.notify.markRead(signedIn(call), input),
    'settings.get': () => s.settings.all().then(pickSettings),
    'settings.public': async () => {
      const { timeZone, now, today } = await centreDay(s);
      return { timeZone, now, today };
    },
    'settings.update': (input) => s.settings.set(input).then(pickSettings),
  } satisfies Router;
}
