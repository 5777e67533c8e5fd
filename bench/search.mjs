#!/usr/bin/env node
// `npm run bench:search`: the code picker's search (CodeSearchService.search, the call a request makes, in-process:
// server time without HTTP; wall time and the process's CPU time, with the load average)
// over the 200 committed queries of bench/data/search-queries.tsv (each with the code a coder would pick),
// five rounds, on ICD-10-CM FY2026 + ICD-10-PCS FY2026 + HCPCS 2025Q4 (~185k codes), beside a plain SQL
// ILIKE search over the same codes in the same run; relevance = share of queries whose expected code is in
// the first five. Runs in a scratch database it creates and drops; writes bench/results/search.json.
// BENCH_KEEP_DB=1 keeps the database.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { buildApi } from '../scripts/lib/build.mjs';
import { dropDatabase, ensureDatabase } from '../scripts/lib/database.mjs';
import { appEnv, repoRoot, withDatabase } from '../scripts/lib/env.mjs';
import { info, ok, runMain, UserFacingError } from '../scripts/lib/log.mjs';
import { run } from '../scripts/lib/run.mjs';

const DATABASE = 'recode_bench_search';

runMain(async () => {
  const env = appEnv(repoRoot);
  const databaseUrl = withDatabase(env.MIGRATION_DATABASE_URL, DATABASE);
  await buildApi(repoRoot);
  await dropDatabase(databaseUrl);
  await ensureDatabase(databaseUrl);
  info(`Benchmarking code search in ${DATABASE} (loads three code sets; about a minute)…`);
  try {
    const result = await run(process.execPath, ['apps/api/dist/bench/bench-search.js'], {
      cwd: repoRoot,
      env: { ...env, DATABASE_URL: databaseUrl, MIGRATION_DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
      quiet: true,
    });
    const lines = result.output.trim().split('\n');
    process.stderr.write(`${lines.filter((l) => !l.startsWith('{')).join('\n')}\n`);
    const json = lines.reverse().find((l) => l.startsWith('{'));
    if (result.code !== 0 || !json) throw new UserFacingError(`bench-search failed (exit ${result.code})`);
    const figures = { ...JSON.parse(json), cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown' };
    mkdirSync(join(repoRoot, 'bench/results'), { recursive: true });
    writeFileSync(join(repoRoot, 'bench/results/search.json'), `${JSON.stringify(figures, null, 2)}\n`);
    ok(
      `search p95 ${figures.p95Ms} ms wall, ${figures.cpu.p95Ms} ms CPU at load ${figures.loadAverage.before} (reference SQL ILIKE p95 ${figures.reference.p95Ms} ms) over ${figures.codes} codes; expected code in top 5: ${figures.top5} (reference ${figures.reference.top5})`,
    );
  } finally {
    if (!process.env.BENCH_KEEP_DB) await dropDatabase(databaseUrl);
  }
});
