import { describe, expect, it } from 'vitest';
import { isEligible, pickSeller, type SellerFacts } from './distribution';

const s = (id: number, over: Partial<SellerFacts> = {}): SellerFacts => ({
  id,
  role: 'seller',
  active: true,
  isActiveSales: true,
  absentNow: false,
  onLeaveNow: false,
  overdue: 0,
  leadsToday: 0,
  lastAssignedAt: null,
  ...over,
});

describe('eligibility', () => {
  it.each([
    ['an active sales seller', s(1), true],
    ['a manager', s(1, { role: 'manager' }), false],
    ['an inactive user', s(1, { active: false }), false],
    ['a seller not in active sales', s(1, { isActiveSales: false }), false],
    ['an absent seller', s(1, { absentNow: true }), false],
    ['a seller on approved leave', s(1, { onLeaveNow: true }), false],
    ['4 overdue (limit 5)', s(1, { overdue: 4 }), true],
    ['5 overdue (limit 5)', s(1, { overdue: 5 }), false],
  ])('%s → %s', (_, seller, expected) => {
    expect(isEligible(seller, 5)).toBe(expected);
  });
});

describe('pickSeller', () => {
  it.each([
    ['fewest leads today wins', [s(1, { leadsToday: 3 }), s(2, { leadsToday: 1 }), s(3, { leadsToday: 2 })], 2],
    [
      'tie → least recently assigned',
      [s(1, { leadsToday: 1, lastAssignedAt: 500 }), s(2, { leadsToday: 1, lastAssignedAt: 100 })],
      2,
    ],
    ['never assigned beats assigned long ago', [s(1, { lastAssignedAt: 1 }), s(2)], 2],
    ['full tie → lowest id', [s(3), s(2)], 2],
    ['ineligible skipped even with fewest', [s(1, { leadsToday: 0, overdue: 9 }), s(2, { leadsToday: 7 })], 2],
    ['nobody eligible → null', [s(1, { absentNow: true }), s(2, { isActiveSales: false })], null],
    ['no sellers → null', [], null],
  ])('%s', (_, sellers, expected) => {
    expect(pickSeller(sellers, 5)).toBe(expected);
  });
});
