import { describe, expect, it } from 'vitest';
import { daysInMonth, END_INSTANT, FIRST_INSTANT, isCalendarDate, isCentreInstant } from './calendar-range';

describe('calendar dates', () => {
  it.each([
    ['2026-11-26', true],
    ['2026-02-28', true],
    ['2028-02-29', true], // leap year
    ['2000-02-29', true], // divisible by 400: leap
    ['2026-12-31', true],
    ['2000-01-01', true],
    ['2100-12-31', true],
    ['2026-02-29', false], // 2026 is not a leap year
    ['2100-02-29', false], // divisible by 100, not by 400: not leap
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-11-00', false],
    ['9999-99-99', false],
    ['0000-00-00', false],
    ['9999-12-31', false], // past LAST_YEAR
    ['1999-12-31', false], // before FIRST_YEAR
    ['2101-01-01', false],
    ['2026-1-1', false],
    ['2026-11-26T00:00:00Z', false],
    ['2026/11/26', false],
    [' 2026-11-26', false],
    ['', false],
    ['٢٠٢٦-١١-٢٦', false], // Arabic-Indic digits: \d is ASCII only
  ])('%s → %s', (text, real) => {
    expect(isCalendarDate(text)).toBe(real);
  });

  it('knows the length of every month', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });
});

describe('centre instants', () => {
  it.each([
    [Date.parse('2026-11-26T05:00:00Z'), true],
    [FIRST_INSTANT, true],
    [END_INSTANT - 1, true],
    [END_INSTANT, false],
    [FIRST_INSTANT - 1, false],
    [0, false],
    [-1, false],
    [8.64e15, false],
    [-8.64e15, false],
    [Number.MAX_SAFE_INTEGER, false],
    [Date.parse('2026-11-26T05:00:00Z') + 0.5, false],
    [NaN, false],
    [Infinity, false],
  ])('%d → %s', (ms, ok) => {
    expect(isCentreInstant(ms)).toBe(ok);
  });
});
