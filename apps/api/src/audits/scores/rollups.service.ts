import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SCORING_METHOD_VERSION } from '@recode/domain';
import { DataSource } from 'typeorm';
import { execute, selectRows } from '../../database/sql';
import { JobHandler } from '../../jobs/job-handler.decorator';
import { AuditSettingsService } from '../../settings';
import { type RollupRow, UPSERT_ROLLUPS_SQL } from './rollup-upsert';
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
    const rows = keys.flatMap(({ scopeId, month }): RollupRow[] => {
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
    await execute(this.db, UPSERT_ROLLUPS_SQL, [scope, SCORING_METHOD_VERSION, JSON.stringify(rows)]);
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
