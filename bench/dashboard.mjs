#!/usr/bin/env node
// `npm run bench:dashboard`: a scratch database with 1,000,000 encounters and ~200,000 findings (the audit
// bench's data builder) and its rollups; then the API under 20 concurrent clients (autocannon, 127.0.0.1
// only) on the dashboard endpoints, with p50/p95 latency and throughput, beside the time of the plain SQL
// aggregate that computes the same numbers from the base tables. Writes bench/results/dashboard.json and the
// "Dashboard" section of BENCHMARKS.md. BENCH_ENCOUNTERS / BENCH_FINDINGS / BENCH_SECONDS change the sizes;
// BENCH_KEEP_DB=1 keeps the database.
import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { buildApi } from '../scripts/lib/build.mjs';
import { deleteRedisKeys, dropDatabase, ensureDatabase } from '../scripts/lib/database.mjs';
import { appEnv, repoRoot, withDatabase } from '../scripts/lib/env.mjs';
import { freePort, waitForOk } from '../scripts/lib/http.mjs';
import { info, ok, runMain, UserFacingError } from '../scripts/lib/log.mjs';
import { ProcessGroup } from '../scripts/lib/processes.mjs';
import { run } from '../scripts/lib/run.mjs';
import { encounterListText, encounterListTimings } from './lib/encounter-list-timing.mjs';
import { busyOver } from './lib/import-machine.mjs';
import { percentile } from './lib/percentile.mjs';

const DATABASE = 'recode_bench_dashboard';
const BEGIN = '<!-- bench:dashboard -->';
const END = '<!-- /bench:dashboard -->';
const CLIENTS = 20;
const PERIOD = 'from=2025-10&to=2026-09';

const CACHE_MS = process.env.DASHBOARD_CACHE_MS || '2000';

