import { type PChartPoint } from './binomial';
import { betaBinomialPmf, probabilityLimitCounts } from './beta-binomial';

/** Flags are on the error rate: 'above_ucl' means more errors than noise explains (accuracy got worse). */
export type ControlFlag = 'above_ucl' | 'below_lcl' | 'in_control' | 'no_data';

export interface ControlPoint extends PChartPoint {
  errorRate: number | null;
  accuracy: number | null;
  /** Limits on the error rate for this point's n; lcl null when no month at this n could ever fall below it. */
  lcl: number | null;
  ucl: number | null;
  accuracyLower: number | null;
  accuracyUpper: number | null;
  flag: ControlFlag;
}

export interface ControlChart {
  centre: { errorRate: number; accuracy: number };
  /** `binomial-probability`: exact limits; `beta-binomial-probability`: months vary more than binomial (σ_z > 1). */
  method: 'binomial-probability' | 'beta-binomial-probability';
  /** The month-to-month intra-class correlation the limits allow for (0 for a binomial process). */
  overdispersion: number;
  /** Laney's σ_z (1 for a binomial process); null when fewer than two months have data. */
  sigmaZ: number | null;
  /** False when some plotted month has no lower limit: an improvement could not show there. */
  improvementDetectable: boolean;
  points: ControlPoint[];
}

/**
 * Per-side tail probability of a month. A year of 12 monthly points must false-signal in ≤ 5% of in-control
 * years: 1 − (1 − 2·0.0025)^12 ≈ 5.8% before discreteness, which in counts leaves every harness cell at
 * ≤ 2% (bench:coverage; docs/statistics.md). A smaller tail would only cost power to see real change.
 */
export const CONTROL_TAIL = 0.0025;
/** ρ̂ from ~11 moving ranges is noisy; taken ×1.25 it keeps overdispersed years under 5% with room for the harness's own noise (×1: 4.1% at n = 200, p = 0.1). */
export const OVERDISPERSION_MARGIN = 1.25;

/**
 * Control chart for monthly error rates. Limits are exact binomial probability limits at p̄ (a month
 * signals when P(X ≥ x | p̄) or P(X ≤ x | p̄) is below CONTROL_TAIL), which keep their false-alarm rate at
 * rare errors where 3-sigma limits do not. Where the months vary more than binomial noise (Laney's σ_z > 1,
 * from the moving ranges of the standardised rates) the limits are beta-binomial probability limits with the
 * month-to-month correlation estimated from the months: like Laney's p′ they widen by the overdispersion,
 * but they keep the skew of rare error rates. Returns null when no month has data.
 */
export function controlChart(points: readonly PChartPoint[]): ControlChart | null {
  for (const p of points) {
    if (!(Number.isInteger(p.n) && p.n >= 0 && p.defects >= 0 && p.defects <= p.n)) {
      throw new RangeError(`point ${p.label}: defects must lie in [0, n], got ${p.defects} of ${p.n}`);
    }
  }
  const totalN = points.reduce((s, p) => s + p.n, 0);
  if (totalN === 0) return null;
  const centre = points.reduce((s, p) => s + p.defects, 0) / totalN;
  const sigmaZ = laneySigmaZ(points, centre);
  const laney = sigmaZ !== null && sigmaZ > 1;
  const rho = laney ? overdispersion(points, sigmaZ) : 0;
  // Limits depend only on n (and the chart-wide p̄, σ_z): months of equal size share one computation.
  const limitsByN = new Map<number, Limits>();
  const limitsFor = (n: number): Limits => limitsByN.get(n) ?? limitsByN.set(n, limits(n, centre, rho)).get(n)!;
  const plotted = points.map((p) => (p.n === 0 ? emptyPoint(p) : plot(p, limitsFor(p.n))));
  const improvementDetectable = plotted.every((p) => p.flag === 'no_data' || p.lcl !== null);
  return {
    centre: { errorRate: centre, accuracy: 1 - centre },
    method: laney ? 'beta-binomial-probability' : 'binomial-probability',
    overdispersion: rho,
    sigmaZ,
    improvementDetectable,
    points: plotted,
  };
}

/**
 * Month-to-month intra-class correlation from Laney's σ_z: the standardised rates have variance
 * σ_z² ≈ 1 + (n̄ − 1)ρ, so ρ̂ = (σ_z² − 1)/(n̄ − 1) (× OVERDISPERSION_MARGIN). Moving ranges, unlike the
 * chi-square, are not blown up by the one bad month the chart is there to catch.
 */
function overdispersion(points: readonly PChartPoint[], sigmaZ: number): number {
  const used = points.filter((p) => p.n > 0);
  const meanN = used.reduce((s, p) => s + p.n, 0) / used.length;
  if (meanN <= 1) return 0;
  return Math.min(0.5, Math.max(0, ((sigmaZ * sigmaZ - 1) / (meanN - 1)) * OVERDISPERSION_MARGIN));
}

function laneySigmaZ(points: readonly PChartPoint[], centre: number): number | null {
  if (centre <= 0 || centre >= 1) return null;
  const z = points
    .filter((p) => p.n > 0)
    .map((p) => (p.defects / p.n - centre) / Math.sqrt((centre * (1 - centre)) / p.n));
  if (z.length < 2) return null;
  let ranges = 0;
  for (let i = 1; i < z.length; i++) ranges += Math.abs(z[i] - z[i - 1]);
  return ranges / (z.length - 1) / 1.128; // d₂ for moving ranges of two
}

interface Limits {
  lcl: number | null;
  ucl: number;
}

function limits(n: number, centre: number, rho: number): Limits {
  // Exact limits in counts: the first count above the band and the last count below it; the limit is
  // drawn half a count inside, so "beyond the line" and "beyond the count" agree.
  const { upperCount, lowerCount } = probabilityLimitCounts(betaBinomialPmf(n, centre, rho), CONTROL_TAIL);
  return { ucl: Math.min(1, (upperCount - 0.5) / n), lcl: lowerCount < 0 ? null : (lowerCount + 0.5) / n };
}

function plot(p: PChartPoint, { lcl, ucl }: Limits): ControlPoint {
  const errorRate = p.defects / p.n;
  const flag = errorRate > ucl ? 'above_ucl' : lcl !== null && errorRate < lcl ? 'below_lcl' : 'in_control';
  return {
    ...p,
    errorRate,
    accuracy: 1 - errorRate,
    lcl,
    ucl,
    accuracyLower: 1 - ucl,
    accuracyUpper: lcl === null ? null : 1 - lcl,
    flag,
  };
}

function emptyPoint(p: PChartPoint): ControlPoint {
  return {
    ...p,
    errorRate: null,
    accuracy: null,
    lcl: null,
    ucl: null,
    accuracyLower: null,
    accuracyUpper: null,
    flag: 'no_data',
  };
}
