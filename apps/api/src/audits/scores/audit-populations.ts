import type { RateWithIntervalDto, ScoreBlockDto } from '@recode/contracts';
import {
  clusterSums,
  codeClusters,
  scoreRecords,
  stratifiedCodeAccuracy,
  stratifiedRecordAccuracy,
  type ScoredRecord,
  type ScoringSettings,
} from '@recode/domain';
import type { DataSource } from 'typeorm';
import { selectRows } from '../../database/sql';
import { RANDOM_AUDIT } from './scoring-sql';
import { rateOf } from './score-block';
import { CoderCountRow } from './score-rows';

/**
 * Records per coder in a random audit's frame (scope minus the recently audited): the population each
 * coder's sample was drawn from. Empty for a targeted audit (its records are chosen, not sampled) or an
 * audit without a stored frame.
 */
export async function framePopulationByCoder(db: DataSource, auditId: string): Promise<Map<string, number>> {
  const rows = await selectRows(
    db,
    CoderCountRow,
    `WITH audit AS (SELECT a.id FROM audits a WHERE a.id = $1 AND ${RANDOM_AUDIT}),
          frame AS (SELECT unnest(f.scope_version_ids) AS id FROM audit_frames f JOIN audit ON audit.id = f.audit_id
                    EXCEPT SELECT unnest(f.excluded_version_ids) FROM audit_frames f JOIN audit ON audit.id = f.audit_id)
     SELECT v.coder_id AS "coderId", count(*)::int AS n FROM frame JOIN encounter_versions v ON v.id = frame.id GROUP BY v.coder_id`,
    [auditId],
  );
  return new Map(rows.map((r) => [r.coderId, r.n]));
}

/**
 * The audit's own accuracy as a stratified estimate over coders (weights = frame shares), replacing the
 * pooled figure when every coder's population is known; otherwise the pooled block is kept as it is.
 */
export function stratifiedOverall(
  overall: ScoreBlockDto,
  records: readonly ScoredRecord[],
  settings: ScoringSettings,
  populations: ReadonlyMap<string, number>,
): ScoreBlockDto {
  const coders = [...new Set(records.map((r) => r.coderId))];
  if (coders.length < 2 || coders.some((c) => !populations.has(c))) return overall;
  const perCoder = coders.map((coderId) => {
    const own = records.filter((r) => r.coderId === coderId);
    const stats = codeClusters(own, settings);
    return {
      label: coderId,
      population: populations.get(coderId)!,
      reviewed: own.length,
      right: own.length - scoreRecords(own, settings).recordsWithError,
      stats,
    };
  });
  const record = stratifiedRecordAccuracy(perCoder);
  const code = stratifiedCodeAccuracy(
    perCoder.map((c) => ({
      label: c.label,
      population: c.population,
      sums: clusterSums(c.stats),
    })),
  );
  const codeRate: RateWithIntervalDto = { ...rateOf(code, code.records), n: overall.codeAccuracy.n };
  return { ...overall, recordAccuracy: rateOf(record), codeAccuracy: codeRate };
}
