/** `HH:mm` helpers and work-day sets. ISO weekdays: 1 = Monday … 7 = Sunday. */
export const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export function minutesOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

export const DEFAULT_WORK_DAYS = [1, 2, 3, 4, 5, 6];
export const DEFAULT_WORK_START = '09:00';
export const DEFAULT_WORK_END = '18:00';

export function normaliseWorkDays(days: number[]): number[] {
  return [...new Set(days)].sort((a, b) => a - b);
}
