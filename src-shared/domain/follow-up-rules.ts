import type { LeadStatus } from './lead-status';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

export const NEW_LEAD_DELAY_MS = 5 * MIN;

/**
 * A follow-up still pending this long after its due time is "overdue" for its notice (SPEC §5: one
 * notice, 60 minutes after the due time). The "Muddati O'tgan" list shows it from the due time on.
 */
export const OVERDUE_NOTICE_AFTER_MS = HOUR;

/**
 * A due time a person chose is refused when it is in the past (SPEC §5: "a manual follow-up is never
 * in the past"); the current minute still counts as now, since a minute picker cannot say better.
 */
export const isPastDue = (at: number, now: number) => at < now - MIN;

export const FOLLOWUP_KINDS = ['auto', 'manual', 'trial_reminder', 'reassignment', 'new_lead', 'reactivation'] as const;
export type FollowupKind = (typeof FOLLOWUP_KINDS)[number];

/**
 * Wall-clock offsets of the follow-ups created when a lead enters a status (SPEC §3). `new` is
 * handled at creation/assignment, `trial_registered` by the trial reminder, `lost` by the scheduler's
 * reactivation call (`reactivationAt`).
 */
export const STATUS_OFFSETS: Record<LeadStatus, number[]> = {
  new: [NEW_LEAD_DELAY_MS],
  contacted: [24 * HOUR, 3 * DAY, 7 * DAY],
  interested: [30 * MIN, 2 * DAY, 5 * DAY],
  trial_registered: [],
  trial_attended: [24 * HOUR],
  trial_missed: [30 * MIN, 24 * HOUR, 3 * DAY],
  offer_made: [24 * HOUR, 3 * DAY],
  enrolled: [],
  lost: [],
};

export interface PlannedFollowup {
  /** Unplaced due time; the caller puts it into the seller's working time. */
  at: number;
  kind: FollowupKind;
}

/** The follow-ups a status change at `now` asks for, before working-time placement. */
export function followupsForStatus(status: LeadStatus, now: number): PlannedFollowup[] {
  return STATUS_OFFSETS[status].map((offset) => ({ at: now + offset, kind: status === 'new' ? 'new_lead' : 'auto' }));
}

/**
 * When a lost lead's reactivation call falls due (SPEC §3): `days` after it was lost, before
 * working-time placement; null when the setting is 0 (off). The scheduler creates the call then, so a
 * change of the setting applies to every lost lead still waiting.
 */
export function reactivationAt(lostAt: number, days: number): number | null {
  return days > 0 ? lostAt + days * DAY : null;
}

/** Overdue delay buckets of the "Muddati O'tgan" filter. */
export const DELAY_BUCKETS = ['lt1h', '1to6h', '6to24h', 'gt24h'] as const;
export type DelayBucket = (typeof DELAY_BUCKETS)[number];

export function delayBucket(dueAt: number, now: number): DelayBucket | null {
  const delay = now - dueAt;
  if (delay <= 0) return null;
  if (delay < HOUR) return 'lt1h';
  if (delay < 6 * HOUR) return '1to6h';
  if (delay < 24 * HOUR) return '6to24h';
  return 'gt24h';
}

/** The due-time window (dueAt range) of a bucket: [from, to). */
export function bucketRange(bucket: DelayBucket, now: number): [number, number] {
  switch (bucket) {
    case 'lt1h':
      return [now - HOUR + 1, now];
    case '1to6h':
      return [now - 6 * HOUR + 1, now - HOUR + 1];
    case '6to24h':
      return [now - 24 * HOUR + 1, now - 6 * HOUR + 1];
    case 'gt24h':
      return [Number.MIN_SAFE_INTEGER, now - 24 * HOUR + 1];
  }
}
