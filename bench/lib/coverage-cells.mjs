// The coverage cells: for each (measure, n, accuracy, ICC), `reps` seeded samples scored with the
// product's own estimators; coverage, mean width, and which side missed. The previous estimators (Wilson,
// the z ratio interval) and Clopper–Pearson on the same counts run beside them for the widths table.
import { codeErrorRateForRecordAccuracy, rng, sampleRecords } from './coverage-sim.mjs';

const tally = () => ({ covered: 0, lowerMiss: 0, upperMiss: 0, width: 0, count: 0 });

function add(t, truth, lower, upper) {
  t.count++;
  if (lower === null || upper === null) {
    t.lowerMiss += truth < 0 ? 1 : 0;
    return;
  }
  t.width += upper - lower;
  if (truth < lower - 1e-12) t.lowerMiss++;
  else if (truth > upper + 1e-12) t.upperMiss++;
  else t.covered++;
}

const summary = (t) => ({
  coverage: round(t.covered / t.count),
  meanWidth: round(t.width / t.count),
  lowerMiss: round(t.lowerMiss / t.count),
  upperMiss: round(t.upperMiss / t.count),
});
export const round = (x) => Math.round(x * 10000) / 10000;

export function coverageCell(domain, measure, n, accuracy, icc, reps, seed) {
  const u = rng(seed);
  const mean = measure === 'record' ? codeErrorRateForRecordAccuracy(accuracy, icc) : 1 - accuracy;
  const chosen = tally();
  const previous = tally();
  const reference = tally();
  const recordCache = new Map();
  for (let r = 0; r < reps; r++) {
    const { sums, right } = sampleRecords(u, n, mean, icc);
    if (measure === 'record') {
      let e = recordCache.get(right);
      if (!e) {
        e = { chosen: domain.recordAccuracyInterval(right, n), wilson: domain.wilsonInterval(right, n) };
        recordCache.set(right, e);
      }
      add(chosen, accuracy, e.chosen.lower, e.chosen.upper);
      add(previous, accuracy, e.wilson.lower, e.wilson.upper);
      add(reference, accuracy, e.chosen.lower, e.chosen.upper);
    } else {
      const e = domain.codeAccuracyFromSums(sums);
      add(chosen, accuracy, e.lower, e.upper);
      const old = domain.clusterRatioFromSums(sums);
      add(previous, accuracy, old?.lower ?? null, old?.upper ?? null);
      const cp = domain.clopperPearsonInterval(sums.units - sums.errors, sums.units);
      add(reference, accuracy, cp.lower, cp.upper);
    }
  }
  return {
    measure,
    n,
    accuracy,
    icc,
    ...summary(chosen),
    method: measure === 'record' ? 'clopper-pearson' : 'korn-graubard',
    clopperPearsonWidth: summary(reference).meanWidth,
    previous: { method: measure === 'record' ? 'wilson' : 'cluster-ratio-z', ...summary(previous) },
  };
}

/** In-control years (12 monthly points, same p every month up to ICC-style month-to-month spread) with any signal. */
export function falseSignalRate(domain, n, p, icc, years, seed, chart) {
  const u = rng(seed);
  let signalled = 0;
  for (let y = 0; y < years; y++) {
    const points = [];
    for (let m = 0; m < 12; m++) {
      const pm = icc === 0 ? p : rngBeta(u, p, icc);
      let defects = 0;
      for (let i = 0; i < n; i++) if (u() < pm) defects++;
      points.push({ label: String(m), defects, n });
    }
    const result = chart === 'new' ? domain.controlChart(points) : domain.pChartLimits(points);
    if (result && result.points.some((pt) => pt.flag === 'above_ucl' || pt.flag === 'below_lcl')) signalled++;
  }
  return round(signalled / years);
}

import { rateDraw as rngBeta } from './coverage-sim.mjs';
