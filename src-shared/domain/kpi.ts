import { LEAD_STATUSES, type LeadStatus } from './lead-status';
import { type WorkSchedule } from './working-time';
import { addDays, isoWeekday, localParts, zonedToEpoch, zoneOffsetMs } from './zoned-time';
import { minutesOfDay } from './time-of-day';

/**
 * The seller KPI of SPEC §10 as pure functions over plain rows (the core reads the rows, these count).
 * A range is `from`…`to`, whole local days of the centre's zone, both included.
 */
export interface KpiRange {
  from: string;
  to: string;
  timeZone: string;
  /** The clock's now: days after today are not working days yet, calls not yet due are not due yet. */
  now: number;
}

/** A status change the seller made or a follow-up they marked done (the lead's history). */
export interface ContactRow {
  leadId: number;
  at: number;
}
export interface FollowupRow {
  dueAt: number;
  state: string;
  closeKind: string | null;
  /** How many such follow-ups the row stands for (the core groups them by state and close kind); 1 if absent. */
  n?: number;
}
export interface TrialRow {
  /** When it was booked. */
  createdAt: number;
  result: string | null;
}
/** A lead's first assignment to this seller (lead_assignments). */
export interface AssignmentRow {
  assignedAt: number;
  /** The seller's first contact with the lead after it, if any. */
  firstContactAt: number | null;
  /** The lead is enrolled now (SPEC: "leads assigned in range now enrolled", whoever sold it). */
  enrolled: boolean;
}

export interface SellerKpi {
  dailyContacts: { days: Array<{ date: string; count: number }>; averagePerWorkingDay: number | null };
  followupCompletion: { done: number; due: number; rate: number | null };
  trialsRegistered: number;
  trialToSale: { accepted: number; came: number; rate: number | null };
  conversion: { enrolled: number; assigned: number; rate: number | null };
  avgResponseMinutes: number | null;
  notContacted: number;
  overdue: number;
}

/** `a ÷ b`, or null when there is nothing to divide by (shown as "—"). */
export const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

/** [start, end) instants of the range. */
export function rangeBounds(r: Pick<KpiRange, 'from' | 'to' | 'timeZone'>): [number, number] {
  return [zonedToEpoch(r.from, 0, r.timeZone), zonedToEpoch(addDays(r.to, 1), 0, r.timeZone)];
}

/** Every date of the range, in order. */
export function datesOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to && out.length < 3700; d = addDays(d, 1)) out.push(d);
  return out;
}

/**
 * A working day of the seller: one of their work days, not wholly inside an absence or approved
 * leave (an hourly leave leaves the day a working day). Uses the same WorkSchedule as due-time placement.
 */
export function isWorkingDay(s: WorkSchedule, date: string): boolean {
  if (!s.workDays.includes(isoWeekday(date))) return false;
  if (s.blocked.length === 0) return true;
  const start = zonedToEpoch(date, minutesOfDay(s.workStart), s.timeZone);
  const end = zonedToEpoch(date, minutesOfDay(s.workEnd), s.timeZone);
  return !s.blocked.some((b) => b.start <= start && end <= b.end);
}

/** Working days of the seller in the range (SPEC §10: the average is per working day of the range, days ahead too). */
export function workingDaysIn(s: WorkSchedule, r: KpiRange): number {
  return datesOf(r.from, r.to).filter((d) => isWorkingDay(s, d)).length;
}

const DAY = 86_400_000;

/**
 * The local date of an instant in [start, end): plain arithmetic when the zone keeps one offset over
 * the range (Uzbekistan always does; Intl costs ~10 µs a call), else Intl.
 */
function localDateOf(tz: string, start: number, end: number): (t: number) => string {
  const offset = zoneOffsetMs(start, tz);
  if (offset !== zoneOffsetMs(end - 1, tz)) return (t) => localParts(t, tz).date;
  return (t) => new Date(Math.floor((t + offset) / DAY) * DAY).toISOString().slice(0, 10);
}

