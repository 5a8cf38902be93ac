/** Server-sent events: tell open windows what to refetch. Payloads carry ids only. */
export type AppEvent =
  | { type: 'user.changed'; id: number }
  | { type: 'lead.changed'; id: number }
  | { type: 'followup.changed'; leadId: number }
  | { type: 'dashboard.changed' }
  /** Someone got a notification; each window refetches its own. */
  | { type: 'notification.changed'; userIds: number[] };

export type AppEventType = AppEvent['type'];
