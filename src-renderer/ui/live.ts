import { useEffect, useRef } from 'react';
import type { AppEvent, AppEventType } from '../../src-shared/contract/events';
import { transport } from '../api/client';

/** Which live events a view cares about. */
export type Touches = (e: AppEvent) => boolean;

/** A burst of events (a bulk change, an import) costs one reload, this long after the last of them. */
export const REFRESH_DEBOUNCE_MS = 200;

/** Any event of these types: for lists and counters, which a change anywhere may alter. */
export const ofType =
  (...types: AppEventType[]): Touches =>
  (e) =>
    types.includes(e.type);

/** One lead's own facts changed, by another window (this one already has what its call returned). */
export const leadChangedElsewhere =
  (leadId: number): Touches =>
  (e) =>
    e.type === 'lead.changed' && !e.self && e.ids.includes(leadId);

/** Anything that shows up in one lead's history or follow-ups: its facts or its calls. */
export const leadActivity =
  (leadId: number): Touches =>
  (e) =>
    (e.type === 'lead.changed' && e.ids.includes(leadId)) ||
    (e.type === 'followup.changed' && e.leadIds.includes(leadId));

export const followupsOfLead =
  (leadId: number): Touches =>
  (e) =>
    e.type === 'followup.changed' && e.leadIds.includes(leadId);

/** Someone's messages changed: got one, read one, one deleted (their inbox, counter, sent list). */
export const messagesOf =
  (userId: number): Touches =>
  (e) =>
    e.type === 'message.changed' && e.userIds.includes(userId);

/** One seller's leave requests changed (asked, decided, withdrawn). */
export const leaveOf =
  (userId: number): Touches =>
  (e) =>
    e.type === 'leave.changed' && e.userIds.includes(userId);

/** Calls `onChange` once per burst of events that touch what a view shows. */
export function useLiveRefresh(touches: Touches | null, onChange: () => void) {
  const latest = useRef({ touches, onChange });
  useEffect(() => {
    latest.current = { touches, onChange };
  });
  const enabled = touches !== null;
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = transport.subscribe((e) => {
      if (!latest.current.touches?.(e)) return;
      clearTimeout(timer);
      timer = setTimeout(() => latest.current.onChange(), REFRESH_DEBOUNCE_MS);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, [enabled]);
}
