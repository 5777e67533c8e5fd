import { byConfidence } from './confidence';
import { RatStatsInputError, requireInteger, requireValues } from './errors';
import { Z_TWO_SIDED } from './normal-quantiles';
import { appraiseSummary, finish, summarize, tQuantiles, type VariableAppraisal } from './variable-appraisal';

export interface StratumInput {
  N: number;
  values: number[];
}

export interface StratifiedAppraisal {
  /** Universe figures; z-based limits; std_dev is null (a stratified sample has no single one). */
  overall: VariableAppraisal;
  /** Each stratum appraised on its own (t-based, as an unrestricted sample). */
  strata: VariableAppraisal[];
}

/**
 * RAT-STATS stratified variable appraisal: point estimate Σ N_h·x̄_h, SE(total) = √Σ (N_h·SE(x̄_h))² with
 * each stratum's finite population correction, and normal (z) limits for the universe.
 * A stratum needs two sampled values to estimate its variance, unless it was sampled whole (n_h = N_h),
 * when its variance term is exactly 0 — a one-item stratum included.
 */
export function stratifiedAppraisal(input: { strata: StratumInput[] }): StratifiedAppraisal {
  if (!Array.isArray(input.strata) || input.strata.length === 0) {
    throw new RatStatsInputError('strata', 'must be a non-empty array of { N, values }');
  }
  const summaries = input.strata.map((stratum, h) => {
    const field = `strata[${h}]`;
    const N = requireInteger(`${field}.N`, stratum?.N, 1);
    const values = requireValues(`${field}.values`, stratum?.values);
    if (values.length === 0) throw new RatStatsInputError(`${field}.values`, 'the stratum has no sampled values');
    if (values.length > N)
      throw new RatStatsInputError(`${field}.values`, `has ${values.length} values but the stratum's N is only ${N}`);
    if (values.length === 1 && N > 1) {
      throw new RatStatsInputError(
        `${field}.values`,
        'one sampled value cannot estimate the stratum variance: sample at least 2 items or the whole stratum',
      );
    }
    return summarize(N, values);
  });

  const strata = summaries.map((s) => appraiseSummary(s, tQuantiles(s.n)));
  const universe = summaries.reduce((total, s) => total + s.N, 0);
  const pointEstimate = strata.reduce((total, s) => total + s.point_estimate, 0);
  const seTotal = Math.sqrt(strata.reduce((total, s) => total + s.se_total ** 2, 0));
  const z = byConfidence((level) => Z_TWO_SIDED[level]);
  const overall = finish(
    pointEstimate / universe,
    null,
    seTotal / universe,
    seTotal,
    pointEstimate,
    (level) => z[level],
    Z_TWO_SIDED[80],
  );
  return { overall, strata };
}