runMain(async () => {
  const env = appEnv(repoRoot);
  const databaseUrl = withDatabase(env.MIGRATION_DATABASE_URL, DATABASE);
  const redisPrefix = `recode_bench_dash_${randomBytes(3).toString('hex')}`;
  const seconds = Number(process.env.BENCH_SECONDS ?? 30);
  await buildApi(repoRoot);
  await dropDatabase(databaseUrl);
  await ensureDatabase(databaseUrl);
  info(`Benchmarking the dashboard in ${DATABASE} (a million encounters; several minutes)…`);
  const api = new ProcessGroup();
  try {
    const data = await dataHalf({
      ...env,
      DATABASE_URL: databaseUrl,
      MIGRATION_DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'warn',
    });
    /** An API process on a free port with the given answer cache (set explicitly, so the figure recorded is the one used). */
    const startApi = async (
      /** @type {string} */ name,
      /** @type {string} */ cacheMs,
      /** @type {string} */ prefix,
    ) => {
      const port = await freePort();
      api.start({
        name,
        command: process.execPath,
        args: ['apps/api/dist/main.js'],
        cwd: repoRoot,
        logFile: join(repoRoot, 'tmp', `bench-dashboard-${name}.log`),
        env: {
          ...env,
          DATABASE_URL: databaseUrl,
          MIGRATION_DATABASE_URL: databaseUrl,
          REDIS_PREFIX: prefix,
          PORT: String(port),
          HOST: '127.0.0.1',
          LOG_LEVEL: 'warn',
          DASHBOARD_CACHE_MS: cacheMs,
        },
      });
      const url = `http://127.0.0.1:${port}`;
      await waitForOk(`${url}/health`, { abort: api.death });
      return { url, cookie: await signIn(url) };
    };
    const { url: base, cookie } = await startApi('api', CACHE_MS, redisPrefix);
    const probe = await (await fetch(`${base}/api/dashboard?${PERIOD}`, { headers: { cookie } })).json();
    const coderId = probe.coders?.[0]?.coderId;
    if (!coderId || probe.totals.recordsReviewed === 0)
      throw new UserFacingError('the dashboard shows no data; the bench data did not load');

    const loadBefore = loadavg()[0];
    // CPU use over 2 s of quiet just before the load: the load average would still count the data building above.
    const busyBeforePct = await busyOver(2000);
    const main = await load(`${base}/api/dashboard?${PERIOD}`, cookie, seconds);
    // The base-table variants are secondary figures: under 20 clients they may exceed autocannon's timeout,
    // which is recorded (non2xx) rather than failing the run.
    const drill = await load(
      `${base}/api/dashboard/coders/${coderId}?${PERIOD}`,
      cookie,
      Math.max(5, Math.round(seconds / 3)),
      false,
    );
    const filtered = await load(
      `${base}/api/dashboard?${PERIOD}&setting=inpatient`,
      cookie,
      Math.max(5, Math.round(seconds / 3)),
      false,
    );
    // The same main endpoint on a second API with the answer cache off: what a request costs when it computes.
    const { url: uncachedBase, cookie: uncachedCookie } = await startApi('api-uncached', '0', `${redisPrefix}_u`);
    const uncached = await load(
      `${uncachedBase}/api/dashboard?${PERIOD}`,
      uncachedCookie,
      Math.max(5, Math.round(seconds / 3)),
      false,
    );
    const uncachedOne = await load(
      `${uncachedBase}/api/dashboard?${PERIOD}`,
      uncachedCookie,
      Math.max(5, Math.round(seconds / 3)),
      false,
      1,
    );
    const encounterList = await encounterListTimings(base, cookie, databaseUrl);
    const loadAfter = loadavg()[0];
    const figures = {
      encounters: data.encounters,
      findings: data.findings,
      clients: CLIENTS,
      p50Ms: main.p50Ms,
      p95Ms: main.p95Ms,
      requestsPerSec: main.requestsPerSec,
      sqlAggregateMs: data.sqlAggregateMs,
      date: new Date().toISOString(),
      durationSeconds: seconds,
      requests: main.requests,
      non2xx: main.non2xx,
      rollupReadMs: data.rollupReadMs,
      reviewedRecords: data.records,
      coderMonths: data.coderMonths,
      endpoints: {
        dashboard: main,
        coderDrillDown: drill,
        settingFilter: filtered,
        dashboardUncached: uncached,
        dashboardUncachedOneClient: uncachedOne,
      },
      cacheMs: Number(CACHE_MS),
      setup: { frameMs: data.frameMs, auditMs: data.auditMs, rollupMs: data.rollupMs },
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        loadAverage1mBefore: round(loadBefore),
        loadAverage1mAfter: round(loadAfter),
        busyBeforePct,
        shared: process.env.BENCH_SHARED ? process.env.BENCH_SHARED === '1' : busyBeforePct > 10,
      },
      encounterList,
      postgres: data.postgres,
      node: data.node,
    };
    mkdirSync(join(repoRoot, 'bench/results'), { recursive: true });
    writeFileSync(join(repoRoot, 'bench/results/dashboard.json'), `${JSON.stringify(figures, null, 2)}\n`);
    writeSection(figures);
    ok(
      `dashboard p50 ${main.p50Ms} ms, p95 ${main.p95Ms} ms, ${main.requestsPerSec} req/s (${CLIENTS} clients); base-table SQL aggregate ${data.sqlAggregateMs} ms`,
    );
  } finally {
    await api.stop();
    await deleteRedisKeys(env.REDIS_URL, redisPrefix).catch(() => undefined);
    if (!process.env.BENCH_KEEP_DB) await dropDatabase(databaseUrl);
  }
});

const round = (/** @type {number} */ x, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

async function dataHalf(/** @type {NodeJS.ProcessEnv} */ env) {
  const result = await run(process.execPath, ['apps/api/dist/bench/bench-dashboard.js'], {
    cwd: repoRoot,
    env,
    quiet: true,
  });
  const lines = result.output.trim().split('\n');
  process.stderr.write(`${lines.filter((l) => !l.startsWith('{')).join('\n')}\n`);
  const json = lines.reverse().find((l) => l.startsWith('{'));
  if (result.code !== 0 || !json) throw new UserFacingError(`bench-dashboard failed (exit ${result.code})`);
  return JSON.parse(json);
}

async function signIn(/** @type {string} */ base) {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'supervisor@recode.test', password: 'RecodeDemo!2026' }),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  if (response.status !== 200 || !cookie) throw new UserFacingError(`sign-in failed: HTTP ${response.status}`);
  return cookie;
}

