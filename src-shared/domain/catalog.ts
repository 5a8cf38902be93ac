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

export interface TrialFacts {
  /** The trial's calendar date. */
  date: string;
  result: TrialResult | null;
}

/**
 * Why this result cannot be entered today (an i18n key), or null. Final results stay final, and no
 * result comes before the trial's date in the centre's zone (SPEC §6) — "missed" neither: a lesson
 * not yet held cannot have been missed; a trial to be held another day is moved instead.
 */
export function resultProblem(trial: TrialFacts, next: TrialResult, today: string): string | null {
  if (!canSetResult(trial.result, next)) return 'error.resultFinal';
  if (today < trial.date) return 'error.resultBeforeTrial';
  return null;
}

/**
 * Why a trial cannot be moved to `date` (an i18n key), or null ("Ko'chirish", SPEC §6): only a trial
 * without a result whose day has not passed (today's may still move), to a day a booking could take.
 */
export function moveProblem(trial: TrialFacts, g: GroupFacts, date: string, today: string): string | null {
  if (trial.result !== null) return 'error.trialHasResult';
  if (trial.date < today) return 'error.trialAlreadyHeld';
  return bookingProblem(g, date, today);
}
