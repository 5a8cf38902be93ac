import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppEvent } from '../../../src-shared/contract/events';
import type { Core } from '../../core';
import type { Actor } from '../../modules/context';
import { cleanOrigin } from '../../rpc/call-origin';

/** How often an open stream checks that its session still stands (expiry); ended sessions are told at once. */
export const SESSION_CHECK_MS = 30_000;
const PING_MS = 25_000;
const TICKET_TTL_MS = 60_000;
const MAX_TICKETS = 10_000;

/**
 * One-time tickets for browsers' EventSource, which cannot send a header: the session token never
 * rides in a URL (logs, history), only a ticket that works once, within a minute.
 */
export class StreamTickets {
  private tickets = new Map<string, { token: string; expiresAt: number }>();

  issue(token: string): string {
    const now = Date.now();
    if (this.tickets.size >= MAX_TICKETS) {
      for (const [k, v] of this.tickets) if (v.expiresAt <= now) this.tickets.delete(k);
      if (this.tickets.size >= MAX_TICKETS) this.tickets.delete(this.tickets.keys().next().value!);
    }
    const ticket = randomBytes(24).toString('base64url');
    this.tickets.set(ticket, { token, expiresAt: now + TICKET_TTL_MS });
    return ticket;
  }

  redeem(ticket: string | null): string | null {
    if (!ticket) return null;
    const t = this.tickets.get(ticket);
    this.tickets.delete(ticket);
    return t && t.expiresAt > Date.now() ? t.token : null;
  }
}

/**
 * What of an event this user may see: a seller hears only of their own leads (and of leads just
 * taken from them), only of their own user row, notifications, messages and leave requests; nobody hears
 * of another person's notifications or messages. Null: nothing to tell them.
 */
export async function visibleEvent(core: Core, actor: Actor, e: AppEvent): Promise<AppEvent | null> {
  if (e.type === 'telegram.queued') return null; // for the core's sender only
  if (e.type === 'notification.changed' || e.type === 'message.changed')
    return e.userIds.includes(actor.id) ? { ...e, userIds: [actor.id] } : null;
  if (actor.role !== 'seller') return e;
  if (e.type === 'leave.changed') return e.userIds.includes(actor.id) ? { ...e, userIds: [actor.id] } : null;
  if (e.type === 'user.changed') return e.ids.includes(actor.id) ? { ...e, ids: [actor.id] } : null;
  if (e.type === 'lead.changed' || e.type === 'followup.changed') {
    const ids = e.type === 'lead.changed' ? e.ids : e.leadIds;
    const mine = new Set(await ownedOnce(core, e, actor.id, ids));
    for (const h of e.handedOver ?? []) if (h.fromSellerId === actor.id) mine.add(h.leadId);
    const kept = ids.filter((id) => mine.has(id));
    if (!kept.length) return null;
    return e.type === 'lead.changed' ? { ...e, ids: kept } : { ...e, leadIds: kept };
  }
  return e;
}

/** One ownership look-up per event and seller, however many windows that seller has open. */
const ownership = new WeakMap<AppEvent, Map<number, Promise<number[]>>>();
function ownedOnce(core: Core, e: AppEvent, sellerId: number, ids: number[]): Promise<number[]> {
  let bySeller = ownership.get(e);
  if (!bySeller) ownership.set(e, (bySeller = new Map()));
  let owned = bySeller.get(sellerId);
  if (!owned) bySeller.set(sellerId, (owned = core.modules.access.ownedLeadIds(sellerId, ids)));
  return owned;
}

/** A window that stops reading is dropped before its unread events pile up in the primary's memory. */
const MAX_UNREAD_BYTES = 1024 * 1024;

/** The live event stream of one signed-in window; it ends when the session does. */
export function streamEvents(core: Core, req: IncomingMessage, res: ServerResponse, token: string, actor: Actor) {
  const window = cleanOrigin(new URLSearchParams(req.url?.split('?')[1] ?? '').get('window'));
  res.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-content-type-options': 'nosniff',
  });
  res.write(': connected\n\n');
  // Events are filtered one after another so they reach the window in the order they happened.
  let queue = Promise.resolve();
  let closed = false;
  const end = () => {
    if (closed) return;
    closed = true;
    off();
    offSessions();
    clearInterval(ping);
    clearInterval(check);
    res.end();
  };
  const stillSignedIn = () =>
    core.modules.auth.resolve(token).then(
      () => undefined,
      () => end(),
    );
  const off = core.events.subscribe((e) => {
    queue = queue.then(async () => {
      if (closed) return;
      if (e.type === 'user.changed' && e.ids.includes(actor.id)) await stillSignedIn();
      const visible = closed ? null : await visibleEvent(core, actor, e).catch(() => null);
      if (!visible || closed) return;
      const { origin, handedOver: _handedOver, ...event } = visible;
      res.write(`event: ${e.type}\ndata: ${JSON.stringify({ ...event, self: !!window && origin === window })}\n\n`);
      if (res.writableLength > MAX_UNREAD_BYTES) end();
    });
  });
  const offSessions = core.events.onSessionsEnded(() => void stillSignedIn());
  const ping = setInterval(() => res.write(': ping\n\n'), PING_MS);
  const check = setInterval(() => void stillSignedIn(), SESSION_CHECK_MS);
  req.on('close', end);
}
