/** One plotted period (e.g. a month): errors found among n units reviewed. */
export interface PChartPoint {
  label: string;
  defects: number;
  n: number;
}

/** Flags are on the error rate: 'above_ucl' means more errors than noise explains, i.e. accuracy got worse. */
export type PChartFlag = 'above_ucl' | 'below_lcl' | 'in_control' | 'no_data';

export interface PChartPlottedPoint extends PChartPoint {
  errorRate: number | null;
  accuracy: number | null;
  /** Limits on the error rate for this point's n; null for a period with nothing reviewed (draw a gap). */
  lcl: number | null;
  ucl: number | null;
  /** The same limits as accuracy (1 − ucl, 1 − lcl), for charts drawn in accuracy. */
  accuracyLower: number | null;
  accuracyUpper: number | null;
  flag: PChartFlag;
  /** Present only when a target accuracy was given; null when the point has no data. */
  meetsTarget?: boolean | null;
}

export interface PChart {
  centre: { errorRate: number; accuracy: number };
  /** Target accuracy echoed for drawing; the centre line is always the data's own p̄, never the target. */
  target: number | null;
  points: PChartPlottedPoint[];
}

/**
 * p-chart (Shewhart, as in Montgomery, Introduction to Statistical Quality Control, §7.2): centre
 * p̄ = Σdefects / Σn and per-point 3-sigma limits p̄ ± 3·√(p̄(1 − p̄)/nᵢ), clamped to [0, 1]. Limits vary
 * with each month's n, so a small month is not flagged for noise a large one would not show.
 * Returns null when no point has data.
 */
export function pChartLimits(points: readonly PChartPoint[], target?: number): PChart | null {
  for (const p of points) {
    if (!(p.n >= 0 && p.defects >= 0 && p.defects <= p.n)) {
      throw new RangeError(`point ${p.label}: defects must lie in [0, n], got ${p.defects} of ${p.n}`);
    }
  }
  const totalN = points.reduce((sum, p) => sum + p.n, 0);
  if (totalN === 0) return null;
  const centre = points.reduce((sum, p) => sum + p.defects, 0) / totalN;

  const plotted = points.map((p): PChartPlottedPoint => {
    const point = p.n === 0 ? emptyPoint(p) : plotPoint(p, centre);
    if (target !== undefined) point.meetsTarget = point.accuracy === null ? null : point.accuracy >= target;
    return point;
  });
  return { centre: { errorRate: centre, accuracy: 1 - centre }, target: target ?? null, points: plotted };
}

function plotPoint(p: PChartPoint, centre: number): PChartPlottedPoint {
  const sigma = Math.sqrt((centre * (1 - centre)) / p.n);
  const ucl = Math.min(1, centre + 3 * sigma);
  const lcl = Math.max(0, centre - 3 * sigma);
  const errorRate = p.defects / p.n;
  const flag = flagFor(errorRate, lcl, ucl);
  return { ...p, errorRate, accuracy: 1 - errorRate, lcl, ucl, accuracyLower: 1 - ucl, accuracyUpper: 1 - lcl, flag };
}

function emptyPoint(p: PChartPoint): PChartPlottedPoint {
  const none = { errorRate: null, accuracy: null, lcl: null, ucl: null, accuracyLower: null, accuracyUpper: null };
  return { ...p, ...none, flag: 'no_data' };
}

function flagFor(errorRate: number, lcl: number, ucl: number): PChartFlag {
  if (errorRate > ucl) return 'above_ucl';
  if (errorRate < lcl) return 'below_lcl';
  return 'in_control';
}
