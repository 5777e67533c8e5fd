import { notEnoughData, type AccuracyEstimate } from './accuracy-estimate';
import { codeAccuracyFromSums, effectiveDf, squaredResiduals } from './code-accuracy';
import { addClusterSums, EMPTY_CLUSTER_SUMS, type ClusterSums } from './cluster-sums';
import { designEffectInterval } from './design-effect-interval';
import { recordAccuracyInterval } from './record-accuracy';
import { clampUnit } from './types';

/** One stratum (a coder): records in their population (the audit frame), records reviewed and right. */
export interface RecordStratum {
  label: string;
  population: number;
  reviewed: number;
  right: number;
}

export interface CodeStratum {
  label: string;
  population: number;
  sums: ClusterSums;
}

/** Checks shared by both estimators; a message for the first bad stratum, or null. */
function badStratum(strata: readonly { label: string; population: number; reviewed: number }[]): string | null {
  if (strata.length === 0) return 'no strata';
  for (const s of strata) {
    if (!(Number.isInteger(s.population) && s.population >= 0))
      return `${s.label}: population must be a whole number ≥ 0, got ${s.population}`;
    if (s.reviewed > s.population)
      return `${s.label}: ${s.reviewed} records reviewed out of a population of only ${s.population}`;
    if (s.population > 0 && s.reviewed === 0)
      return `${s.label}: ${s.population} records in the population but none reviewed`;
  }
  return strata.some((s) => s.population > 0) ? null : 'every population is empty';
}

/**
 * Stratified record accuracy (Cochran §5.3): p̂ = Σ W_h p̂_h, W_h = N_h/N, each coder weighted by their
 * share of the population, with v = Σ W_h²(1 − f_h)p̂_h(1 − p̂_h)/(n_h − 1); interval by Korn–Graubard on
 * df = Σn_h − H. A stratum with a population but no sample makes the estimate impossible (not_enough_data).
 * One stratum is a simple random sample from a known population: its exact hypergeometric interval, not
 * Korn–Graubard on df = n − 1 (which made 1 of 3 from 8 records read 0.0–99.7% instead of 12.5–75.0%).
 */
export function stratifiedRecordAccuracy(strata: readonly RecordStratum[]): AccuracyEstimate {
  const n = strata.reduce((s, h) => s + h.reviewed, 0);
  const N = strata.reduce((s, h) => s + Math.max(0, h.population), 0);
  const bad =
    badStratum(strata) ??
    strata
      .map((h) => (h.right < 0 || h.right > h.reviewed ? `${h.label}: ${h.right} right of ${h.reviewed}` : null))
      .find((m) => m) ??
    null;
  if (bad) return notEnoughData('stratified-korn-graubard', n, n, N, bad);
  const used = strata.filter((h) => h.population > 0);
  if (used.length === 1) return recordAccuracyInterval(used[0]!.right, used[0]!.reviewed, used[0]!.population);
  let estimate = 0;
  let variance = 0;
  for (const h of used) {
    const w = h.population / N;
    const p = h.right / h.reviewed;
    estimate += w * p;
    if (h.reviewed > 1) variance += (w * w * (1 - h.reviewed / h.population) * p * (1 - p)) / (h.reviewed - 1);
  }
  estimate = clampUnit(estimate);
  const base = { estimate, n, records: n, population: N, reason: null };
  if (used.every((h) => h.reviewed === h.population))
    return { ...base, status: 'census', lower: estimate, upper: estimate, method: 'census' };
  const df = Math.max(1, n - used.length);
  const { lower, upper } = designEffectInterval({ estimate, variance, units: n, df, samplingFraction: n / N });
  return { ...base, status: 'ok', lower, upper, method: 'stratified-korn-graubard' };
}

/**
 * Stratified code accuracy: the combined ratio estimator (Cochran §6.11) with expansion weights N_h/n_h,
 * R̂ = Σ(N_h/n_h)E_h / Σ(N_h/n_h)U_h, and v = Σ N_h²(1 − f_h)s²_{d,h}/n_h / X̂², dᵢ = eᵢ − R̂uᵢ, X̂ = Σ(N_h/n_h)U_h.
 * One stratum is the unstratified ratio estimator with its population (the same figure as the record path).
 */
export function stratifiedCodeAccuracy(strata: readonly CodeStratum[]): AccuracyEstimate {
  const flat = strata.map((h) => ({ label: h.label, population: h.population, reviewed: h.sums.clusters }));
  const total = strata.reduce((acc, h) => addClusterSums(acc, h.sums), { ...EMPTY_CLUSTER_SUMS });
  const N = strata.reduce((s, h) => s + Math.max(0, h.population), 0);
  const bad = badStratum(flat) ?? (total.units > 0 ? null : 'no codes reviewed');
  if (bad) return notEnoughData('stratified-korn-graubard', total.units, total.clusters, N, bad);
  const used = strata.filter((h) => h.population > 0);
  if (used.length === 1) return codeAccuracyFromSums(used[0]!.sums, used[0]!.population);
  const expanded = (pick: (s: ClusterSums) => number): number =>
    used.reduce((s, h) => s + (h.population / h.sums.clusters) * pick(h.sums), 0);
  const X = expanded((s) => s.units);
  const r = expanded((s) => s.errors) / X;
  const estimate = clampUnit(1 - r);
  let spread = 0;
  for (const { population: Nh, sums: s } of used) {
    if (s.clusters < 2) continue;
    const sumD = s.errors - r * s.units;
    const s2 = Math.max(0, (squaredResiduals(s, r) - (sumD * sumD) / s.clusters) / (s.clusters - 1));
    spread += (Nh * Nh * (1 - s.clusters / Nh) * s2) / s.clusters;
  }
  const base = { estimate, n: total.units, records: total.clusters, population: N, reason: null };
  if (used.every((h) => h.sums.clusters === h.population))
    return { ...base, status: 'census', lower: estimate, upper: estimate, method: 'census' };
  const df = Math.max(1, Math.min(total.clusters - used.length, effectiveDf(total)));
  const variance = spread / (X * X);
  const { lower, upper } = designEffectInterval({
    estimate,
    variance,
    units: total.units,
    noSpreadN: total.clusters,
    df,
    samplingFraction: total.clusters / N,
  });
  return { ...base, status: 'ok', lower, upper, method: 'stratified-korn-graubard' };
}
