import { addDays, localParts, zonedToEpoch } from './zoned-time';

/**
 * Backups (SPEC §12). Automatic ones are `daily` when made and become `weekly` or `monthly` as they age
 * into those tiers; the others stay until the admin deletes them.
 */
export const BACKUP_KINDS = [
  'daily',
  'weekly',
  'monthly',
  'manual',
  'pre-migration',
  'pre-import',
  'pre-restore',
] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];
export const AUTO_KINDS = ['daily', 'weekly', 'monthly'] as const satisfies readonly BackupKind[];
export type AutoKind = (typeof AUTO_KINDS)[number];
export const isAutoKind = (kind: BackupKind): kind is AutoKind => (AUTO_KINDS as readonly string[]).includes(kind);

export const KEEP_DAILY = 7;
export const KEEP_WEEKLY = 4;
export const KEEP_MONTHLY = 12;

export interface DatedBackup {
  name: string;
  createdAt: number;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
const epochDay = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
/** Monday-based week number, zero-padded so keys sort as text (1970-01-01, day 0, was a Thursday). */
export const weekKey = (date: string) => String(Math.floor((epochDay(date) + 3) / 7)).padStart(6, '0');
export const monthKey = (date: string) => date.slice(0, 7);

/**
 * Which automatic backups to keep, and as what: walking from the newest, the newest backup of each of
 * the 7 newest calendar days is `daily`; among the older ones, the newest of each of the next 4 weeks
 * (Monday–Sunday) is `weekly`; among those older still, the newest of each of the next 12 calendar
 * months is `monthly`. Everything else is deleted. Days, weeks and months are the centre's (`timeZone`).
 *
 * Buckets are calendar ones, so the rule is stable when applied every day: a backup kept for its week
 * stays kept until a newer one of the same week replaces it or the week falls out of the four.
 */
export function planRetention(backups: readonly DatedBackup[], timeZone: string): Map<string, AutoKind | null> {
  const plan = new Map<string, AutoKind | null>();
  const dated = [...backups]
    .sort((a, b) => b.createdAt - a.createdAt || (a.name < b.name ? 1 : -1))
    .map((b) => ({ ...b, date: localParts(b.createdAt, timeZone).date }));
  for (const b of dated) plan.set(b.name, null);
  const tiers: Array<{ kind: AutoKind; keep: number; key: (date: string) => string }> = [
    { kind: 'daily', keep: KEEP_DAILY, key: (d) => d },
    { kind: 'weekly', keep: KEEP_WEEKLY, key: weekKey },
    { kind: 'monthly', keep: KEEP_MONTHLY, key: monthKey },
  ];
  let candidates = dated;
  for (const tier of tiers) {
    const taken = new Set<string>();
    let oldestKey: string | null = null;
    for (const b of candidates) {
      const key = tier.key(b.date);
      if (taken.has(key)) continue;
      if (taken.size === tier.keep) break;
      taken.add(key);
      oldestKey = key;
      plan.set(b.name, tier.kind);
    }
    // The next tier starts below this one's oldest bucket (a day, a week): one backup never counts twice.
    if (taken.size < tier.keep || oldestKey === null) break;
    const floor = oldestKey;
    candidates = candidates.filter((b) => tier.key(b.date) < floor);
  }
  return plan;
}

/** The 02:00 run of the day (centre's time) at or before `now`. */
export function lastNightlyAt(now: number, timeZone: string, hhmmMinutes = 120): number {
  const today = localParts(now, timeZone).date;
  const todays = zonedToEpoch(today, hhmmMinutes, timeZone);
  return todays <= now ? todays : zonedToEpoch(addDays(today, -1), hhmmMinutes, timeZone);
}

const DAY_MS = 24 * 3600_000;

/**
 * Is an automatic backup due at `now`? Yes when there is none, when the newest is 24 hours old or more
 * (start-up, wake from sleep), or when the last 02:00 has passed since the newest was made.
 */
export function autoBackupDue(now: number, newestAutoAt: number | null, timeZone: string): boolean {
  if (newestAutoAt === null) return true;
  if (now - newestAutoAt >= DAY_MS) return true;
  return newestAutoAt < lastNightlyAt(now, timeZone);
}

/** When the next automatic backup falls due (for the scheduler's timer). */
export function nextAutoBackupAt(now: number, newestAutoAt: number | null, timeZone: string): number {
  if (autoBackupDue(now, newestAutoAt, timeZone)) return now;
  const nextNightly = lastNightlyAt(now, timeZone) + DAY_MS; // Tashkent has no DST; off by an hour elsewhere at worst
  return Math.min(nextNightly, (newestAutoAt ?? now) + DAY_MS);
}
