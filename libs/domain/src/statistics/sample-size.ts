import { inverseNormalCdf } from './normal';
import { wilsonInterval } from './wilson';
import { type ProportionInterval, Z_95 } from './types';

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
  for (const [name, value] of [['expectedAccuracy', p1], ['target', p0], ['alpha', alpha], ['power', power]] as const) {
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
  /** What n counts, for the message; 'records' unless told. */
  unitLabel?: string;
  z?: number;
}

export interface TooSmallToTellAnswer {
  /** True when the 95% Wilson interval still contains the target: the sample cannot say which side the coder is on. */
  tooSmall: boolean;
  interval: ProportionInterval | null;
  /** Units needed to tell the observed rate from the target (two-sided α = 0.05, power 0.8); null if not needed or computable. */
  needed: number | null;
  message: string;
}

/** Warns when a sample is too small for the decision "is this coder at target?", and says how many would be needed. */
export function isTooSmallToTell(question: TooSmallToTellQuestion): TooSmallToTellAnswer {
  const { successes, n, target, unitLabel = 'records', z = Z_95 } = question;
  if (!(target > 0 && target < 1)) throw new RangeError(`target must lie in (0, 1), got ${target}`);
  const interval = wilsonInterval(successes, n, z);
  const targetText = percent(target);
  if (interval === null) {
    const message = `No ${unitLabel} reviewed yet: nothing can be said against the ${targetText} target.`;
    return { tooSmall: true, interval, needed: null, message };
  }
  const observedText = percent(interval.estimate);
  if (target < interval.lower || target > interval.upper) {
    const side = interval.estimate < target ? 'below' : 'above';
    const message = `${n} ${unitLabel} show ${observedText}, ${side} the ${targetText} target.`;
    return { tooSmall: false, interval, needed: null, message };
  }
  // 0% and 100% observed have no spread to plan with; nudge inside (0, 1) by half a unit, a common continuity fix.
  const planned = Math.min(Math.max(interval.estimate, 0.5 / n), 1 - 0.5 / n);
  const computed = planned === target ? null : sampleSizeToDistinguish({ expectedAccuracy: planned, target });
  // Wilson and the normal-approximation test disagree slightly near the edge; never advise fewer than we have.
  const needed = computed === null ? null : Math.max(computed, Math.floor(n) + 1);
  const prefix = `${n} ${unitLabel} cannot tell ${observedText} from the ${targetText} target`;
  const message =
    needed === null
      ? `${prefix}; the observed rate equals the target, so no sample size would separate them.`
      : `${prefix}; about ${needed} ${unitLabel} would be needed.`;
  return { tooSmall: true, interval, needed, message };
}

function percent(rate: number): string {
  // One decimal only when it matters, so 0.95 reads "95%" and 0.9333 reads "93.3%".
  const value = Math.round(rate * 1000) / 10;
  return `${Number.isInteger(value) ? value.toFixed(0) : value.toFixed(1)}%`;
}
