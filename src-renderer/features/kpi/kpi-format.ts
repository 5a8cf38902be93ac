import type { T } from '../../app/i18n';

/** A rate 0–1 as "75%" (one decimal when needed), "—" when there was nothing to divide by. */
export const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 1000) / 10}%`);

/** Minutes as "25 daq" or "2 soat 5 daq"; "—" when nobody was contacted. */
export function duration(t: T, minutes: number | null): string {
  if (minutes === null) return '—';
  const m = Math.round(minutes);
  if (m < 60) return t('kpi.minutes', { n: m });
  return t('kpi.hoursMinutes', { h: Math.floor(m / 60), m: m % 60 });
}

/** An average as "2.4" (one decimal), "—" when there was no working day. */
export const avg = (v: number | null) => (v === null ? '—' : String(Math.round(v * 10) / 10));
