import type { RouterSlice } from '../../rpc/router';
import type { Modules } from '../index';

export const catalogRoutes = (m: Modules) =>
  ({
    'courses.list': (input) => m.courses.list(input),
    'courses.create': (input) => m.courses.create(input),
    'courses.update': (input) => m.courses.update(input),
    'courses.delete': (input) => m.courses.delete(input.id),
    'rooms.list': () => m.roomsGroups.listRooms(),
    'rooms.create': (input) => m.roomsGroups.createRoom(input),
    'rooms.update': (input) => m.roomsGroups.updateRoom(input),
    'rooms.delete': (input) => m.roomsGroups.deleteRoom(input.id),
    'groups.list': (input) => m.roomsGroups.listGroups(input),
    'groups.create': (input) => m.roomsGroups.createGroup(input),
    'groups.update': (input) => m.roomsGroups.updateGroup(input),
    'groups.delete': (input) => m.roomsGroups.deleteGroup(input.id),
  }) satisfies RouterSlice<'catalog'>;
