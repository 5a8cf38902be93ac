import { describe, expect, it } from 'vitest';
import { autoBackupDue, nextAutoBackupAt, planRetention, weekKey, type AutoKind } from './backup-retention';

const TZ = 'Asia/Tashkent';
const DAY = 86_400_000;
/** 02:00 in Tashkent on 2026-11-02, a Monday. */
const FIRST = Date.parse('2026-11-01T21:00:00Z');
const local = (at: number) => new Date(at + 5 * 3600_000).toISOString().slice(0, 10);

interface Kept {
  name: string;
  createdAt: number;
  kind: AutoKind;
}

/** One automatic backup a day at 02:00 for `days` days, the rule applied after each, as the job does. */
function simulate(days: number, snapshotAt: number[] = []): Map<number, string> {
  let kept: Kept[] = [];
  const snapshots = new Map<number, string>();
  for (let d = 0; d < days; d++) {
    const at = FIRST + d * DAY;
    kept.push({ name: `b${local(at)}`, createdAt: at, kind: 'daily' });
    const plan = planRetention(kept, TZ);
    kept = kept.filter((b) => plan.get(b.name)).map((b) => ({ ...b, kind: plan.get(b.name)! }));
    if (snapshotAt.includes(d)) snapshots.set(d, kept.map((b) => `${b.name.slice(6)}${b.kind[0]}`).join(' '));
  }
  return snapshots;
}

describe('planRetention over 60 simulated days (one backup a day at 02:00)', () => {
  const days = [0, 6, 7, 13, 20, 27, 34, 35, 41, 59];
  const got = simulate(60, days);
  it.each([
    [0, '11-02d'],
    [6, '11-02d 11-03d 11-04d 11-05d 11-06d 11-07d 11-08d'],
    // 11-02 leaves the seven dailies: the newest of its week (Mon 11-02…Sun 11-08) still older than them.
    [7, '11-02w 11-03d 11-04d 11-05d 11-06d 11-07d 11-08d 11-09d'],
    [13, '11-08w 11-09d 11-10d 11-11d 11-12d 11-13d 11-14d 11-15d'],
    [20, '11-08w 11-15w 11-16d 11-17d 11-18d 11-19d 11-20d 11-21d 11-22d'],
    [27, '11-08w 11-15w 11-22w 11-23d 11-24d 11-25d 11-26d 11-27d 11-28d 11-29d'],
    [34, '11-08w 11-15w 11-22w 11-29w 11-30d 12-01d 12-02d 12-03d 12-04d 12-05d 12-06d'],
    // Five weeks behind the dailies: the oldest week's backup becomes November's monthly.
    [35, '11-08m 11-15w 11-22w 11-29w 11-30w 12-01d 12-02d 12-03d 12-04d 12-05d 12-06d 12-07d'],
    [41, '11-08m 11-15w 11-22w 11-29w 12-06w 12-07d 12-08d 12-09d 12-10d 12-11d 12-12d 12-13d'],
    [59, '11-29m 12-06w 12-13w 12-20w 12-24w 12-25d 12-26d 12-27d 12-28d 12-29d 12-30d 12-31d'],
  ])('day %i', (day, expected) => {
    expect(got.get(day)).toBe(expected);
  });
});

describe('planRetention over a year and a half', () => {
  it('keeps 7 daily, 4 weekly and 12 monthly at most, each month once', () => {
    const snaps = simulate(540, [539]);
    const kept = snaps.get(539)!.split(' ');
    expect(kept.filter((k) => k.endsWith('d'))).toHaveLength(7);
    expect(kept.filter((k) => k.endsWith('w'))).toHaveLength(4);
    const monthly = kept.filter((k) => k.endsWith('m'));
    expect(monthly).toHaveLength(12);
    expect(new Set(monthly.map((k) => k.slice(0, 2))).size).toBe(12);
  });
});

describe('planRetention edge cases', () => {
  it('keeps only the newest backup of a day', () => {
    const plan = planRetention(
      [
        { name: 'a', createdAt: FIRST },
        { name: 'b', createdAt: FIRST + 3600_000 },
      ],
      TZ,
    );
    expect([...plan]).toEqual([
      ['b', 'daily'],
      ['a', null],
    ]);
  });
  it('after a long gap (PC off for weeks) keeps what is there, newest first', () => {
    const plan = planRetention(
      [0, 1, 40, 41].map((d) => ({ name: `d${d}`, createdAt: FIRST + d * DAY })),
      TZ,
    );
    expect([...plan.values()]).toEqual(['daily', 'daily', 'daily', 'daily']);
  });
  it('an empty list plans nothing', () => expect(planRetention([], TZ).size).toBe(0));
  it('weeks begin on Monday', () => {
    expect(weekKey('2026-11-02')).toBe(weekKey('2026-11-08'));
    expect(weekKey('2026-11-08')).not.toBe(weekKey('2026-11-09'));
  });
});

describe('autoBackupDue', () => {
  const at = (iso: string) => Date.parse(iso);
  it.each([
    ['no backup yet', at('2026-11-27T10:00:00Z'), null, true],
    ['made an hour ago, before 02:00', at('2026-11-27T20:00:00Z'), at('2026-11-27T19:00:00Z'), false],
    ['made at 02:00 today, now noon', at('2026-11-27T07:00:00Z'), at('2026-11-26T21:00:00Z'), false],
    ['made yesterday noon, now past 02:00', at('2026-11-26T22:00:00Z'), at('2026-11-26T07:00:00Z'), true],
    [
      'made 23 h ago at 01:00, now 00:00 (no 02:00 between)',
      at('2026-11-27T19:00:00Z'),
      at('2026-11-26T20:00:00Z'),
      true,
    ],
    ['exactly 24 h old', at('2026-11-27T07:00:00Z'), at('2026-11-26T07:00:00Z'), true],
    ['made 01:59, now 02:00', at('2026-11-26T21:00:00Z'), at('2026-11-26T20:59:00Z'), true],
  ])('%s', (_, now, newest, due) => {
    expect(autoBackupDue(now, newest, TZ)).toBe(due);
  });

  it('nextAutoBackupAt is the next 02:00 or 24 h after the newest, whichever is first', () => {
    const now = at('2026-11-27T07:00:00Z'); // 12:00 Tashkent
    expect(nextAutoBackupAt(now, at('2026-11-26T21:00:00Z'), TZ)).toBe(at('2026-11-27T21:00:00Z'));
    expect(nextAutoBackupAt(now, null, TZ)).toBe(now);
  });
});