/** A short warm-up, then `seconds` of load; latencies are taken per response so p95 is exact (autocannon reports p90/p97.5). */
async function load(
  /** @type {string} */ url,
  /** @type {string} */ cookie,
  /** @type {number} */ seconds,
  strict = true,
  connections = CLIENTS,
) {
  await autocannon({ url, connections, duration: 2, headers: { cookie }, timeout: 60 });
  /** @type {number[]} */
  const latencies = [];
  const instance = autocannon({ url, connections, duration: seconds, headers: { cookie }, timeout: 60 });
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const at = (/** @type {number} */ q) => percentile(latencies, q);
  const non2xx = result.non2xx + result.errors + result.timeouts;
  if (strict && non2xx > 0) throw new UserFacingError(`${url}: ${non2xx} failed or non-2xx responses under load`);
  return {
    p50Ms: at(0.5),
    p95Ms: at(0.95),
    p99Ms: at(0.99),
    maxMs: round(latencies.at(-1) ?? NaN),
    requestsPerSec: round(result.requests.average),
    requests: latencies.length,
    non2xx,
  };
}

function writeSection(/** @type {Record<string, any>} */ f) {
  const e = f.endpoints;
  const row = (/** @type {string} */ what, /** @type {any} */ x) =>
    x.requests === 0
      ? `| ${what} | no response completed within the window | — | — | 0 |`
      : `| ${what} | ${x.p50Ms} ms | **${x.p95Ms} ms** | ${x.p99Ms} ms | ${x.requestsPerSec} |`;
  const shared = f.machine.shared
    ? `**The machine was shared**: other work kept ${f.machine.busyBeforePct}% of the CPUs busy in the 2 s before the load, so these figures are pessimistic.`
    : `The machine was otherwise idle (${f.machine.busyBeforePct}% of the CPUs busy in the 2 s before the load; the 1-minute load average of ${f.machine.loadAverage1mBefore} is the benchmark's own data building).`;
  const section = `${BEGIN}
## Dashboard (\`npm run bench:dashboard\`)

Run ${f.date.slice(0, 10)} on ${f.machine.cpus} × ${f.machine.cpuModel}, PostgreSQL ${f.postgres}, Node ${f.node}; a scratch database with
${f.encounters.toLocaleString('en-US')} synthetic encounters, ${f.reviewedRecords.toLocaleString('en-US')} reviewed records and ${f.findings.toLocaleString('en-US')} findings
(released, two auditors, some findings disputed, withdrawn or overturned), rollups refreshed in ${Math.round(f.setup.rollupMs / 1000)} s.
${f.clients} concurrent clients (autocannon, 127.0.0.1) for ${f.durationSeconds} s on the main endpoint, as the supervisor (two of three teams), over a 12-month period.
${shared}${f.cacheMs ? ` Dashboard and drill-down answers are reused for ${f.cacheMs} ms per scope and filters (\`DASHBOARD_CACHE_MS\`); the ${f.clients} clients share one scope, so most requests are cache hits and the p99s are the requests that computed.` : ' The answer cache was off (`DASHBOARD_CACHE_MS=0`): every request computed.'}

| endpoint | p50 | p95 | p99 | req/s |
| --- | ---: | ---: | ---: | ---: |
${row('`GET /api/dashboard` (rollups)', e.dashboard)}
${row('`GET /api/dashboard/coders/:id` (drill-down, base tables)', e.coderDrillDown)}
${row('`GET /api/dashboard?setting=inpatient` (base tables)', e.settingFilter)}
${e.dashboardUncached ? row(`\`GET /api/dashboard\`, cache off, ${f.clients} clients`, e.dashboardUncached) : ''}
${e.dashboardUncachedOneClient ? row('`GET /api/dashboard`, cache off, 1 client', e.dashboardUncachedOneClient) : ''}

| what | time |
| --- | ---: |
| plain SQL aggregate over the base tables (audit_items × audit_findings → the same coder-month numbers), median of 5 | **${f.sqlAggregateMs} ms** |
| reading the same numbers from \`score_rollups\` | ${f.rollupReadMs} ms |

The main endpoint reads the coder-month rollups (${f.coderMonths} rows for this view) and counts open disputes live; the setting and
facility filters cannot be answered from the rollups, so they run the base-table aggregate and cost about what it costs.
${f.encounterList ? `\n${encounterListText(f.encounterList)}\n\n` : ''}Goal for the dashboard: p95 under 150 ms with ${f.clients} clients (${f.p95Ms < 150 ? 'met' : 'not met'} in this run${e.dashboardUncached ? `; with the cache off every request computes, and the p95 is ${e.dashboardUncached.p95Ms} ms (${f.clients} clients queueing on ${f.machine.cpus} CPUs; one client alone: p50 ${e.dashboardUncachedOneClient.p50Ms} ms)` : ''}). Raw figures: \`bench/results/dashboard.json\`.
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
