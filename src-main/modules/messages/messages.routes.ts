import type { RouterSlice } from '../../rpc/router';
import type { Modules } from '../index';

export const messagesRoutes = (m: Modules) =>
  ({
    'messages.send': (input, actor) => m.messages.send(actor, input),
    'messages.inbox': (input, actor) => m.messages.inbox(actor, input),
    'messages.open': (input, actor) => m.messages.open(actor, input),
    'messages.sent': (input, actor) => m.messages.sent(actor, input),
    'messages.delete': (input, actor) => m.messages.delete(actor, input),
  }) satisfies RouterSlice<'messages'>;
