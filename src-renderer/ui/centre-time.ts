import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { useEffect, useState } from 'react';
import { localParts } from '../../src-shared/domain/zoned-time';
import { api } from '../api/client';

dayjs.extend(customParseFormat);
dayjs.extend(utc);
dayjs.extend(timezone);

/** The centre's clock: its time zone and the server's now (which a test may have set), ticking on. */
export interface CentreClock {
  zone: string;
  now(): number;
  /** `YYYY-MM-DD` in the centre's zone. */
  today(): string;
}

const MAX_AGE_MS = 10 * 60_000;
let cached: { at: number; clock: Promise<CentreClock> } | null = null;

/**
 * One `settings.public` call per window (renewed every 10 min), however many pickers and buttons
 * ask; `fresh` asks again (a dialog about to save a time must not trust a clock read long ago).
 */
export function loadCentreClock(fresh = false): Promise<CentreClock> {
  if (!fresh && cached && Date.now() - cached.at < MAX_AGE_MS) return cached.clock;
  const clock = api.settings.public().then((s): CentreClock => {
    const skew = s.now - Date.now();
    const now = () => Date.now() + skew;
    return { zone: s.timeZone, now, today: () => localParts(now(), s.timeZone).date };
  });
  const entry = { at: Date.now(), clock };
  clock.catch(() => {
    if (cached === entry) cached = null;
  });
  cached = entry;
  return clock;
}

/** The centre's clock once known (null while it loads). */
export function useCentreClock(): CentreClock | null {
  const [clock, setClock] = useState<CentreClock | null>(null);
  useEffect(() => {
    let alive = true;
    loadCentreClock()
      .then((c) => alive && setClock(c))
      .catch(() => {});
    return () => {
      alive = false;
    };
  }, []);
  return clock;
}

/** Re-renders every `ms` so "now"-dependent views (working time, past times) stay true. */
export function useTick(ms = 30_000): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return tick;
}

const WALL = 'YYYY-MM-DD HH:mm';

/**
 * antd pickers work in the PC's zone, so a picker value holds the centre's *wall clock* (what the
 * seller sees on the office clock): 10:00 in Tashkent shows as 10:00 whatever zone the PC is in.
 */
export const wallOf = (epoch: number, zone: string): Dayjs => dayjs(dayjs(epoch).tz(zone).format(WALL));

/** The instant a picked wall-clock time means in the centre's zone. */
export const instantOf = (wall: Dayjs, zone: string): number => dayjs.tz(wall.format(WALL), zone).valueOf();
