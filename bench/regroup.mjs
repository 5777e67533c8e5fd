#!/usr/bin/env node
// `npm run bench:regroup [-- --calls N]`: the review screen's "edit → shown DRG" path. Starts the real API on a
// scratch database (migrated, seeded, every code set loaded), signs in as the demo auditor and, like the DRG panel
// after each edit, POSTs /api/grouper/regroup with the auditor's codes: N calls (default 300) one after another over
// HTTP, each a different edit of a stay (secondaries added and removed, procedures, a principal change), after 20
// warm-up calls (the first loads the version's tables). Measures each call from request to parsed answer, adds the
// panel's debounce (REGROUP_DEBOUNCE_MS of apps/web/src/features/review/api/use-regroup.ts) and writes
// bench/results/regroup.json and the "Edit to DRG" section of BENCHMARKS.md. Goal: p95 < 50 ms.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { buildApi } from '../scripts/lib/build.mjs';
import { deleteRedisKeys, dropDatabase, ensureDatabase } from '../scripts/lib/database.mjs';
import { DEMO_PASSWORD } from '../scripts/lib/demo-users.mjs';
import { appEnv, repoRoot, withDatabase } from '../scripts/lib/env.mjs';
import { freePort } from '../scripts/lib/http.mjs';
import { info, ok, runMain, UserFacingError } from '../scripts/lib/log.mjs';
import { ensureServices } from '../scripts/lib/services.mjs';
import { signIn } from './lib/import-client.mjs';
import { prepareScratchDatabase, startApiAndWorker } from './lib/import-stack.mjs';
import { percentile } from './lib/percentile.mjs';

const SECONDARIES = [
  'E1100',
  'I10',
  'N179',
  'E871',
  'J9601',
  'I5023',
  'E119',
  'Z87891',
  'D649',
  'E785',
  'N183',
  'F17210',
  'R6521',
  'I4891',
];
const PROCEDURES = ['0BH17EZ', '5A1955Z', '02HV33Z'];

/** The i-th edit: a pneumonia (or sepsis) stay with a subset of secondaries and procedures chosen by i's bits. */
function edit(i) {
  const secondaries = SECONDARIES.filter((_, k) => ((i * 2654435761) >>> k) & 1).map((code) => ({ code, poa: 'Y' }));
  const procedures = PROCEDURES.filter((_, k) => ((i * 40503) >>> (k + 3)) & 1 && i % 4 === 0);
  return {
    dischargeDate: '2026-01-15',
    age: 70,
    sex: 'M',
    dischargeStatus: 1,
    principal: i % 5 === 0 ? 'A419' : 'J189',
    secondaries,
    procedures,
    billedDrg: '195',
    facility: null,
  };
}

function debounceMs() {
  const text = readFileSync(join(repoRoot, 'apps/web/src/features/review/api/use-regroup.ts'), 'utf8');
  const match = /REGROUP_DEBOUNCE_MS = (\d+)/.exec(text);
  if (!match) throw new UserFacingError('REGROUP_DEBOUNCE_MS not found in use-regroup.ts');
  return Number(match[1]);
}

const BEGIN = '<!-- bench:regroup -->';
const END = '<!-- /bench:regroup -->';

/** Rewrites the "Edit to DRG" section of BENCHMARKS.md (appended the first time). */
function writeSection(/** @type {string} */ body) {
  const file = join(repoRoot, 'BENCHMARKS.md');
  const section = `${BEGIN}\n## Edit to DRG\n\n${body}\n${END}`;
  const current = readFileSync(file, 'utf8');
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  writeFileSync(
    file,
    start >= 0 && end > start
      ? `${current.slice(0, start)}${section}${current.slice(end + END.length)}`
      : `${current.trimEnd()}\n\n${section}\n`,
  );
}

runMain(async () => {
  const { values } = parseArgs({ options: { calls: { type: 'string', default: '300' } } });
  const calls = Number(values.calls);
  if (!Number.isInteger(calls) || calls < 200)
    throw new UserFacingError('--calls must be a whole number of at least 200');
  const id = randomBytes(4).toString('hex');
  const services = await ensureServices(repoRoot);
  const databaseUrl = withDatabase(services.databaseUrl, `recode_bench_regroup_${id}`);
  const redisPrefix = `recode_bench_regroup_${id}`;
  const work = join(repoRoot, 'tmp', 'bench-regroup', id);
  mkdirSync(join(work, 'uploads'), { recursive: true });
  const env = appEnv(repoRoot, {
    ...process.env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: services.redisUrl,
    REDIS_PREFIX: redisPrefix,
    UPLOAD_DIR: join(work, 'uploads'),
    NODE_ENV: 'production',
  });
  let stack;
  try {
    await buildApi(repoRoot, { quiet: true });
    await ensureDatabase(databaseUrl);
    info('Scratch database: migrating, seeding, loading every code set…');
    await prepareScratchDatabase(repoRoot, env);
    stack = await startApiAndWorker(repoRoot, env, { port: await freePort(), logDir: work });
    const cookie = await signIn(stack.apiUrl, 'auditor@recode.test', DEMO_PASSWORD);
    const post = async (body) => {
      const started = performance.now();
      const res = await fetch(`${stack.apiUrl}/api/grouper/regroup`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
      });
      const answer = await res.json();
      if (res.status !== 200 || !answer.drg)
        throw new Error(`regroup answered ${res.status}: ${JSON.stringify(answer).slice(0, 300)}`);
      return performance.now() - started;
    };
    for (let i = 0; i < 20; i++) await post(edit(1000 + i));
    info(`${calls} regroup calls, one after another, as the DRG panel sends them…`);
    const load = loadavg()[0];
    const times = [];
    for (let i = 0; i < calls; i++) times.push(await post(edit(i)));
    times.sort((a, b) => a - b);
    const debounce = debounceMs();
    const figures = {
      calls,
      debounceMs: debounce,
      serverP50Ms: percentile(times, 0.5),
      serverP95Ms: percentile(times, 0.95),
      serverMaxMs: Math.round(times[times.length - 1] * 10) / 10,
      editToDrgP95Ms: Math.round((debounce + percentile(times, 0.95)) * 10) / 10,
      goalMs: 50,
      loadAverage: Math.round(load * 10) / 10,
      cpus: cpus().length,
      date: new Date().toISOString(),
    };
    mkdirSync(join(repoRoot, 'bench/results'), { recursive: true });
    writeFileSync(join(repoRoot, 'bench/results/regroup.json'), `${JSON.stringify(figures, null, 2)}\n`);
    writeSection(
      [
        `\`npm run bench:regroup\` (${figures.date.slice(0, 10)}, ${figures.cpus} cores shared, load average ${figures.loadAverage}): ${calls} sequential`,
        `\`POST /api/grouper/regroup\` calls over HTTP to the real API, each a different edit of a stay, after 20 warm-up calls.`,
        `Round trip p50 ${figures.serverP50Ms} ms, p95 ${figures.serverP95Ms} ms (max ${figures.serverMaxMs} ms); with the panel's`,
        `${debounce} ms debounce, edit → shown DRG p95 ${figures.editToDrgP95Ms} ms (goal < 50 ms). Browser rendering is not included.`,
      ].join('\n'),
    );
    ok(
      `edit → DRG p95 ${figures.editToDrgP95Ms} ms (round trip p95 ${figures.serverP95Ms} ms + ${debounce} ms debounce) → bench/results/regroup.json`,
    );
  } finally {
    await stack?.group.stop().catch(() => undefined);
    await dropDatabase(databaseUrl).catch(() => undefined);
    await deleteRedisKeys(services.redisUrl, redisPrefix).catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  }
});
