import type { CreatePlanRequest, SessionUser } from '@recode/contracts';
import type { EntityManager } from 'typeorm';
import { AppError } from '../../common/errors';
import { selectRows } from '../../database/sql';
import { IdRow } from '../../database/rows';

/**
 * Checks the people a plan names and decides its teams. Supervisors plan within their own teams
 * (none named = all of them); a coder or auditor who does not exist, or is outside those teams, is
 * "unknown" to them (no hint about other teams). Returns the plan's team ids.
 */
export async function validatePlanPeople(
  m: EntityManager,
  user: SessionUser,
  plan: Pick<CreatePlanRequest, 'scope' | 'auditorIds'>,
): Promise<string[]> {
  const requested = [...new Set(plan.scope.teamIds ?? [])];
  let teamIds = requested;
  if (user.role === 'supervisor') {
    const outside = requested.filter((id) => !user.teamIds.includes(id));
    if (outside.length) {
      throw new AppError(
        403,
        'PLAN_TEAM_OUT_OF_SCOPE',
        'You can only plan audits for your own teams',
        outside.map((id) => ({ path: 'body.scope.teamIds', message: `team ${id} is not one of yours`, teamId: id })),
      );
    }
    teamIds = requested.length ? requested : [...user.teamIds];
    if (teamIds.length === 0)
      throw new AppError(403, 'PLAN_TEAM_OUT_OF_SCOPE', 'You lead no team, so there is nothing to audit');
  } else if (requested.length) {
    const found = await selectRows(m, IdRow, 'SELECT id FROM teams WHERE id = ANY($1::uuid[])', [requested]);
    const missing = requested.filter((id) => !found.some((t) => t.id === id));
    if (missing.length)
      throw new AppError(
        400,
        'TEAM_NOT_FOUND',
        `No team has the id ${missing[0]}`,
        missing.map((id) => ({ path: 'body.scope.teamIds', message: 'is not a known team', teamId: id })),
      );
  }

  const coderIds = plan.scope.coderIds ?? [];
  if (coderIds.length) {
    const known = await selectRows(
      m,
      IdRow,
      `SELECT id FROM coders WHERE id = ANY($1::uuid[]) ${teamIds.length ? 'AND team_id = ANY($2::uuid[])' : ''}`,
      teamIds.length ? [coderIds, teamIds] : [coderIds],
    );
    const unknown = coderIds.map((id, index) => ({ id, index })).filter(({ id }) => !known.some((k) => k.id === id));
    if (unknown.length) {
      const where = teamIds.length ? ' in the plan’s teams' : '';
      throw new AppError(
        400,
        'PLAN_CODER_UNKNOWN',
        `No coder${where} has the id ${unknown[0]?.id}`,
        unknown.map(({ id, index }) => ({
          path: `body.scope.coderIds.${index}`,
          message: `is not a known coder${where}`,
          coderId: id,
        })),
      );
    }
  }

  if (plan.auditorIds.length) {
    const auditors = await selectRows(
      m,
      IdRow,
      `SELECT id FROM users WHERE id = ANY($1::uuid[]) AND role = 'auditor' AND active`,
      [plan.auditorIds],
    );
    const unknown = plan.auditorIds
      .map((id, index) => ({ id, index }))
      .filter(({ id }) => !auditors.some((a) => a.id === id));
    if (unknown.length) {
      throw new AppError(
        400,
        'PLAN_AUDITOR_UNKNOWN',
        `No active auditor has the id ${unknown[0]?.id}`,
        unknown.map(({ id, index }) => ({
          path: `body.auditorIds.${index}`,
          message: 'is not an active auditor',
          userId: id,
        })),
      );
    }
  }
  return teamIds;
}
