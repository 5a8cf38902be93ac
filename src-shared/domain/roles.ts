export const ROLES = ['admin', 'manager', 'seller'] as const;
export type Role = (typeof ROLES)[number];

/** Who may call what besides every role (`ROLES`): the team that runs sales (admin and managers), the admin alone. */
export const TEAM = ['admin', 'manager'] as const satisfies readonly Role[];
export const ADMIN_ONLY = ['admin'] as const satisfies readonly Role[];

/** Who may create or edit a user of a given role (SPEC §1: only admin manages managers). */
export function canManageRole(actor: Role, target: Role): boolean {
  if (actor === 'admin') return true;
  if (actor === 'manager') return target === 'seller';
  return false;
}
