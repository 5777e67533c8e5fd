#!/usr/bin/env node
// `npm run bench:grouper`: groups the 5,000 CMS-oracle claims (DATA_DIR/msdrg-grouper/oracle-v420-5000.tsv)
// over and over on one core with the built grouper, and, in the same run as the reference, only parses the
// same lines (the cost every caller pays anyway). Agreement is the share of claims whose every output column
// equals the CMS grouper's. Writes bench/results/grouper.json. BENCH_GROUPER_SECONDS sets the timed span (5).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { buildApi } from '../scripts/lib/build.mjs';
import { appEnv, repoRoot } from '../scripts/lib/env.mjs';
import { percentile } from './lib/percentile.mjs';
import { info, ok, runMain, UserFacingError } from '../scripts/lib/log.mjs';

const require = createRequire(import.meta.url);
const SECONDS = Number(process.env.BENCH_GROUPER_SECONDS || 5);

/** Runs `work` over all lines repeatedly for about `seconds`; returns lines per second. */
function rate(lines, seconds, work) {
  let done = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  while (performance.now() < until) {
    for (const line of lines) work(line);
    done += lines.length;
  }
  return done / ((performance.now() - started) / 1000);
}

runMain(async () => {
  await buildApi(repoRoot);
  const domain = require(join(repoRoot, 'libs/domain/dist/index.js'));
  const { GrouperTablesCache } = require(join(repoRoot, 'apps/api/dist/grouper/grouper-tables.cache.js'));
  const dataDir = appEnv(repoRoot).DATA_DIR;
  const oracle = join(dataDir, 'msdrg-grouper', 'oracle-v420-5000.tsv');
  const lines = readFileSync(oracle, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
  if (lines.length === 0) throw new UserFacingError(`${oracle} has no claims`);
  const cache = new GrouperTablesCache(dataDir);
  const loadStarted = performance.now();
  const tables = cache.get('420');
  if (!tables) throw new UserFacingError(`no v42.0 grouper tables in ${join(dataDir, 'msdrg-grouper')}`);
  const tableLoadMs = Math.round(performance.now() - loadStarted);
  info(
    `Tables v42.0 loaded and compiled in ${tableLoadMs} ms; grouping ${lines.length} claims for ${SECONDS} s per measure…`,
  );

  let agree = 0;
  for (const line of lines) {
    const parsed = domain.parseOracleLine(line);
    if (
      parsed.ok &&
      domain.formatOracleResult(domain.group(parsed.input, tables)) === line.split('\t').slice(7).join('\t')
    )
      agree++;
  }
  const parseOnly = (line) => domain.parseOracleLine(line);
  const parseAndGroup = (line) => {
    const parsed = domain.parseOracleLine(line);
    if (parsed.ok) domain.group(parsed.input, tables);
  };
  rate(lines, 1, parseAndGroup); // warm-up: let V8 optimise before timing
  const claimsPerSec = rate(lines, SECONDS, parseAndGroup);
  const parseOnlyPerSec = rate(lines, SECONDS, parseOnly);
  // One claim at a time, as a live regroup in review does: the spread of single-claim times.
  const single = [];
  for (const line of lines) {
    const parsed = domain.parseOracleLine(line);
    if (!parsed.ok) continue;
    const t0 = performance.now();
    domain.group(parsed.input, tables);
    single.push((performance.now() - t0) * 1000);
  }
  single.sort((a, b) => a - b);
  const result = {
    claims: lines.length,
    claimsPerSec: Math.round(claimsPerSec),
    agreement: agree / lines.length,
    date: new Date().toISOString(),
    reference: 'parse the same oracle lines without grouping, same run',
    parseOnlyPerSec: Math.round(parseOnlyPerSec),
    microsPerClaim: Number((1e6 / claimsPerSec).toFixed(1)),
    singleClaimP50Micros: percentile(single, 0.5),
    singleClaimP95Micros: percentile(single, 0.95),
    singleClaimMaxMicros: percentile(single, 1),
    tableLoadMs,
    version: '420',
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.split(' ').slice(0, 2).join(' '),
  };
  mkdirSync(join(repoRoot, 'bench/results'), { recursive: true });
  writeFileSync(join(repoRoot, 'bench/results/grouper.json'), `${JSON.stringify(result, null, 2)}\n`);
  ok(
    `${result.claimsPerSec} claims/s (${result.microsPerClaim} µs each; parsing alone ${result.parseOnlyPerSec}/s; one claim p95 ${result.singleClaimP95Micros} µs), agreement ${result.agreement}`,
  );
  if (result.agreement !== 1) process.exitCode = 1;
});
