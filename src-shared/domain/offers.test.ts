import { describe, expect, it } from 'vitest';
import { LEAD_STATUSES, type LeadStatus } from './lead-status';
import { byPriority, offerMatches, showOnFollowups, type OfferAudience, type OfferFacts } from './offers';

const TODAY = '2026-11-26';
const offer = (over: Partial<OfferFacts> = {}): OfferFacts => ({
  active: true,
  validFrom: '2026-11-01',
  validTo: '2026-12-31',
  courseId: null,
  audience: 'all',
  channel: 'general',
  priority: 'normal',
  ...over,
});
const lead = (status: LeadStatus, courseId: number | null = 1, reactivationDue = false) => ({
  status,
  courseId,
  reactivationDue,
});

describe('offer audience × status', () => {
  const expected: Record<OfferAudience, LeadStatus[]> = {
    all: [...LEAD_STATUSES],
    new: ['new', 'contacted', 'interested', 'offer_made'],
    trial_registered: ['trial_registered'],
    lost: ['lost'],
    reactivation: [],
  };
  it.each(Object.entries(expected))('%s matches %j', (audience, statuses) => {
    const matched = LEAD_STATUSES.filter((s) =>
      offerMatches(offer({ audience: audience as OfferAudience }), lead(s), TODAY),
    );
    expect(matched).toEqual(statuses);
  });
  it('reactivation: a lost lead whose reactivation call is due', () => {
    expect(offerMatches(offer({ audience: 'reactivation' }), lead('lost', 1, true), TODAY)).toBe(true);
    expect(offerMatches(offer({ audience: 'reactivation' }), lead('lost', 1, false), TODAY)).toBe(false);
    expect(offerMatches(offer({ audience: 'reactivation' }), lead('new', 1, true), TODAY)).toBe(false);
  });
});

describe('offer course and dates', () => {
  it.each([
    ['no course: any lead', offer(), lead('new', 7), true],
    ['no course: lead without course', offer(), lead('new', null), true],
    ['same course', offer({ courseId: 7 }), lead('new', 7), true],
    ['other course', offer({ courseId: 7 }), lead('new', 8), false],
    ['course offer, lead without course', offer({ courseId: 7 }), lead('new', null), false],
    ['starts today', offer({ validFrom: TODAY }), lead('new'), true],
    ['ends today', offer({ validTo: TODAY }), lead('new'), true],
    ['starts tomorrow', offer({ validFrom: '2026-11-27' }), lead('new'), false],
    ['ended yesterday', offer({ validTo: '2026-11-25' }), lead('new'), false],
    ['inactive', offer({ active: false }), lead('new'), false],
  ])('%s → %s', (_, o, l, ok) => {
    expect(offerMatches(o, l, TODAY)).toBe(ok);
  });
});

describe('ordering and follow-up pages', () => {
  it('sorts urgent first, then the one ending soonest', () => {
    const list = [
      offer({ priority: 'low' }),
      offer({ priority: 'urgent', validTo: '2026-12-31' }),
      offer({ priority: 'urgent', validTo: '2026-12-01' }),
      offer({ priority: 'high' }),
    ];
    expect(list.sort(byPriority).map((o) => `${o.priority} ${o.validTo}`)).toEqual([
      'urgent 2026-12-01',
      'urgent 2026-12-31',
      'high 2026-12-31',
      'low 2026-12-31',
    ]);
  });
  it.each([
    ['followup', true],
    ['general', true],
    ['trial', false],
    ['reactivation', false],
  ] as const)('channel %s on follow-up pages: %s', (channel, ok) => {
    expect(showOnFollowups(offer({ channel }), lead('new'), TODAY)).toBe(ok);
  });
});
