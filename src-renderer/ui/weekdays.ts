import type { T } from '../app/i18n';

const short = (t: T, d: number) => t(`weekdayShort.${d as 1 | 2 | 3 | 4 | 5 | 6 | 7}`);

/**
 * ISO weekdays (1 = Monday) in the short names the groups' lesson days use too: a run of three or
 * more as a range ("Du–Sh"), anything else listed ("Du, Ch, Ju").
 */
export function formatWeekdays(days: readonly number[], t: T): string {
  const d = [...days].sort((a, b) => a - b);
  const run = d.length > 2 && d.every((x, i) => i === 0 || x === d[i - 1] + 1);
  return run ? `${short(t, d[0])}–${short(t, d[d.length - 1])}` : d.map((x) => short(t, x)).join(', ');
}
