import { describe, expect, it } from 'vitest';
import { bucketRange, delayBucket, followupsForStatus, reactivationAt, type DelayBucket } from './follow-up-rules';
import { blockDates, isWorkingAt, placeInWorkingTime, trialReminderAt } from './working-time';
import { at, iso, seller, TZ } from './working-time.fixtures';

// 2026-11-26 is a Thursday; 28 Saturday; 29 Sunday; 30 Monday.
describe('placeInWorkingTime', () => {
  it.each([
    ['inside hours stays', seller(), '2026-11-26T10:00', '2026-11-26 10:00'],
    ['a minute before the end stays', seller(), '2026-11-26T17:59', '2026-11-26 17:59'],
    ['the end of the day is outside', seller(), '2026-11-26T18:00', '2026-11-27 09:00'],
    ['17:45 + 30 min for an 18:00 seller → next morning', seller(), '2026-11-26T18:15', '2026-11-27 09:00'],
    ['before work → the same day start', seller(), '2026-11-26T07:10', '2026-11-26 09:00'],
    ['midnight → that morning', seller(), '2026-11-27T00:00', '2026-11-27 09:00'],
    ['Saturday evening → Monday (Sunday off)', seller(), '2026-11-28T19:00', '2026-11-30 09:00'],
    ['Sunday noon → Monday start', seller(), '2026-11-29T12:00', '2026-11-30 09:00'],
    [
      'Friday evening, Mon–Fri seller → Monday',
      seller({ workDays: [1, 2, 3, 4, 5] }),
      '2026-11-27T18:30',
      '2026-11-30 09:00',
    ],
    [
      'Saturday for Mon–Fri seller → Monday',
      seller({ workDays: [1, 2, 3, 4, 5] }),
      '2026-11-28T10:00',
      '2026-11-30 09:00',
    ],
    [
      'absent Friday → Saturday start',
      seller({ blocked: [blockDates('2026-11-27', '2026-11-27', TZ)] }),
      '2026-11-26T18:15',
      '2026-11-28 09:00',
    ],
    [
      'absent Fri–Mon → Tuesday start',
      seller({ blocked: [blockDates('2026-11-27', '2026-11-30', TZ)] }),
      '2026-11-26T18:15',
      '2026-12-01 09:00',
    ],
    [
      'inside an absence → after it',
      seller({ blocked: [blockDates('2026-11-26', '2026-11-26', TZ)] }),
      '2026-11-26T11:00',
      '2026-11-27 09:00',
    ],
    [
      'hourly leave 09–12 → 12:00',
      seller({ blocked: [{ start: at('2026-11-27T09:00'), end: at('2026-11-27T12:00') }] }),
      '2026-11-26T18:15',
      '2026-11-27 12:00',
    ],
    [
      'afternoon seller 14–22: 21:59 stays',
      seller({ workStart: '14:00', workEnd: '22:00' }),
      '2026-11-26T21:59',
      '2026-11-26 21:59',
    ],
    [
      'afternoon seller 14–22: 22:00 → next 14:00',
      seller({ workStart: '14:00', workEnd: '22:00' }),
      '2026-11-26T22:00',
      '2026-11-27 14:00',
    ],
    ['New Year across the year end', seller(), '2026-12-31T20:00', '2027-01-01 09:00'],
  ])('%s', (_, schedule, local, expected) => {
    expect(iso(placeInWorkingTime(schedule, at(local)))).toBe(expected);
  });

  it('keeps seconds of a time already inside', () => {
    const t = at('2026-11-26T10:00') + 12_345;
    expect(placeInWorkingTime(seller(), t)).toBe(t);
  });

  it('knows when a seller is at work', () => {
    expect(isWorkingAt(seller(), at('2026-11-26T09:00'))).toBe(true);
    expect(isWorkingAt(seller(), at('2026-11-26T08:59'))).toBe(false);
    expect(isWorkingAt(seller(), at('2026-11-29T10:00'))).toBe(false);
    expect(isWorkingAt(seller({ blocked: [blockDates('2026-11-26', '2026-11-26', TZ)] }), at('2026-11-26T10:00'))).toBe(
      false,
    );
  });
});

describe('trialReminderAt', () => {
  it.each([
    ['trial Saturday → Friday work start', seller(), '2026-11-28', '2026-11-26T10:00', '2026-11-27 09:00'],
    ['trial Monday → Saturday (Sunday off)', seller(), '2026-11-30', '2026-11-26T10:00', '2026-11-28 09:00'],
    [
      'trial Monday, Mon–Fri seller → Friday',
      seller({ workDays: [1, 2, 3, 4, 5] }),
      '2026-11-30',
      '2026-11-26T10:00',
      '2026-11-27 09:00',
    ],
    ['day before is past → 5 minutes from now', seller(), '2026-11-27', '2026-11-26T10:00', '2026-11-26 10:05'],
    ['past and late in the day → next working start', seller(), '2026-11-27', '2026-11-26T17:58', '2026-11-27 09:00'],
    [
      'absent the day before → the working day before that',
      seller({ blocked: [blockDates('2026-11-27', '2026-11-27', TZ)] }),
      '2026-11-28',
      '2026-11-25T10:00',
      '2026-11-26 09:00',
    ],
  ])('%s', (_, schedule, trialDate, now, expected) => {
    expect(iso(trialReminderAt(schedule, trialDate, at(now)))).toBe(expected);
  });
});

describe('status follow-ups', () => {
  const now = at('2026-11-26T10:00');
  const offsets = (status: Parameters<typeof followupsForStatus>[0]) =>
    followupsForStatus(status, now).map((f) => `${f.kind}+${(f.at - now) / 60_000}m`);
  it.each([
    ['new', ['new_lead+5m']],
    ['contacted', ['auto+1440m', 'auto+4320m', 'auto+10080m']],
    ['interested', ['auto+30m', 'auto+2880m', 'auto+7200m']],
    ['trial_registered', []],
    ['trial_attended', ['auto+1440m']],
    ['trial_missed', ['auto+30m', 'auto+1440m', 'auto+4320m']],
    ['offer_made', ['auto+1440m', 'auto+4320m']],
    ['enrolled', []],
    ['lost', []],
  ] as const)('%s → %j', (status, expected) => {
    expect(offsets(status)).toEqual(expected);
  });
  it('a lost lead is called again `reactivationDays` after it was lost; 0 = never', () => {
    expect(reactivationAt(now, 30)).toBe(now + 30 * 24 * 3600_000);
    expect(reactivationAt(now, 1)).toBe(now + 24 * 3600_000);
    expect(reactivationAt(now, 0)).toBeNull();
  });
});

describe('delay buckets', () => {
  const now = at('2026-11-26T12:00');
  it.each([
    [now + 1, null],
    [now, null],
    [now - 1, 'lt1h'],
    [now - 59 * 60_000, 'lt1h'],
    [now - 60 * 60_000, '1to6h'],
    [now - 6 * 3600_000 + 1, '1to6h'],
    [now - 6 * 3600_000, '6to24h'],
    [now - 24 * 3600_000, 'gt24h'],
    [now - 30 * 24 * 3600_000, 'gt24h'],
  ] as Array<[number, DelayBucket | null]>)('due %i → %s', (due, bucket) => {
    expect(delayBucket(due, now)).toBe(bucket);
    if (bucket) {
      const [from, to] = bucketRange(bucket, now);
      expect(due >= from && due < to).toBe(true);
    }
  });
});
