import type { DashboardQuery, SessionUser } from '@recode/contracts';
import type { DataSource } from 'typeorm';
import { COUNTED_AUDIT } from '../audits';
import { AppError } from '../common/errors';
import { selectRow } from '../database/sql';
import { IdRow } from '../database/rows';
import { LatestMonthRow } from './dashboard-rows';
import type { RowFilter } from './coder-month-row';

/** The last 12 months, this one included, when no range is asked for. */
export function resolveMonths(
  query: { from?: string; to?: string },
  now: Date = new Date(),
): { from: string; to: string } {
  const current = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
  const to = query.to ?? (query.from && query.from > current ? query.from : current);
  return { from: query.from ?? shiftMonth(to, -11), to };
}

export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Teams the caller may see; null means every team (admin). Anyone else sees none (the route refuses them first). */
export function visibleTeamIds(user: SessionUser): string[] | null {
  if (user.role === 'admin') return null;
  if (user.role === 'supervisor') return user.teamIds;
  return [];
}

/**
 * The teams a dashboard query covers: the asked-for team when the caller may see it (404 as for a
 * missing team otherwise, so a team's existence does not leak), else all the caller's teams.
 */
export async function teamScope(
  db: DataSource,
  user: SessionUser,
  teamId: string | undefined,
): Promise<string[] | null> {
  const visible = visibleTeamIds(user);
  if (!teamId) return visible;
  const team = await selectRow(
    db,
    IdRow,
    'SELECT id FROM teams WHERE id = $1 AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))',
    [teamId, visible],
  );
  if (!team) throw new AppError(404, 'DASHBOARD_TEAM_NOT_FOUND', 'No such team');
  return [teamId];
}

export function rowFilter(
  query: Omit<DashboardQuery, 'teamId'>,
  months: { from: string; to: string },
  teamIds: string[] | null,
  coderId: string | null,
): RowFilter {
  return {
    fromDate: `${months.from}-01`,
    toExclusive: `${shiftMonth(months.to, 1)}-01`,
    teamIds,
    coderId,
    setting: query.setting ?? null,
    facility: query.facility ?? null,
    basis: query.basis ?? 'encounter',
  };
}

/**
 * With no period asked for, the twelve months ending where the newest reviewed work is: the encounter
 * month of the latest reviewed record's audit (an audit of older encounters shows at once), or for the
 * review basis the current month. Null when nothing has been reviewed in the caller's teams.
 */
export async function latestWorkMonth(db: DataSource, teamIds: string[] | null): Promise<string | null> {
  const row = await selectRow(
    db,
    LatestMonthRow,
    `WITH latest AS (
       SELECT i.audit_id FROM audit_items i JOIN audits a ON a.id = i.audit_id JOIN coders c ON c.id = i.coder_id
        WHERE i.status = 'reviewed' AND ${COUNTED_AUDIT} AND ($1::uuid[] IS NULL OR c.team_id = ANY($1::uuid[]))
        ORDER BY i.reviewed_at DESC NULLS LAST LIMIT 1)
     SELECT max(to_char(i.encounter_date, 'YYYY-MM')) AS month FROM audit_items i JOIN latest l ON l.audit_id = i.audit_id WHERE i.status = 'reviewed'`,
    [teamIds],
  );
  return row?.month ?? null;
}