const CAME = ['attended', 'accepted', 'declined'];
const DONE_KINDS = ['done', 'bulk_done'];

export function sellerKpi(
  r: KpiRange,
  rows: {
    schedule: WorkSchedule;
    contacts: ContactRow[];
    followups: FollowupRow[];
    trials: TrialRow[];
    assignments: AssignmentRow[];
    overdue: number;
  },
): SellerKpi {
  const [start, end] = rangeBounds(r);
  const inRange = (t: number) => start <= t && t < end;

  // Distinct leads per local day: two calls to one lead on one day are one contact.
  const perDay = new Map<string, Set<number>>();
  const dateOf = localDateOf(r.timeZone, start, end);
  for (const c of rows.contacts) {
    if (!inRange(c.at)) continue;
    const date = dateOf(c.at);
    const leads = perDay.get(date) ?? new Set<number>();
    leads.add(c.leadId);
    perDay.set(date, leads);
  }
  const days = datesOf(r.from, r.to).map((date) => ({ date, count: perDay.get(date)?.size ?? 0 }));
  const total = days.reduce((n, d) => n + d.count, 0);

  // Due in the range (SPEC §10, as written: those still ahead count as not done yet); cancelled ones (a
  // status change, a moved trial) are left out.
  const due = rows.followups.filter((f) => inRange(f.dueAt) && f.state !== 'cancelled');
  const count = (fs: FollowupRow[]) => fs.reduce((n, f) => n + (f.n ?? 1), 0);
  const done = count(due.filter((f) => f.state === 'done' && DONE_KINDS.includes(f.closeKind ?? '')));

  const trials = rows.trials.filter((t) => inRange(t.createdAt));
  const came = trials.filter((t) => CAME.includes(t.result ?? '')).length;
  const accepted = trials.filter((t) => t.result === 'accepted').length;

  const assigned = rows.assignments.filter((a) => inRange(a.assignedAt));
  const contacted = assigned.filter((a) => a.firstContactAt !== null);
  const minutes = contacted.reduce((n, a) => n + (a.firstContactAt! - a.assignedAt) / 60_000, 0);
  const enrolled = assigned.filter((a) => a.enrolled).length;

  return {
    dailyContacts: { days, averagePerWorkingDay: ratio(total, workingDaysIn(rows.schedule, r)) },
    followupCompletion: { done, due: count(due), rate: ratio(done, count(due)) },
    trialsRegistered: trials.length,
    trialToSale: { accepted, came, rate: ratio(accepted, came) },
    conversion: { enrolled, assigned: assigned.length, rate: ratio(enrolled, assigned.length) },
    avgResponseMinutes: ratio(minutes, contacted.length),
    notContacted: assigned.length - contacted.length,
    overdue: rows.overdue,
  };
}

/** Monthly targets (SPEC §10); rates as fractions 0–1. */
export interface Targets {
  leads: number;
  trials: number;
  sales: number;
  followupCompletion: number;
  conversion: number;
}
export const DEFAULT_TARGETS: Targets = { leads: 50, trials: 30, sales: 10, followupCompletion: 0.85, conversion: 0.2 };
export const TARGET_KEYS = ['leads', 'trials', 'sales', 'followupCompletion', 'conversion'] as const;
export type TargetKey = (typeof TARGET_KEYS)[number];

type Of<A> = { actual: A; target: number };
export type Progress = Record<'leads' | 'trials' | 'sales', Of<number>> &
  Record<'followupCompletion' | 'conversion', Of<number | null>>;

/** A month's figures against its targets: leads assigned, trials booked, sales (leads enrolled), and the two rates. */
export function targetProgress(k: SellerKpi, t: Targets): Progress {
  return {
    leads: { actual: k.conversion.assigned, target: t.leads },
    trials: { actual: k.trialsRegistered, target: t.trials },
    sales: { actual: k.conversion.enrolled, target: t.sales },
    followupCompletion: { actual: k.followupCompletion.rate, target: t.followupCompletion },
    conversion: { actual: k.conversion.rate, target: t.conversion },
  };
}

