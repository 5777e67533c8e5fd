import { exactBetaLimits } from './exact-limits';
import { inverseNormalCdf } from './normal';
import { studentTQuantile } from './student-t';
import { clampUnit } from './types';

export interface DesignEffectQuestion {
  /** The estimated proportion (accuracy), already clamped to [0, 1]. */
  estimate: number;
  /** Its design-based variance (clustering, strata and the finite population correction already in it). */
  variance: number;
  /** Units the proportion counts (codes, or records of a stratified estimate): the effective size never exceeds this under simple random sampling. */
  units: number;
  /** The effective size to assume when the data show no spread (p̂ = 0 or 1, v = 0); `units` unless told. */
  noSpreadN?: number;
  /** Degrees of freedom of the variance estimate: clusters − 1, or clusters − strata. */
  df: number;
  /** Sampling fraction n/N (0 when the population is unknown): with it the effective size may exceed `units`. */
  samplingFraction?: number;
  confidence?: number;
}

export interface DesignEffectInterval {
  lower: number;
  upper: number;
  /** The effective sample size after the degrees-of-freedom adjustment, n*. */
  effectiveN: number;
}

/**
 * Korn & Graubard (1998) interval: the design effect turns the sample into an effective simple random
 * sample n_eff = p̂(1 − p̂)/v (capped at the units, divided by 1 − f when the population is known), shrunk
 * for the few degrees of freedom a clustered variance has, n* = n_eff·(z/t_df)², and Clopper–Pearson
 * limits are taken at x* = p̂·n* of n*. Exact limits keep the skew a symmetric z-interval lacks at high
 * accuracy, which is where the plain ratio interval overstated accuracy. With no spread between units
 * (p̂ = 0 or 1, or v = 0) there is no design effect to estimate, and n_eff falls back to `noSpreadN`.
 */
export function designEffectInterval(q: DesignEffectQuestion): DesignEffectInterval {
  const confidence = q.confidence ?? 0.95;
  const p = clampUnit(q.estimate);
  const f = q.samplingFraction ?? 0;
  const cap = f < 1 ? q.units / (1 - f) : Number.POSITIVE_INFINITY;
  const raw = q.variance > 0 && p > 0 && p < 1 ? (p * (1 - p)) / q.variance : (q.noSpreadN ?? q.units);
  const nEff = Math.max(1, Math.min(raw, cap));
  const z = inverseNormalCdf(1 - (1 - confidence) / 2);
  const t = q.df >= 1 ? studentTQuantile(1 - (1 - confidence) / 2, q.df) : Number.POSITIVE_INFINITY;
  const effectiveN = Number.isFinite(t) ? Math.max(1, nEff * (z / t) ** 2) : 1;
  const { lower, upper } = exactBetaLimits(p * effectiveN, effectiveN, confidence);
  return { lower: Math.min(lower, p), upper: Math.max(upper, p), effectiveN };
}
