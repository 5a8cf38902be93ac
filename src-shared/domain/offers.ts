import type { LeadStatus } from './lead-status';

export const OFFER_TYPES = ['discount', 'bonus', 'package', 'other'] as const;
export const OFFER_PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
export const OFFER_CHANNELS = ['followup', 'reactivation', 'trial', 'general'] as const;
export const OFFER_AUDIENCES = ['new', 'lost', 'reactivation', 'trial_registered', 'all'] as const;
export type OfferPriority = (typeof OFFER_PRIORITIES)[number];
export type OfferAudience = (typeof OFFER_AUDIENCES)[number];
export type OfferChannel = (typeof OFFER_CHANNELS)[number];

/** The manual's colours: urgent red, high orange, normal blue, low grey. */
export const PRIORITY_COLOR: Record<OfferPriority, string> = {
  urgent: 'red',
  high: 'orange',
  normal: 'blue',
  low: 'default',
};

export interface OfferFacts {
  active: boolean;
  validFrom: string;
  validTo: string;
  courseId: number | null;
  audience: OfferAudience;
  channel: OfferChannel;
  priority: OfferPriority;
}

export interface LeadFacts {
  status: LeadStatus;
  courseId: number | null;
  /** A lost lead whose reactivation follow-up is due. */
  reactivationDue: boolean;
}

const NEW_LEAD_STATUSES: LeadStatus[] = ['new', 'contacted', 'interested', 'offer_made'];

export const isLive = (o: Pick<OfferFacts, 'active' | 'validFrom' | 'validTo'>, today: string) =>
  o.active && o.validFrom <= today && today <= o.validTo;

/** SPEC §7: active, in dates, course empty or equal, audience "all" or fitting the lead. */
export function offerMatches(o: OfferFacts, lead: LeadFacts, today: string): boolean {
  if (!isLive(o, today)) return false;
  if (o.courseId !== null && o.courseId !== lead.courseId) return false;
  switch (o.audience) {
    case 'all':
      return true;
    case 'new':
      return NEW_LEAD_STATUSES.includes(lead.status);
    case 'trial_registered':
      return lead.status === 'trial_registered';
    case 'lost':
      return lead.status === 'lost';
    case 'reactivation':
      return lead.status === 'lost' && lead.reactivationDue;
  }
}

const RANK: Record<OfferPriority, number> = { urgent: 0, high: 1, normal: 2, low: 3 };
export const byPriority = <T extends Pick<OfferFacts, 'priority' | 'validTo'>>(a: T, b: T) =>
  RANK[a.priority] - RANK[b.priority] || a.validTo.localeCompare(b.validTo);

/** On the follow-up pages: offers for follow-up or general use that match the lead. */
export const showOnFollowups = (o: OfferFacts, lead: LeadFacts, today: string) =>
  (o.channel === 'followup' || o.channel === 'general') && offerMatches(o, lead, today);
