#!/usr/bin/env node
// `npm run bench:audit`: a stratified sample (30 per coder) from a frame of 1,000,000 encounters, timed
// against plain SQL `ORDER BY random() LIMIT` over the same frame in the same run, and a score
// recomputation for an audit of 10,000 reviewed records. Runs in a scratch database it creates and drops.
// Writes bench/results/audit.json and the "Audits" section of BENCHMARKS.md (other sections are kept).
// BENCH_FRAME / BENCH_SCORE_ITEMS change the sizes; BENCH_KEEP_DB=1 keeps the database for a look.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { buildApi } from '../scripts/lib/build.mjs';
import { dropDatabase, ensureDatabase } from '../scripts/lib/database.mjs';
import { appEnv, repoRoot, withDatabase } from '../scripts/lib/env.mjs';
import { info, ok, runMain, UserFacingError } from '../scripts/lib/log.mjs';
import { run } from '../scripts/lib/run.mjs';

const DATABASE = 'recode_bench_audit';
const BEGIN = '<!-- bench:audit -->';
const END = '<!-- /bench:audit -->';

runMain(async () => {
  const env = appEnv(repoRoot);
  const databaseUrl = withDatabase(env.MIGRATION_DATABASE_URL, DATABASE);
  await buildApi(repoRoot);
  await dropDatabase(databaseUrl);
  await ensureDatabase(databaseUrl);
  info(`Benchmarking audits in ${DATABASE} (this inserts a million encounters; a few minutes)…`);
  try {
    const result = await run(process.execPath, ['apps/api/dist/bench/bench-audit.js'], {
      cwd: repoRoot,
      env: { ...env, DATABASE_URL: databaseUrl, MIGRATION_DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
      quiet: true,
    });
    const lines = result.output.trim().split('\n');
    process.stderr.write(`${lines.filter((l) => !l.startsWith('{')).join('\n')}\n`);
    const json = lines.reverse().find((l) => l.startsWith('{'));
    if (result.code !== 0 || !json) throw new UserFacingError(`bench-audit failed (exit ${result.code})`);
    const figures = { ...JSON.parse(json), cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown' };
    mkdirSync(join(repoRoot, 'bench/results'), { recursive: true });
    writeFileSync(join(repoRoot, 'bench/results/audit.json'), `${JSON.stringify(figures, null, 2)}\n`);
    writeSection(figures);
    ok(
      `sample ${figures.sampleMs} ms vs ORDER BY random() ${figures.sqlRandomMs} ms (ratio ${figures.ratio}); scores for ${figures.scoreItems} records ${figures.scoreMs} ms`,
    );
  } finally {
    if (!process.env.BENCH_KEEP_DB) await dropDatabase(databaseUrl);
  }
});

function writeSection(/** @type {Record<string, any>} */ f) {
  const section = `${BEGIN}
## Audits (\`npm run bench:audit\`)

Run ${f.date.slice(0, 10)} on ${f.cpus} × ${f.cpuModel}, PostgreSQL ${f.postgres}, Node ${f.node}; medians of ${f.runs} runs after a warm-up,
on a scratch database holding ${f.frame.toLocaleString('en-US')} synthetic encounters over 24 coders (inserted in ${Math.round(f.setupMs / 1000)} s,
then \`VACUUM (ANALYZE)\` in ${Math.round((f.vacuumMs ?? 0) / 1000)} s as autovacuum would). Load average (1/5/15 min) ${f.loadAverage?.atStart?.join(' / ')} when the
timed runs started and ${f.loadAverage?.atEnd?.join(' / ')} when they ended, on ${f.cpus} shared cores.

| what | time |
| --- | ---: |
| stratified sample, ${f.perCoder} per coder (${f.sampled} records) from ${f.frame.toLocaleString('en-US')}: by rank (counts, ranks, ids at the ranks on two backends) | **${f.sampleMs} ms** |
| the same sample by the old method: read the frame into Node + draw | ${f.legacySampleMs} ms (${f.frameLoadMs} + ${f.drawMs}) |
| plain SQL \`ORDER BY random() LIMIT ${f.sampled}\` over the same frame | ${f.sqlRandomMs} ms |
| ratio sqlRandomMs / sampleMs (above 1: faster than the reference) | **${f.ratio}** |
| SQL per-coder draw (\`row_number() OVER (PARTITION BY coder ORDER BY random())\`), for comparison | ${f.sqlStratifiedMs} ms |
| the whole sampling job: frame + draw + assignment + storing the 10⁶-id frame snapshot and the items | ${f.sampleJobMs} ms |
| recompute scores of an audit of ${f.scoreItems.toLocaleString('en-US')} reviewed records (load, score, intervals, store) | **${f.scoreMs} ms** |
| refresh the coder and team month rollups those records touch | ${f.rollupMs} ms |

The draw is seeded and reproducible (same frame + seed = same sample); \`ORDER BY random()\` is neither, and it
is not stratified. The rank draw counts per coder, draws ranks from the sizes and fetches only the picked ids
(docs/sampling-speed.md); the bench checks it equals the old method's sample. Raw figures: \`bench/results/audit.json\`.
${END}`;
  const file = join(repoRoot, 'BENCHMARKS.md');
  const current = existsSync(file)
    ? readFileSync(file, 'utf8')
    : '# Benchmarks\n\nFigures from the bench scripts; each section is rewritten by its own script.\n';
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  const next =
    start >= 0 && end > start
      ? `${current.slice(0, start)}${section}${current.slice(end + END.length)}`
      : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
}
