import type { AppEvent } from '../src-shared/contract/events';

export type EventListener = (e: AppEvent) => void;

/** In-process fan-out of change events to the SSE stream and the Electron windows. */
export class EventBus {
  private listeners = new Set<EventListener>();
  subscribe(fn: EventListener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
  private sessionListeners = new Set<() => void>();
  /** Sessions were ended (logout, deactivation, password reset): open streams check theirs at once. */
  onSessionsEnded(fn: () => void): () => void {
    this.sessionListeners.add(fn);
    return () => this.sessionListeners.delete(fn);
  }
  sessionsEnded(): void {
    for (const fn of this.sessionListeners) fn();
  }
  emit(e: AppEvent): void {
    for (const fn of this.listeners) {
      try {
        fn(e);
      } catch {
        // A broken listener (a closed socket) must not stop the others or the write that emitted.
      }
    }
  }
}
