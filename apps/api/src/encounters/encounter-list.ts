import type { EncounterListQuery, EncounterPage, EncounterSummaryDto, SessionUser } from '@recode/contracts';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { z } from 'zod';
import { AppError } from '../common/errors';
import { rawRows, selectRow } from '../database/sql';
import { cursorFitsSort, decodeCursor, encodeCursor } from './encounter-cursor';
import { TotalRow } from '../database/rows';
import { SummaryRow } from './encounter-rows';
import { encounterVisibility } from './encounter-scope';

/** Counting stops here: "10,000+" is as useful to a person as the exact number, and stays fast at a million rows. */
export const TOTAL_CAP = 10_000;

const SORT_COLUMN = { date: 'e.encounter_date', externalId: 'e.external_id' } as const;

/**
 * The encounters list: scoped, filtered, sorted and keyset-paged on indexes that match
 * (see encounter.entity.ts); the total is counted up to TOTAL_CAP.
 */
export async function listEncounters(
  db: DataSource,
  user: SessionUser,
  query: EncounterListQuery,
): Promise<EncounterPage> {
  const { sortKey, column, direction } = encounterSort(query.sort);
  const filtered = (): SelectQueryBuilder<object> => filteredEncounters(db, user, query);

  const page = filtered()
    .innerJoin('coders', 'c', 'c.id = e.coder_id')
    .select([
      'e.id AS id',
      'e.source AS source',
      'e.external_id AS external_id',
      'e.setting AS setting',
      'e.facility AS facility',
      `to_char(e.encounter_date, 'YYYY-MM-DD') AS encounter_date`,
      'e.fiscal_year AS fiscal_year',
      'e.drg AS drg',
      'e.flagged AS flagged',
      'e.code_count AS code_count',
      'e.version_count AS version_count',
      'e.current_version_id AS current_version_id',
      'c.id AS coder_id',
      'c.external_id AS coder_external_id',
      'c.display_name AS coder_name',
      'c.team_id AS coder_team_id',
    ]);
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor);
    if (!cursor || !cursorFitsSort(cursor, sortKey))
      throw new AppError(400, 'VALIDATION_FAILED', 'query.cursor: is not a cursor from this list', [
        { path: 'query.cursor', message: 'is not valid' },
      ]);
    page.andWhere(`(${column}, e.id) ${direction === 'DESC' ? '<' : '>'} (:cursorValue, :cursorId)`, {
      cursorValue: cursor.value,
      cursorId: cursor.id,
    });
  }
  const raw: unknown = await page
    .orderBy(column, direction)
    .addOrderBy('e.id', direction)
    .limit(query.limit + 1)
    .getRawMany();
  const rows = rawRows(SummaryRow, raw, 'the encounters list');
  const [countSql, countParams] = filtered()
    .select('1')
    .limit(TOTAL_CAP + 1)
    .getQueryAndParameters();
  const total =
    (await selectRow(db, TotalRow, `SELECT count(*)::int AS total FROM (${countSql}) capped`, countParams))?.total ?? 0;
  const items = rows.slice(0, query.limit).map(toSummary);
  const last = items[items.length - 1];
  const nextCursor =
    rows.length > query.limit && last
      ? encodeCursor({ value: sortKey === 'date' ? last.encounterDate : last.externalId, id: last.id })
      : null;
  return {
    items,
    nextCursor,
    total: Math.min(total, TOTAL_CAP),
    totalIsCapped: total > TOTAL_CAP,
    totalCap: TOTAL_CAP,
  };
}

/** The encounters the user may see that match the list's filters (alias e); the list and its CSV export share it. */
export function filteredEncounters(
  db: DataSource,
  user: SessionUser,
  query: EncounterListQuery,
): SelectQueryBuilder<object> {
  const scope = encounterVisibility(user, 'e');
  const qb = db.createQueryBuilder().from('encounters', 'e').where(scope.sql, scope.params);
  if (query.coderId) qb.andWhere('e.coder_id = :coderId', { coderId: query.coderId });
  if (query.teamId)
    qb.andWhere('e.coder_id IN (SELECT tc.id FROM coders tc WHERE tc.team_id = :teamId)', { teamId: query.teamId });
  if (query.setting) qb.andWhere('e.setting = :setting', { setting: query.setting });
  if (query.from) qb.andWhere('e.encounter_date >= :from', { from: query.from });
  if (query.to) qb.andWhere('e.encounter_date <= :to', { to: query.to });
  if (query.flagged !== undefined) qb.andWhere(query.flagged ? 'e.flagged' : 'NOT e.flagged');
  // A prefix as a range, so the external-id index serves it whatever the collation.
  if (query.q) qb.andWhere('e.external_id >= :q AND e.external_id < :qEnd', { q: query.q, qEnd: `${query.q}\uFFFF` });
  return qb;
}

/** The list's sort: its key, and as SQL, column and direction (the list and its export share it). */
export function encounterSort(sort: EncounterListQuery['sort']): {
  sortKey: keyof typeof SORT_COLUMN;
  column: string;
  direction: 'ASC' | 'DESC';
} {
  const sortKey = sort.replace('-', '') as keyof typeof SORT_COLUMN;
  return { sortKey, column: SORT_COLUMN[sortKey], direction: sort.startsWith('-') ? 'DESC' : 'ASC' };
}

function toSummary(r: z.infer<typeof SummaryRow>): EncounterSummaryDto {
  return {
    id: r.id,
    source: r.source,
    externalId: r.external_id,
    setting: r.setting,
    facility: r.facility,
    encounterDate: r.encounter_date,
    fiscalYear: r.fiscal_year,
    coder: { id: r.coder_id, externalId: r.coder_external_id, displayName: r.coder_name, teamId: r.coder_team_id },
    drg: r.drg,
    flagged: r.flagged,
    codeCount: r.code_count,
    versionCount: r.version_count,
    currentVersionId: r.current_version_id,
  };
}
