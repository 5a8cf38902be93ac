import { describe, expect, it } from 'vitest';
import { suggestNextCall } from './next-call';
import { blockDates } from './working-time';
import { at, iso, seller, TZ } from './working-time.fixtures';

// 2026-11-26 is a Thursday; 28 Saturday; 29 Sunday; 30 Monday.
describe('suggestNextCall', () => {
  it.each([
    ['Thursday 10:00 → Friday 10:00', seller(), '2026-11-26T10:00', '2026-11-27 10:00'],
    ['minutes rounded down to 5', seller(), '2026-11-26T10:07', '2026-11-27 10:05'],
    ['Saturday → Monday (Sunday off)', seller(), '2026-11-28T11:30', '2026-11-30 11:30'],
    ['Friday, Mon–Fri seller → Monday', seller({ workDays: [1, 2, 3, 4, 5] }), '2026-11-27T15:00', '2026-11-30 15:00'],
    ['after work → the last slot of the next day', seller(), '2026-11-26T19:40', '2026-11-27 17:55'],
    ['before work → the start of the next day', seller(), '2026-11-26T07:00', '2026-11-27 09:00'],
    [
      'an evening seller at noon → their start',
      seller({ workStart: '14:00', workEnd: '22:00' }),
      '2026-11-26T12:00',
      '2026-11-27 14:00',
    ],
    [
      'absent Friday and Saturday → Monday',
      seller({ blocked: [blockDates('2026-11-27', '2026-11-28', TZ)] }),
      '2026-11-26T16:20',
      '2026-11-30 16:20',
    ],
    [
      'absent for two months → the first working moment after it',
      seller({ blocked: [blockDates('2026-11-27', '2027-01-31', TZ)] }),
      '2026-11-26T16:20',
      '2027-02-01 09:00',
    ],
  ])('%s', (_, s, now, expected) => {
    expect(iso(suggestNextCall(s, at(now)))).toBe(expected);
  });
});
