import type { DataSource } from 'typeorm';
import { selectRows } from '../database/sql';
import type { RowFilter } from './coder-month-row';
import { CoderCountRow, CoderInfoRow, NamedRow } from './dashboard-rows';
import type { CoderInfo } from './dashboard-shape';

export async function coderInfo(db: DataSource, coderIds: string[]): Promise<Map<string, CoderInfo>> {
  const rows = await selectRows(
    db,
    CoderInfoRow,
    `SELECT c.id, c.external_id AS "externalId", c.display_name AS "displayName", c.team_id AS "teamId", t.name AS "teamName"
       FROM coders c LEFT JOIN teams t ON t.id = c.team_id WHERE c.id = ANY($1::uuid[])`,
    [coderIds],
  );
  return new Map(rows.map(({ id, ...info }) => [id, info]));
}

export async function userNames(db: DataSource, userIds: string[]): Promise<Map<string, string>> {
  const rows = await selectRows(db, NamedRow, 'SELECT id, display_name AS name FROM users WHERE id = ANY($1::uuid[])', [
    userIds,
  ]);
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function teamsOf(db: DataSource, teamIds: string[] | null): Promise<{ id: string; name: string }[]> {
  return selectRows(
    db,
    NamedRow,
    'SELECT id, name FROM teams WHERE active AND ($1::uuid[] IS NULL OR id = ANY($1::uuid[])) ORDER BY name',
    [teamIds],
  );
}

/**
 * Findings a coder has disputed that are not yet settled, read live (not from the rollups): a dispute
 * changes no score until ruled, so no rollup refresh follows it, yet it must show at once.
 */
export async function openDisputes(
  db: DataSource,
  coderIds: string[],
  filter: RowFilter,
): Promise<Map<string, number>> {
  if (coderIds.length === 0) return new Map();
  const rows = await selectRows(
    db,
    CoderCountRow,
    `SELECT f.coder_id AS "coderId", count(*)::int AS n
       FROM audit_findings f JOIN audit_items i ON i.id = f.item_id
      WHERE f.status IN ('disputed', 'escalated') AND f.coder_id = ANY($1::uuid[])
        AND i.encounter_date >= $2::date AND i.encounter_date < $3::date AND ($4::text IS NULL OR i.setting = $4::text)
        AND ($5::text IS NULL OR EXISTS (SELECT 1 FROM encounter_versions v WHERE v.id = i.encounter_version_id AND v.facility = $5::text))
      GROUP BY f.coder_id`,
    [coderIds, filter.fromDate, filter.toExclusive, filter.setting, filter.facility],
  );
  return new Map(rows.map((r) => [r.coderId, r.n]));
}
