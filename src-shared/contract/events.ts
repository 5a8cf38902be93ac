/**
 * Server-sent events: tell open windows what to refetch. Payloads carry ids only. One event per
 * change however many rows it touched, sent after the commit (`src-main/modules/changes.ts`).
 */
export type AppEvent = Change & {
  /** Core side: the window whose call made the change (`x-crm-window`); never sent to a window. */
  origin?: string;
  /** Core side: leads that left a seller in this change, so that seller's windows hear of it too. */
  handedOver?: Array<{ leadId: number; fromSellerId: number }>;
  /** Window side: this window made the change itself, so it already holds what its call returned. */
  self?: boolean;
};

type Change =
  | { type: 'user.changed'; ids: number[] }
  | { type: 'lead.changed'; ids: number[] }
  /** Follow-ups of these leads changed. */
  | { type: 'followup.changed'; leadIds: number[] }
  | { type: 'dashboard.changed' }
  /** Someone got or read a notification; each window of these users refetches its own. */
  | { type: 'notification.changed'; userIds: number[] }
  /** Messages of these users changed (got one, read one, one deleted): inboxes, counters and sent lists refetch. */
  | { type: 'message.changed'; userIds: number[] }
  /** Leave requests of these sellers changed (asked, decided, withdrawn). */
  | { type: 'leave.changed'; userIds: number[] }
  /** Core side only: Telegram notices were queued, the sender wakes. Never sent to a window. */
  | { type: 'telegram.queued' }
  /** A backup was restored: every session ended, every window goes back to the login page and says why. */
  | { type: 'system.restored' };

export type AppEventType = AppEvent['type'];

/** The one list of event types: the SSE stream names its events by it and the browser listens to each. */
export const EVENT_TYPES = [
  'user.changed',
  'lead.changed',
  'followup.changed',
  'dashboard.changed',
  'notification.changed',
  'message.changed',
  'leave.changed',
  'system.restored',
] as const satisfies readonly AppEventType[];

/** The ids an event carries, for a window deciding whether it shows any of them. */
export function eventIds(e: AppEvent): number[] | null {
  switch (e.type) {
    case 'user.changed':
    case 'lead.changed':
      return e.ids;
    case 'followup.changed':
      return e.leadIds;
    case 'notification.changed':
    case 'message.changed':
    case 'leave.changed':
      return e.userIds;
    case 'dashboard.changed':
    case 'telegram.queued':
    case 'system.restored':
      return null;
  }
}
