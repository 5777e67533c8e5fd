import { type AccuracyEstimate } from './accuracy-estimate';
import { inverseNormalCdf } from './normal';
import { recordAccuracyInterval } from './record-accuracy';

export interface SampleSizeQuestion {
  /** The accuracy we expect (or observed) for the coder, p₁. */
  expectedAccuracy: number;
  /** The accuracy we compare against, p₀ (commonly 0.95). */
  target: number;
  alpha?: number;
  power?: number;
  /**
   * Two-sided by default so the answer matches the two-sided 95% intervals shown beside every rate
   * ("the interval excludes the target"). One-sided asks only "is this coder below (or above) target?".
   */
  twoSided?: boolean;
}

/**
 * Units needed for a one-sample test of a proportion to tell p₁ from p₀ (normal approximation, e.g.
 * Chow, Shao & Wang, Sample Size Calculations in Clinical Research, §4.1):
 *
 *   n = ⌈ ((z_α·√(p₀(1 − p₀)) + z_β·√(p₁(1 − p₁))) / (p₁ − p₀))² ⌉,   z_α = Φ⁻¹(1 − α) or Φ⁻¹(1 − α/2), z_β = Φ⁻¹(power)
 *
 * The unit is whatever the proportion counts: records for record accuracy; for code accuracy it is
 * codes, and clustering within records means more are needed than this says. Returns null when the
 * two accuracies are equal: no sample can tell them apart.
 */
export function sampleSizeToDistinguish(question: SampleSizeQuestion): number | null {
  const { expectedAccuracy: p1, target: p0, alpha = 0.05, power = 0.8, twoSided = true } = question;
  for (const [name, value] of [
    ['expectedAccuracy', p1],
    ['target', p0],
    ['alpha', alpha],
    ['power', power],
  ] as const) {
    if (!(value > 0 && value < 1)) throw new RangeError(`${name} must lie in (0, 1), got ${value}`);
  }
  if (p1 === p0) return null;
  const zAlpha = inverseNormalCdf(1 - (twoSided ? alpha / 2 : alpha));
  const zBeta = inverseNormalCdf(power);
  const spread = zAlpha * Math.sqrt(p0 * (1 - p0)) + zBeta * Math.sqrt(p1 * (1 - p1));
  // Shave float dust before rounding up so an exact whole answer is not pushed to the next integer.
  return Math.ceil((spread / (p1 - p0)) ** 2 - 1e-9);
}

export interface TooSmallToTellQuestion {
  successes: number;
  n: number;
  target: number;
  /** Records in the population the sample came from, when known: the interval uses it and "more" never exceeds what remains. */
  population?: number | null;
  /** What n counts, for the message; 'records' unless told. */
  unitLabel?: string;
}

export interface TooSmallToTellAnswer {
  /** True when the 95% interval (Clopper–Pearson, or exact hypergeometric with a population) still contains the target. */
  tooSmall: boolean;
  interval: AccuracyEstimate | null;
  /** How many MORE units would tell the observed rate from the target (two-sided α = 0.05, power 0.8), capped by what remains; null if not needed. */
  needed: number | null;
  message: string;
}

/** Warns when a sample is too small for the decision "is this coder at target?", and says how many more would settle it. */
export function isTooSmallToTell(question: TooSmallToTellQuestion): TooSmallToTellAnswer {
  const { successes, n, target, unitLabel = 'records' } = question;
  const population = question.population ?? null;
  if (!(target > 0 && target < 1)) throw new RangeError(`target must lie in (0, 1), got ${target}`);
  const targetText = percent(target);
  if (n === 0)
    return {
      tooSmall: true,
      interval: null,
      needed: null,
      message: `No ${unitLabel} reviewed yet: nothing can be said against the ${targetText} target.`,
    };
  const interval = recordAccuracyInterval(successes, n, population);
  if (interval.estimate === null || interval.lower === null || interval.upper === null) {
    return { tooSmall: true, interval, needed: null, message: `Not enough data: ${interval.reason ?? 'no estimate'}.` };
  }
  const observed = percent(interval.estimate);
  const side = interval.estimate < target ? 'below' : interval.estimate > target ? 'above' : 'at';
  if (interval.status === 'census') {
    return {
      tooSmall: false,
      interval,
      needed: null,
      message: `All ${n} ${unitLabel} reviewed: ${observed}, ${side} the ${targetText} target.`,
    };
  }
  if (target < interval.lower || target > interval.upper) {
    return {
      tooSmall: false,
      interval,
      needed: null,
      message: `${n} ${unitLabel} show ${observed}, ${side} the ${targetText} target.`,
    };
  }
  const total = totalToTell(interval.estimate, n, target);
  const more = total - n;
  const remaining = population === null ? null : population - n;
  const prefix = `${n} ${unitLabel} show ${observed} (95% interval ${percent(interval.lower)}–${percent(interval.upper)}), too few to tell from the ${targetText} target`;
  if (remaining !== null && more >= remaining) {
    const message = `${prefix}; only ${remaining} more ${unitLabel} remain: reviewing all of them gives the exact rate.`;
    return { tooSmall: true, interval, needed: remaining, message };
  }
  if (!Number.isFinite(more))
    return {
      tooSmall: true,
      interval,
      needed: null,
      message: `${prefix}; at exactly the target, no number of ${unitLabel} would separate them.`,
    };
  return {
    tooSmall: true,
    interval,
    needed: more,
    message: `${prefix}; about ${more} more ${unitLabel} would settle it.`,
  };
}

/**
 * Total sample at which the observed rate, if it held, would be told from the target. At 0% or 100% the
 * exact answer is closed-form (all m right excludes p₀ once p₀^m < α/2); elsewhere the normal-approximation
 * test of sampleSizeToDistinguish, planned from the rate nudged half a unit inside (0, 1). Never fewer than n + 1.
 */
function totalToTell(observed: number, n: number, target: number): number {
  let total: number;
  if (observed === 1) total = Math.ceil(Math.log(0.025) / Math.log(target));
  else if (observed === 0) total = Math.ceil(Math.log(0.025) / Math.log(1 - target));
  else {
    const planned = Math.min(Math.max(observed, 0.5 / n), 1 - 0.5 / n);
    total =
      planned === target ? Number.POSITIVE_INFINITY : sampleSizeToDistinguish({ expectedAccuracy: planned, target })!;
  }
  return Math.max(total, Math.floor(n) + 1);
}

function percent(rate: number): string {
  // One decimal only when it matters, so 0.95 reads "95%" and 0.9333 reads "93.3%".
  const value = Math.round(rate * 1000) / 10;
  return `${Number.isInteger(value) ? value.toFixed(0) : value.toFixed(1)}%`;
}
