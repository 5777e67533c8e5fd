import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SCORING_METHOD_VERSION } from '@recode/domain';
import { DataSource } from 'typeorm';
import { execute, selectRows } from '../../database/sql';
import { JobHandler } from '../../jobs/job-handler.decorator';
import { AuditSettingsService } from '../../settings';
import { scoreBlock } from './score-block';
import {
  auditorFindingsByCoderMonth,
  populationByCoderMonth,
  rollupClusterSums,
  type AuditorFindings,
} from './rollup-extras';
import { COUNTED_RANDOM_AUDIT, COUNTED_TARGETED_AUDIT } from './scoring-sql';
import { loadScoredRecords, type LoadedRecord } from './scored-records';
import { TeamMonthRow } from './score-rows';

// Only random audits estimate accuracy; targeted (rule-driven) ones are counted apart as findings.
const COUNTED = COUNTED_RANDOM_AUDIT;
const TARGETED = COUNTED_TARGETED_AUDIT;

/**
 * Keeps score_rollups current: for each touched coder-month, and each team-month of those coders, the
 * rows are recomputed from every reviewed record of that month (across audits) and upserted in one
 * statement; a month left with no record loses its row. Recomputing whole months keeps it idempotent.
 */
@Injectable()
export class RollupsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly settings: AuditSettingsService,
  ) {}

  @JobHandler('rollups.refresh')
  async refresh(payload: {
    coderMonths: { coderId: string; month: string }[];
  }): Promise<{ coderRows: number; teamRows: number }> {
    const pairs = [...new Map(payload.coderMonths.map((p) => [`${p.coderId}|${p.month}`, p])).values()];
    if (pairs.length === 0) return { coderRows: 0, teamRows: 0 };
    const monthOf = `date_trunc('month', i.encounter_date)::date`;
    const pairParams = [pairs.map((p) => p.coderId), pairs.map((p) => p.month)];
    const inPairs = `(i.coder_id, ${monthOf}) IN (SELECT * FROM unnest($1::uuid[], $2::date[]))`;
    const coderRecords = await loadScoredRecords(this.db, `${COUNTED} AND ${inPairs}`, pairParams);
    const coderTargeted = await loadScoredRecords(this.db, `${TARGETED} AND ${inPairs}`, pairParams);
    const population = await populationByCoderMonth(this.db, pairParams[0], pairParams[1]);
    const teams = await selectRows(
      this.db,
      TeamMonthRow,
      `SELECT DISTINCT c.team_id AS "teamId", p.month::text AS month FROM unnest($1::uuid[], $2::date[]) AS p(coder_id, month)
         JOIN coders c ON c.id = p.coder_id WHERE c.team_id IS NOT NULL`,
      [pairs.map((p) => p.coderId), pairs.map((p) => p.month)],
    );
    const inTeams = `(c.team_id, ${monthOf}) IN (SELECT * FROM unnest($1::uuid[], $2::date[]))`;
    const teamParams = [teams.map((t) => t.teamId), teams.map((t) => t.month)];
    const teamRecords = teams.length ? await loadScoredRecords(this.db, `${COUNTED} AND ${inTeams}`, teamParams) : [];
    const teamTargeted = teams.length ? await loadScoredRecords(this.db, `${TARGETED} AND ${inTeams}`, teamParams) : [];
    const auditorFindings = await auditorFindingsByCoderMonth(
      this.db,
      pairs.map((p) => p.coderId),
      pairs.map((p) => p.month),
    );
    const coderRows = await this.write(
      'coder',
      pairs.map((p) => ({ scopeId: p.coderId, month: p.month })),
      { records: coderRecords, targeted: coderTargeted, population },
      (r) => r.coderId,
      auditorFindings,
    );
    const teamRows = await this.write(
      'team',
      teams.map((t) => ({ scopeId: t.teamId, month: t.month })),
      { records: teamRecords, targeted: teamTargeted, population: new Map() },
      (r) => r.teamId ?? '',
      new Map(),
    );
    return { coderRows, teamRows };
  }

  private async write(
    scope: 'coder' | 'team',
    keys: { scopeId: string; month: string }[],
    source: { records: LoadedRecord[]; targeted: LoadedRecord[]; population: Map<string, number> },
    scopeOf: (r: LoadedRecord) => string,
    auditorFindings: Map<string, AuditorFindings>,
  ): Promise<number> {
    const settings = await this.settings.get();
    const groups = groupBy(source.records, scopeOf);
    const targetedGroups = groupBy(source.targeted, scopeOf);
    const rows = keys.flatMap(({ scopeId, month }) => {
      const key = `${scopeId}|${month}`;
      const targeted = targetedGroups.get(key) ?? [];
      const group = groups.get(key) ?? [];
      if (!group.length && !targeted.length) return [];
      const s = scoreBlock(group, settings.scoringWeights, settings.accuracyTarget, source.population.get(key) ?? null);
      const t = scoreBlock(targeted, settings.scoringWeights, settings.accuracyTarget);
      const sums = rollupClusterSums(group, settings.scoringWeights);
      return [
        {
          scope_id: scopeId,
          month,
          team_id: scope === 'team' ? scopeId : (group[0]?.teamId ?? targeted[0]?.teamId ?? null),
          records_reviewed: s.recordsReviewed,
          codes_reviewed: s.codesReviewed,
          weighted_codes: s.weightedCodes,
          weighted_errors: s.weightedErrors,
          records_with_error: s.recordsWithError,
          inpatient_records_reviewed: s.inpatientRecordsReviewed,
          drg_unchanged: Math.round((s.drgAccuracy.estimate ?? 0) * s.inpatientRecordsReviewed),
          code_accuracy: s.codeAccuracy.estimate,
          code_accuracy_lower: s.codeAccuracy.lower,
          code_accuracy_upper: s.codeAccuracy.upper,
          record_accuracy: s.recordAccuracy.estimate,
          record_accuracy_lower: s.recordAccuracy.lower,
          record_accuracy_upper: s.recordAccuracy.upper,
          overpayment: s.overpayment.amount,
          underpayment: s.underpayment.amount,
          overpayment_weight: s.overpayment.weight,
          underpayment_weight: s.underpayment.weight,
          category_errors: Object.fromEntries(Object.entries(s.ratesByCategory).map(([k, v]) => [k, v.errors])),
          preliminary: s.preliminary || group.some((r) => r.inReview),
          code_clusters: sums.clusters,
          code_errors_squared: sums.errorsSquared,
          code_units_squared: sums.unitsSquared,
          code_errors_times_units: sums.errorsTimesUnits,
          auditor_findings: auditorFindings.get(key) ?? {},
          population: source.population.get(key) ?? null,
          targeted_records_reviewed: t.recordsReviewed,
          targeted_records_with_error: t.recordsWithError,
        },
      ];
    });
    const empty = keys.filter(
      ({ scopeId, month }) => !groups.has(`${scopeId}|${month}`) && !targetedGroups.has(`${scopeId}|${month}`),
    );
    if (empty.length) {
      await execute(
        this.db,
        `DELETE FROM score_rollups WHERE scope = $1 AND (scope_id, month) IN (SELECT * FROM unnest($2::uuid[], $3::date[]))`,
        [scope, empty.map((e) => e.scopeId), empty.map((e) => e.month)],
      );
    }
    if (rows.length === 0) return 0;
    await execute(
      this.db,
      `INSERT INTO score_rollups (scope, scope_id, month, team_id, method_version, records_reviewed, codes_reviewed, weighted_codes, weighted_errors, records_with_error,
         inpatient_records_reviewed, drg_unchanged, code_accuracy, code_accuracy_lower, code_accuracy_upper, record_accuracy, record_accuracy_lower,
         record_accuracy_upper, overpayment, underpayment, overpayment_weight, underpayment_weight, category_errors, preliminary, code_clusters, code_errors_squared,
         code_units_squared, code_errors_times_units, auditor_findings, population, targeted_records_reviewed, targeted_records_with_error, updated_at)
       SELECT $1, r.scope_id, r.month, r.team_id, $2, r.records_reviewed, r.codes_reviewed, r.weighted_codes, r.weighted_errors, r.records_with_error, r.inpatient_records_reviewed,
              r.drg_unchanged, r.code_accuracy, r.code_accuracy_lower, r.code_accuracy_upper, r.record_accuracy, r.record_accuracy_lower, r.record_accuracy_upper,
              r.overpayment, r.underpayment, r.overpayment_weight, r.underpayment_weight, r.category_errors, r.preliminary, r.code_clusters,
              r.code_errors_squared, r.code_units_squared, r.code_errors_times_units, r.auditor_findings, r.population, r.targeted_records_reviewed,
              r.targeted_records_with_error, now()
         FROM jsonb_to_recordset($3::jsonb) AS r(scope_id uuid, month date, team_id uuid, records_reviewed int, codes_reviewed int, weighted_codes float8, weighted_errors float8,
              records_with_error int, inpatient_records_reviewed int, drg_unchanged int, code_accuracy float8, code_accuracy_lower float8, code_accuracy_upper float8,
              record_accuracy float8, record_accuracy_lower float8, record_accuracy_upper float8, overpayment numeric, underpayment numeric,
              overpayment_weight numeric, underpayment_weight numeric, category_errors jsonb, preliminary boolean, code_clusters int,
              code_errors_squared float8, code_units_squared float8, code_errors_times_units float8, auditor_findings jsonb, population int,
              targeted_records_reviewed int, targeted_records_with_error int)
       ON CONFLICT (scope, scope_id, month) DO UPDATE SET team_id = excluded.team_id, method_version = excluded.method_version,
         records_reviewed = excluded.records_reviewed, codes_reviewed = excluded.codes_reviewed, weighted_codes = excluded.weighted_codes, weighted_errors = excluded.weighted_errors,
         records_with_error = excluded.records_with_error, inpatient_records_reviewed = excluded.inpatient_records_reviewed, drg_unchanged = excluded.drg_unchanged,
         code_accuracy = excluded.code_accuracy, code_accuracy_lower = excluded.code_accuracy_lower, code_accuracy_upper = excluded.code_accuracy_upper,
         record_accuracy = excluded.record_accuracy, record_accuracy_lower = excluded.record_accuracy_lower, record_accuracy_upper = excluded.record_accuracy_upper,
         overpayment = excluded.overpayment, underpayment = excluded.underpayment, overpayment_weight = excluded.overpayment_weight,
         underpayment_weight = excluded.underpayment_weight, category_errors = excluded.category_errors, preliminary = excluded.preliminary,
         code_clusters = excluded.code_clusters, code_errors_squared = excluded.code_errors_squared, code_units_squared = excluded.code_units_squared,
         code_errors_times_units = excluded.code_errors_times_units, auditor_findings = excluded.auditor_findings, population = excluded.population,
         targeted_records_reviewed = excluded.targeted_records_reviewed, targeted_records_with_error = excluded.targeted_records_with_error, updated_at = now()`,
      [scope, SCORING_METHOD_VERSION, JSON.stringify(rows)],
    );
    return rows.length;
  }
}

function groupBy(records: readonly LoadedRecord[], scopeOf: (r: LoadedRecord) => string): Map<string, LoadedRecord[]> {
  const groups = new Map<string, LoadedRecord[]>();
  for (const r of records) {
    const key = `${scopeOf(r)}|${r.month}`;
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  return groups;
}
