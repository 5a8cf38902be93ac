import { TEAM } from '../domain/roles';
import { z } from 'zod';
import { OFFER_AUDIENCES, OFFER_CHANNELS, OFFER_TYPES } from '../domain/offers';
import { PRIORITIES } from '../domain/priority';
import { epochMsOut, id, isoDate, isoDateOut } from './common';
import { method } from './method';

export const offerOut = z.object({
  id,
  title: z.string(),
  description: z.string(),
  type: z.enum(OFFER_TYPES),
  priority: z.enum(PRIORITIES),
  channel: z.enum(OFFER_CHANNELS),
  audience: z.enum(OFFER_AUDIENCES),
  courseId: id.nullable(),
  courseName: z.string().nullable(),
  validFrom: isoDateOut,
  validTo: isoDateOut,
  active: z.boolean(),
  createdAt: epochMsOut,
  /** Active and today (centre time zone) is within its dates. */
  live: z.boolean(),
});
export type OfferOut = z.infer<typeof offerOut>;

const fields = {
  title: z.string().trim().min(1).max(200),
  description: z.string().max(5000),
  type: z.enum(OFFER_TYPES),
  priority: z.enum(PRIORITIES),
  channel: z.enum(OFFER_CHANNELS),
  audience: z.enum(OFFER_AUDIENCES),
  courseId: id.nullable(),
  validFrom: isoDate,
  validTo: isoDate,
  active: z.boolean(),
};

export const offersContract = {
  'offers.list': method({
    summary: 'Offers, urgent first. Sellers get only the live ones (for the follow-up pages).',
    access: 'user',
    input: z.object({ liveOnly: z.boolean().optional() }).default({}),
    output: z.array(offerOut),
  }),
  'offers.create': method({
    summary: 'New offer (admin, manager).',
    access: TEAM,
    input: z.object({
      ...fields,
      description: fields.description.default(''),
      courseId: fields.courseId.default(null),
      active: fields.active.default(true),
    }),
    output: offerOut,
  }),
  'offers.update': method({
    summary: 'Edit an offer (admin, manager).',
    access: TEAM,
    input: z
      .object({ id, ...fields })
      .partial()
      .required({ id: true }),
    output: offerOut,
  }),
  'offers.forLead': method({
    summary: 'The offers that match a lead now (SPEC §7), urgent first: the lead page\'s "Takliflar va Chegirmalar".',
    access: 'user',
    input: z.object({ leadId: id }),
    output: z.array(offerOut),
  }),
} as const;
