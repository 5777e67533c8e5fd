import type { SessionUser } from '@recode/contracts';
import { coderVisibility } from '../users/access-scope';

/**
 * Which encounters a user may see, as a condition on an encounters alias: admins and auditors all
 * (auditors review any coder's work); supervisors their teams' coders'; a coder only their own.
 */
export function encounterVisibility(user: SessionUser, alias: string): { sql: string; params: Record<string, unknown> } {
  if (user.role === 'admin' || user.role === 'auditor') return { sql: 'TRUE', params: {} };
  if (user.role === 'coder') return user.coderId ? { sql: `${alias}.coder_id = :scopeCoderId`, params: { scopeCoderId: user.coderId } } : { sql: 'FALSE', params: {} };
  const coders = coderVisibility(user, 'sc');
  return { sql: `${alias}.coder_id IN (SELECT sc.id FROM coders sc WHERE ${coders.sql})`, params: coders.params };
}
