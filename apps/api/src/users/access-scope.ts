import type { SessionUser } from '@recode/contracts';

/**
 * Which coders a user may see, as a SQL condition on a coders alias. Admins see all; supervisors
 * their teams' coders; a coder only their own record. Everything else sees none (deny by default).
 */
export function coderVisibility(user: SessionUser, alias: string): { sql: string; params: Record<string, unknown> } {
  switch (user.role) {
    case 'admin':
      return { sql: 'TRUE', params: {} };
    case 'supervisor':
      return { sql: `${alias}.team_id = ANY(:scopeTeamIds)`, params: { scopeTeamIds: user.teamIds } };
    case 'coder':
      return user.coderId
        ? { sql: `${alias}.id = :scopeCoderId`, params: { scopeCoderId: user.coderId } }
        : { sql: 'FALSE', params: {} };
    default:
      return { sql: 'FALSE', params: {} };
  }
}

export function teamVisibility(user: SessionUser, alias: string): { sql: string; params: Record<string, unknown> } {
  if (user.role === 'admin') return { sql: 'TRUE', params: {} };
  if (user.role === 'supervisor')
    return { sql: `${alias}.id = ANY(:scopeTeamIds)`, params: { scopeTeamIds: user.teamIds } };
  return { sql: 'FALSE', params: {} };
}
