/**
 * Calendar maths in the centre's time zone. Instants are UTC epoch ms; calendar dates are
 * `YYYY-MM-DD`; minutes are minutes after local midnight. Uses Intl so any IANA zone works,
 * DST included (Asia/Tashkent has none, but a centre elsewhere might).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    });
    formatters.set(tz, f);
  }
  return f;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

export interface LocalParts {
  date: string;
  /** Minutes after local midnight, fractional part dropped. */
  minutes: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
}

function rawParts(epoch: number, tz: string) {
  const out: Record<string, string> = {};
  for (const p of formatter(tz).formatToParts(new Date(epoch))) out[p.type] = p.value;
  return out;
}

export function localParts(epoch: number, tz: string): LocalParts {
  const p = rawParts(epoch, tz);
  return {
    date: `${p.year}-${p.month}-${p.day}`,
    minutes: Number(p.hour) * 60 + Number(p.minute),
    weekday: WEEKDAYS[p.weekday],
  };
}

/** Offset of the zone from UTC at the instant, in ms (Tashkent: +5 h). */
export function zoneOffsetMs(epoch: number, tz: string): number {
  const p = rawParts(epoch, tz);
  const asUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return asUtc - (epoch - (epoch % 1000));
}

/** The instant at which the local wall clock in `tz` shows `date` + `minutes`. */
export function zonedToEpoch(date: string, minutes: number, tz: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const wall = Date.UTC(y, m - 1, d) + minutes * 60_000;
  let guess = wall - zoneOffsetMs(wall, tz);
  guess = wall - zoneOffsetMs(guess, tz);
  return guess;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function isoWeekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const js = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return js === 0 ? 7 : js;
}

/** [start, end) of a local calendar day as UTC instants. */
export function dayBounds(date: string, tz: string): [number, number] {
  return [zonedToEpoch(date, 0, tz), zonedToEpoch(addDays(date, 1), 0, tz)];
}

export const DEFAULT_TIME_ZONE = 'Asia/Tashkent';
