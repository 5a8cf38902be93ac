import type { LeadStatus } from './lead-status';
import { PRIORITY_RANK, type Priority } from './priority';

export const OFFER_TYPES = ['discount', 'bonus', 'package', 'other'] as const;
export const OFFER_CHANNELS = ['followup', 'reactivation', 'trial', 'general'] as const;
export const OFFER_AUDIENCES = ['new', 'lost', 'reactivation', 'trial_registered', 'all'] as const;
export type OfferAudience = (typeof OFFER_AUDIENCES)[number];
export type OfferChannel = (typeof OFFER_CHANNELS)[number];

export interface OfferFacts {
  active: boolean;
  validFrom: string;
  validTo: string;
  courseId: number | null;
  audience: OfferAudience;
  channel: OfferChannel;
  priority: Priority;
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

export const byPriority = <T extends Pick<OfferFacts, 'priority' | 'validTo'>>(a: T, b: T) =>
  PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] || a.validTo.localeCompare(b.validTo);

/** On the follow-up pages: offers for follow-up or general use that match the lead. */
export const showOnFollowups = (o: OfferFacts, lead: LeadFacts, today: string) =>
  (o.channel === 'followup' || o.channel === 'general') && offerMatches(o, lead, today);