/** First and last date of a `YYYY-MM` month. */
export function monthRange(month: string): { from: string; to: string } {
  const from = `${month}-01`;
  const next = addDays(`${month}-28`, 4).slice(0, 7);
  return { from, to: addDays(`${next}-01`, -1) };
}

/** The bit of each status in `leads.stages` (the statuses a lead had before its current one). */
export const stageBit = (s: LeadStatus) => 1 << LEAD_STATUSES.indexOf(s);

/**
 * The status funnel (SPEC §10): of these leads, how many ever reached each stage — every lead was new,
 * then the statuses it left (`stages`) and the one it has. Rows are grouped counts.
 */
export function funnel(
  rows: Array<{ status: LeadStatus; stages: number; n: number }>,
): Array<{ status: LeadStatus; count: number }> {
  const reached = rows.map((r) => ({ bits: r.stages | stageBit(r.status) | stageBit('new'), n: r.n }));
  return LEAD_STATUSES.map((status) => ({
    status,
    count: reached.reduce((n, r) => n + (r.bits & stageBit(status) ? r.n : 0), 0),
  }));
}

/**
 * Where a trend's counts are cut: the range's first day and every 1st of a month and every Monday in
 * it. Each piece lies inside one month and one ISO week, so counts per piece add up to both trends.
 */
export const segmentStarts = (from: string, to: string) =>
  datesOf(from, to).filter((d, i) => i === 0 || d.endsWith('-01') || isoWeekday(d) === 1);

/** Monday of the ISO week holding `date`. */
export const weekStart = (date: string) => addDays(date, 1 - isoWeekday(date));

/**
 * Buckets of a trend over the range: the months (`YYYY-MM`) or ISO weeks (their Monday) it touches,
 * each with the day counts that fall in it. `days` maps a local date to its counts.
 */
export function trend(
  from: string,
  to: string,
  by: 'month' | 'week',
  days: Map<string, { leads: number; sales: number }>,
): Array<{ period: string; leads: number; sales: number }> {
  const out = new Map<string, { period: string; leads: number; sales: number }>();
  for (const date of datesOf(from, to)) {
    const period = by === 'month' ? date.slice(0, 7) : weekStart(date);
    const b = out.get(period) ?? { period, leads: 0, sales: 0 };
    const d = days.get(date);
    if (d) {
      b.leads += d.leads;
      b.sales += d.sales;
    }
    out.set(period, b);
  }
  return [...out.values()];
}

/** A row of a lead's history as the core reads it. */
export interface HistoryRow {
  leadId: number;
  userId: number | null;
  at: number;
  type: string;
}

/**
 * A seller's contacts (SPEC §10): the status changes they made and the follow-ups they marked done.
 * A contact belongs to whoever made it: after a reassignment the old seller keeps theirs, the new one
 * starts from their own.
 */
export const contactsOf = (sellerId: number, history: HistoryRow[]): ContactRow[] =>
  history
    .filter((h) => h.userId === sellerId && (h.type === 'status' || h.type === 'followup_done'))
    .map((h) => ({ leadId: h.leadId, at: h.at }));

export const RANGE_PRESETS = ['today', 'thisWeek', 'lastWeek', 'thisMonth', 'lastMonth'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

/** The pages' presets (Bugun, Shu hafta, O'tgan hafta, Shu oy, O'tgan oy) for the centre's today; weeks start on Monday. */
export function presetRange(preset: RangePreset, today: string): { from: string; to: string } {
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case 'thisWeek': {
      const from = weekStart(today);
      return { from, to: addDays(from, 6) };
    }
    case 'lastWeek': {
      const from = addDays(weekStart(today), -7);
      return { from, to: addDays(from, 6) };
    }
    case 'thisMonth':
      return monthRange(today.slice(0, 7));
    case 'lastMonth':
      return monthRange(addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7));
  }
}
