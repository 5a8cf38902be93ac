/** Auto-distribution of SPEC §4, as pure rules over facts the service gathers. */
export interface SellerFacts {
  id: number;
  role: string;
  active: boolean;
  isActiveSales: boolean;
  absentNow: boolean;
  onLeaveNow: boolean;
  overdue: number;
  leadsToday: number;
  /** Epoch ms of the last assignment, null when never assigned. */
  lastAssignedAt: number | null;
}

export function isEligible(s: SellerFacts, maxOverdue: number): boolean {
  return s.role === 'seller' && s.active && s.isActiveSales && !s.absentNow && !s.onLeaveNow && s.overdue < maxOverdue;
}

/** Fewest leads assigned today; tie → assigned least recently (never first); tie → lowest id. Null: nobody eligible. */
export function pickSeller(sellers: SellerFacts[], maxOverdue: number): number | null {
  const eligible = sellers.filter((s) => isEligible(s, maxOverdue));
  eligible.sort(
    (a, b) =>
      a.leadsToday - b.leadsToday || (a.lastAssignedAt ?? -Infinity) - (b.lastAssignedAt ?? -Infinity) || a.id - b.id,
  );
  return eligible[0]?.id ?? null;
}
