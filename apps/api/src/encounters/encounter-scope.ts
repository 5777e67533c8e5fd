import type { SessionUser } from '@recode/contracts';
import { coderVisibility } from '../users';

/**
 * Which encounters a user may see, as a condition on an encounters alias: admins all; supervisors
 * their teams' coders'; a coder only their own. An auditor sees the encounters of the audits
 * assigned to them (an audit with at least one item of theirs, the audits they can open) and, if
 * they belong to teams, their teams' coders' encounters; an auditor on no audit and no team sees none.
 */
export function encounterVisibility(
  user: SessionUser,
  alias: string,
): { sql: string; params: Record<string, unknown> } {
  if (user.role === 'admin') return { sql: 'TRUE', params: {} };
  if (user.role === 'coder')
    return user.coderId
      ? { sql: `${alias}.coder_id = :scopeCoderId`, params: { scopeCoderId: user.coderId } }
      : { sql: 'FALSE', params: {} };
  if (user.role === 'auditor') {
    const audited = `EXISTS (SELECT 1 FROM audit_items ai WHERE ai.encounter_id = ${alias}.id AND ai.audit_id IN (${AUDITS_OF_AUDITOR}))`;
    const teams = `${alias}.coder_id IN (SELECT sc.id FROM coders sc WHERE sc.team_id = ANY(:scopeTeamIds))`;
    return { sql: `(${audited} OR ${teams})`, params: { scopeAuditorId: user.id, scopeTeamIds: user.teamIds } };
  }
  const coders = coderVisibility(user, 'sc');
  return { sql: `${alias}.coder_id IN (SELECT sc.id FROM coders sc WHERE ${coders.sql})`, params: coders.params };
}

/** The audits an auditor is assigned to: those with at least one item of theirs. */
const AUDITS_OF_AUDITOR = 'SELECT mine.audit_id FROM audit_items mine WHERE mine.auditor_id = :scopeAuditorId';

/** The coders whose encounters the user may see (the encounters list's coder and team filters). */
export function encounterCoderVisibility(
  user: SessionUser,
  alias: string,
): { sql: string; params: Record<string, unknown> } {
  if (user.role !== 'auditor') return coderVisibility(user, alias);
  return {
    sql: `(${alias}.id IN (SELECT ai.coder_id FROM audit_items ai WHERE ai.audit_id IN (${AUDITS_OF_AUDITOR})) OR ${alias}.team_id = ANY(:scopeTeamIds))`,
    params: { scopeAuditorId: user.id, scopeTeamIds: user.teamIds },
  };
}
