import type { WorkSchedule } from './working-time';

/** Test fixtures: a Tashkent seller's week and local wall times, for the working-time tables. */
export const TZ = 'Asia/Tashkent';
/** Local Tashkent wall time → instant. */
export const at = (local: string) => Date.parse(`${local}:00+05:00`);
export const iso = (t: number) => new Date(t + 5 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
export const seller = (over: Partial<WorkSchedule> = {}): WorkSchedule => ({
  workStart: '09:00',
  workEnd: '18:00',
  workDays: [1, 2, 3, 4, 5, 6],
  blocked: [],
  timeZone: TZ,
  ...over,
});
