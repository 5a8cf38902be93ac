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
