import type { LeadStatus } from './lead-status';
import { isoWeekday } from './zoned-time';

export const LESSON_DAYS = ['odd', 'even', 'daily'] as const;
export type LessonDays = (typeof LESSON_DAYS)[number];

/**
 * Toq kunlar = Mon/Wed/Fri, Juft kunlar = Tue/Thu/Sat, Har kuni = both together (Mon–Sat):
 * Sunday is the centres' day off, and "daily" is the union of the two patterns.
 */
const WEEKDAYS_OF: Record<LessonDays, number[]> = { odd: [1, 3, 5], even: [2, 4, 6], daily: [1, 2, 3, 4, 5, 6] };

export const lessonWeekdays = (days: LessonDays) => WEEKDAYS_OF[days];
export const isLessonDay = (days: LessonDays, date: string) => WEEKDAYS_OF[days].includes(isoWeekday(date));

export const TRIAL_RESULTS = ['attended', 'missed', 'accepted', 'declined'] as const;
export type TrialResult = (typeof TRIAL_RESULTS)[number];

/** What a trial result does to the lead (SPEC §6). */
export const RESULT_STATUS: Record<TrialResult, LeadStatus> = {
  attended: 'trial_attended',
  missed: 'trial_missed',
  accepted: 'enrolled',
  declined: 'lost',
};

/** A trial's result can still change from: none → any; attended → accepted or declined (the sale after the visit). */
export function canSetResult(current: TrialResult | null, next: TrialResult): boolean {
  if (current === null) return true;
  return current === 'attended' && (next === 'accepted' || next === 'declined');
}

export interface GroupFacts {
  active: boolean;
  days: LessonDays;
  capacity: number;
  currentStudents: number;
}

export const isFull = (g: Pick<GroupFacts, 'capacity' | 'currentStudents'>) => g.currentStudents >= g.capacity;

/** Why a trial cannot be booked into this group on this date (an i18n key), or null when it can. */
export function bookingProblem(g: GroupFacts, date: string, today: string): string | null {
  if (!g.active) return 'error.groupInactive';
  if (isFull(g)) return 'error.groupFull';
  if (date < today) return 'error.trialInPast';
  if (!isLessonDay(g.days, date)) return 'error.notLessonDay';
  return null;
}
