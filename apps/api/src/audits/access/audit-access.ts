import type { SessionUser } from '@recode/contracts';

/**
 * Who sees which audits and plans, as SQL over positional parameters (pushed onto `params`).
 * Supervisors see what lies wholly inside their teams (a cross-team plan belongs to the admin);
 * auditors see audits with at least one item assigned to them; coders see none here (their
 * released findings have their own endpoint). Deny by default.
 */
export function auditVisibility(user: SessionUser, alias: string, params: unknown[]): string {
  switch (user.role) {
    case 'admin':
      return 'TRUE';
    case 'supervisor':
      params.push(user.teamIds);
      return `(cardinality(${alias}.team_ids) > 0 AND ${alias}.team_ids <@ $${params.length}::uuid[])`;
    case 'auditor':
      params.push(user.id);
      return `EXISTS (SELECT 1 FROM audit_items vi WHERE vi.audit_id = ${alias}.id AND vi.auditor_id = $${params.length})`;
    default:
      return 'FALSE';
  }
}

export function planVisibility(user: SessionUser, alias: string, params: unknown[]): string {
  if (user.role === 'admin') return 'TRUE';
  if (user.role !== 'supervisor') return 'FALSE';
  params.push(user.teamIds);
  return `(cardinality(${alias}.team_ids) > 0 AND ${alias}.team_ids <@ $${params.length}::uuid[])`;
}

/** Whether this user may change items and findings: only the item's own auditor, never a supervisor on their behalf. */
export function isItemsAuditor(user: SessionUser, auditorId: string | null): boolean {
  return user.role === 'auditor' && auditorId === user.id;
}
