import type { EncounterListQuery, SessionUser } from '@recode/contracts';
import type { DataSource } from 'typeorm';
import { encounterSort, filteredEncounters } from '../encounters';
import { type CsvColumn, dotted, settingLabel } from '../csv-export';
import type { EncounterExportRow } from './export-rows';

export const ENCOUNTER_COLUMNS: CsvColumn<EncounterExportRow>[] = [
  { header: 'encounter_id', value: (r) => r.id },
  { header: 'source', value: (r) => r.source },
  { header: 'encounter', value: (r) => r.external_id },
  { header: 'setting', value: (r) => r.setting },
  { header: 'setting_label', value: (r) => settingLabel(r.setting) },
  { header: 'facility', value: (r) => r.facility },
  { header: 'encounter_date', value: (r) => r.encounter_date },
  { header: 'fiscal_year', value: (r) => r.fiscal_year },
  { header: 'principal_diagnosis', value: (r) => r.principal_dx },
  { header: 'principal_diagnosis_display', value: (r) => dotted('ICD10CM', r.principal_dx) },
  { header: 'drg', value: (r) => r.drg },
  { header: 'flagged', value: (r) => r.flagged },
  { header: 'code_count', value: (r) => r.code_count },
  { header: 'version_count', value: (r) => r.version_count },
  { header: 'coder_id', value: (r) => r.coder_id },
  { header: 'coder', value: (r) => r.coder_external_id },
  { header: 'coder_name', value: (r) => r.coder_name },
  { header: 'team', value: (r) => r.team_name },
];

/**
 * The encounters list's query without paging: the same scope, filters and sort (the list's `cursor` and
 * `limit` are ignored, the export is everything that matches), with the names people read.
 */
export function encounterExportSql(db: DataSource, user: SessionUser, query: EncounterListQuery): [string, unknown[]] {
  const { column, direction } = encounterSort(query.sort);
  return filteredEncounters(db, user, query)
    .innerJoin('coders', 'c', 'c.id = e.coder_id')
    .leftJoin('teams', 't', 't.id = c.team_id')
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
      'c.id AS coder_id',
      'c.external_id AS coder_external_id',
      'c.display_name AS coder_name',
      't.name AS team_name',
      `(SELECT ec.code FROM encounter_codes ec WHERE ec.version_id = e.current_version_id AND ec.system = 'ICD10CM' AND ec.principal ORDER BY ec.position LIMIT 1) AS principal_dx`,
    ])
    .orderBy(column, direction)
    .addOrderBy('e.id', direction)
    .getQueryAndParameters();
}

/** The filters as the audit log records them (no paging keys). */
export function encounterFilters(query: EncounterListQuery): Record<string, unknown> {
  const { cursor: _cursor, limit: _limit, ...filters } = query;
  return filters;
}
