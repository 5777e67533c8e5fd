#!/usr/bin/env node
// `npm run bench:coverage`: does a "95% interval" hold 95%? A seeded simulation with the product's own
// estimators (libs/domain, compiled first): record and code accuracy over n × accuracy × within-record
// correlation, and the in-control false-signal rate per year of the monthly control chart. Writes
// bench/results/coverage.json and the coverage table in docs/statistics.md (between its markers).
// COVERAGE_REPS (default 4000) replications per cell; COVERAGE_YEARS (default 4000) years per chart cell.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coverageCell, falseSignalRate } from './lib/coverage-cells.mjs';
import { coverageTables } from './lib/coverage-table.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const REPS = Number(process.env.COVERAGE_REPS ?? 4000);
const YEARS = Number(process.env.COVERAGE_YEARS ?? 4000);
const SIZES = [5, 10, 30, 100, 300];
const ACCURACIES = [0.8, 0.9, 0.95, 0.99];
const ICCS = [0, 0.1, 0.3];

execFileSync(join(root, 'node_modules/.bin/tsc'), ['-b', 'libs/domain'], { cwd: root, stdio: 'inherit' });
const domain = createRequire(import.meta.url)(join(root, 'libs/domain/dist/index.js'));

const started = Date.now();
const cells = [];
let seed = 1;
if (!process.env.COVERAGE_SKIP_CELLS)
  for (const measure of (process.env.COVERAGE_MEASURES ?? 'record,code').split(',')) {
    for (const n of SIZES)
      for (const accuracy of ACCURACIES)
        for (const icc of ICCS) {
          cells.push(coverageCell(domain, measure, n, accuracy, icc, REPS, seed++));
        }
    process.stderr.write(
      `${measure} accuracy: ${cells.length} cells, ${Math.round((Date.now() - started) / 1000)} s\n`,
    );
  }

const falseSignalYearRate = {};
const previousChart = {};
if (!process.env.COVERAGE_SKIP_CHART)
  for (const n of [20, 50, 200])
    for (const p of [0.01, 0.05, 0.1])
      for (const icc of [0, 0.02]) {
        const key = `${n}/${p}/${icc}`;
        falseSignalYearRate[key] = falseSignalRate(domain, n, p, icc, YEARS, seed, 'new');
        previousChart[key] = falseSignalRate(domain, n, p, icc, YEARS, seed++, 'old');
      }
process.stderr.write(`control charts: ${Math.round((Date.now() - started) / 1000)} s\n`);

const min = (measure) => Math.min(...cells.filter((c) => c.measure === measure).map((c) => c.coverage));
const goalMet = cells.every(
  (c) => c.coverage >= (c.n >= 30 ? 0.94 : 0.95) && c.lowerMiss <= 0.04 && c.upperMiss <= 0.04,
);
const result = {
  cells,
  minCoverage: { record: min('record'), code: min('code') },
  goalMet,
  pChart: {
    method: `exact binomial probability limits (tail ${domain.CONTROL_TAIL}), beta-binomial probability limits (ρ̂ × ${domain.OVERDISPERSION_MARGIN}) when Laney's σ_z > 1`,
    falseSignalYearRate,
    maxInControl: Math.max(...Object.values(falseSignalYearRate)),
    previous: { method: '3-sigma p-chart', falseSignalYearRate: previousChart },
  },
  replications: REPS,
  years: YEARS,
  seconds: Math.round((Date.now() - started) / 1000),
  cpuModel: cpus()[0]?.model ?? 'unknown',
  node: process.version,
  date: new Date().toISOString(),
};
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/coverage.json'), `${JSON.stringify(result, null, 2)}\n`);

const docs = join(root, 'docs/statistics.md');
if (existsSync(docs)) {
  const text = readFileSync(docs, 'utf8');
  const [begin, end] = ['<!-- bench:coverage -->', '<!-- /bench:coverage -->'];
  const at = text.indexOf(begin);
  const to = text.indexOf(end);
  if (at >= 0 && to > at)
    writeFileSync(docs, `${text.slice(0, at + begin.length)}\n${coverageTables(result)}\n${text.slice(to)}`);
}
process.stdout.write(
  `min coverage record ${result.minCoverage.record}, code ${result.minCoverage.code}; goal ${goalMet ? 'met' : 'NOT met'}; control chart max false-signal year rate ${result.pChart.maxInControl}; ${result.seconds} s\n`,
);
