/** Lead statuses of SPEC §3, in funnel order. */
export const LEAD_STATUSES = [
  'new',
  'contacted',
  'interested',
  'trial_registered',
  'trial_attended',
  'trial_missed',
  'offer_made',
  'enrolled',
  'lost',
] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

/**
 * The trial stages come only from booking a trial and entering its result (SPEC §3, §6), never from
 * the status list: a lead must never be left in a trial stage without a trial and its reminder.
 */
export const TRIAL_STAGES = ['trial_registered', 'trial_attended', 'trial_missed'] as const satisfies LeadStatus[];
export const isTrialStage = (s: LeadStatus) => (TRIAL_STAGES as readonly LeadStatus[]).includes(s);
/** The statuses a person may choose by hand ("Statusni yangilash", "Bajarildi"). */
export const MANUAL_STATUSES = LEAD_STATUSES.filter((s) => !isTrialStage(s)) as Exclude<
  LeadStatus,
  (typeof TRIAL_STAGES)[number]
>[];
/** Still being worked: a lead that is neither enrolled nor lost. */
export const CLOSED_STATUSES = ['enrolled', 'lost'] as const satisfies LeadStatus[];

export const LEAD_SOURCES = ['instagram', 'telegram', 'youtube', 'organic', 'form', 'import', 'other'] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];

/** Why a lead was lost (SPEC §3 catalogue; `declined_after_trial` is set by a trial result). */
export const LOST_REASONS = [
  'no_answer',
  'too_expensive',
  'chose_another_centre',
  'not_interested',
  'declined_after_trial',
  'other',
] as const;
export type LostReason = (typeof LOST_REASONS)[number];

/** Colours of status tags, the same everywhere. */
export const STATUS_COLOR: Record<LeadStatus, string> = {
  new: 'blue',
  contacted: 'cyan',
  interested: 'geekblue',
  trial_registered: 'purple',
  trial_attended: 'magenta',
  trial_missed: 'orange',
  offer_made: 'gold',
  enrolled: 'green',
  lost: 'default',
};
