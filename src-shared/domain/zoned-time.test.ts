import { describe, expect, it } from 'vitest';
import { addDays, dayBounds, isoWeekday, localParts, zonedToEpoch } from './zoned-time';

const TZ = 'Asia/Tashkent';

describe('zoned time in Tashkent (UTC+5)', () => {
  it.each([
    ['2026-11-26T04:00:00Z', '2026-11-26', 9 * 60, 4],
    ['2026-11-26T19:00:00Z', '2026-11-27', 0, 5],
    ['2026-11-29T18:59:00Z', '2026-11-29', 23 * 60 + 59, 7],
    ['2026-12-31T19:30:00Z', '2027-01-01', 30, 5],
  ])('%s is %s at minute %i, weekday %i', (iso, date, minutes, weekday) => {
    expect(localParts(Date.parse(iso), TZ)).toEqual({ date, minutes, weekday });
  });

  it.each([
    ['2026-11-26', 9 * 60, '2026-11-26T04:00:00.000Z'],
    ['2026-11-27', 0, '2026-11-26T19:00:00.000Z'],
    ['2027-01-01', 30, '2026-12-31T19:30:00.000Z'],
  ])('%s minute %i is %s', (date, minutes, iso) => {
    expect(new Date(zonedToEpoch(date, minutes, TZ)).toISOString()).toBe(iso);
  });

  it('handles a DST zone both ways', () => {
    const berlinSummer = zonedToEpoch('2026-07-01', 600, 'Europe/Berlin');
    expect(new Date(berlinSummer).toISOString()).toBe('2026-07-01T08:00:00.000Z');
    const berlinWinter = zonedToEpoch('2026-12-01', 600, 'Europe/Berlin');
    expect(new Date(berlinWinter).toISOString()).toBe('2026-12-01T09:00:00.000Z');
  });

  it('gives day bounds and calendar steps', () => {
    const [s, e] = dayBounds('2026-11-26', TZ);
    expect(e - s).toBe(24 * 3600_000);
    expect(new Date(s).toISOString()).toBe('2026-11-25T19:00:00.000Z');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(isoWeekday('2026-11-30')).toBe(1);
  });
});
