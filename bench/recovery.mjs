#!/usr/bin/env node
// `npm run bench:recovery [-- --encounters N] [--kills K] [--keep]`: how long a `kill -9` of the worker costs.
// Imports N demo encounters (default 40,000) in a scratch database and Redis prefix (dropped afterwards),
// kills the worker K times (default 3) right after a committed checkpoint, starts a new one at once, and
// times kill → next committed progress. Writes bench/results/recovery.json and BENCHMARKS.md's section.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { buildApi } from '../scripts/lib/build.mjs';
import { deleteRedisKeys, dropDatabase, ensureDatabase } from '../scripts/lib/database.mjs';
import { DEMO_PASSWORD } from '../scripts/lib/demo-users.mjs';
import { appEnv, repoRoot, withDatabase } from '../scripts/lib/env.mjs';
import { freePort, waitForOk } from '../scripts/lib/http.mjs';
import { info, ok, runMain, UserFacingError, warn } from '../scripts/lib/log.mjs';
import { ProcessGroup } from '../scripts/lib/processes.mjs';
import { ensureServices } from '../scripts/lib/services.mjs';
import { signIn, uploadAndWait } from './lib/import-client.mjs';
import { busyOver, machineInfo } from './lib/import-machine.mjs';
import { generateFile, prepareScratchDatabase } from './lib/import-stack.mjs';
import { writeJson } from './lib/import-report.mjs';
import { writeRecoverySection } from './lib/recovery-report.mjs';

const POLL_MS = 50;
const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

runMain(async () => {
  const { values } = parseArgs({
    options: {
      encounters: { type: 'string', default: '40000' },
      kills: { type: 'string', default: '3' },
      keep: { type: 'boolean' },
    },
  });
  const encounters = Number(values.encounters);
  const kills = Number(values.kills);
  if (!Number.isInteger(encounters) || encounters < 1000)
    throw new UserFacingError('--encounters must be a whole number of at least 1000');
  if (!Number.isInteger(kills) || kills < 1 || kills > 10) throw new UserFacingError('--kills must be 1 to 10');
  const id = randomBytes(4).toString('hex');
  const services = await ensureServices(repoRoot);
  const ownerUrl = withDatabase(services.databaseUrl, `recode_bench_recovery_${id}`);
  const redisPrefix = `recode_bench_recovery_${id}`;
  const work = join(repoRoot, 'tmp', 'bench-recovery', id);
  mkdirSync(join(work, 'uploads'), { recursive: true });
  const env = appEnv(repoRoot, {
    ...process.env,
    DATABASE_URL: ownerUrl,
    REDIS_URL: services.redisUrl,
    REDIS_PREFIX: redisPrefix,
    UPLOAD_DIR: join(work, 'uploads'),
    NODE_ENV: 'production',
  });
  const group = new ProcessGroup();
  /** @type {import('node:child_process').ChildProcess[]} */
  const workers = [];
  const cleanUp = async () => {
    for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
    await group.stop().catch(() => undefined);
    if (values.keep) return warn(`kept ${ownerUrl}, Redis prefix ${redisPrefix} and ${work}`);
    await dropDatabase(ownerUrl).catch((err) => warn(`could not drop the scratch database: ${err.message}`));
    await deleteRedisKeys(services.redisUrl, redisPrefix).catch((err) =>
      warn(`could not delete the Redis keys: ${err.message}`),
    );
    rmSync(work, { recursive: true, force: true });
  };

  /** Starts a worker; resolves with it and the ms until it listens on its queues. */
  const startWorker = async () => {
    const log = join(work, `worker-${workers.length + 1}.log`);
    const fd = openSync(log, 'a');
    const started = Date.now();
    const child = spawn(process.execPath, ['apps/api/dist/worker.js'], {
      cwd: repoRoot,
      env: { ...env, LOG_LEVEL: 'info' },
      stdio: ['ignore', fd, fd],
    });
    workers.push(child);
    const ready = (async () => {
      for (;;) {
        if (readFileSync(log, 'utf8').includes('listening on queues')) return Date.now() - started;
        if (child.exitCode !== null) throw new Error(`worker exited (${child.exitCode}); see ${log}`);
        await sleep(25);
      }
    })();
    return { child, ready };
  };

  try {
    await buildApi(repoRoot, { quiet: true });
    await ensureDatabase(ownerUrl);
    info('Scratch database: migrating, seeding, loading the code sets; generating the file meanwhile…');
    const file = join(work, `demo-${encounters}.csv`);
    await Promise.all([
      prepareScratchDatabase(repoRoot, env),
      generateFile(repoRoot, env, { encounters, seed: 'recovery', out: file }),
    ]);
    const port = await freePort();
    group.start({
      name: 'api',
      command: process.execPath,
      args: ['apps/api/dist/main.js'],
      cwd: repoRoot,
      env: { ...env, PORT: String(port), LOG_LEVEL: 'warn' },
      logFile: join(work, 'api.log'),
    });
    const apiUrl = `http://127.0.0.1:${port}`;
    await waitForOk(`${apiUrl}/ready`, { timeoutMs: 90000, abort: group.death });
    let current = await startWorker();
    await current.ready;
    const cookie = await signIn(apiUrl, 'admin@recode.test', DEMO_PASSWORD);
    const db = new pg.Client({ connectionString: ownerUrl });
    await db.connect();
    const checkpoint = async () => {
      const { rows } = await db.query(
        `SELECT id, status, phase, rows_parsed AS "rowsParsed", cardinality(buckets_written) AS buckets FROM imports ORDER BY created_at DESC LIMIT 1`,
      );
      const r = rows[0];
      return r ? { ...r, mark: `${r.phase}:${r.rowsParsed}:${r.buckets ?? 0}` } : null;
    };
    const busyBeforePct = await busyOver(3000);
    const machine = machineInfo();
    info(`Importing ${encounters.toLocaleString('en-US')} encounters; killing the worker ${kills} times…`);
    const importDone = uploadAndWait({ apiUrl, cookie, file, source: 'bench-recovery', pollMs: 250 });
    const results = [];
    let lastMark = '';
    for (let k = 0; k < kills; k += 1) {
      // Strike right after a committed checkpoint, so the time measured is the recovery, not the batch.
      let cp = await checkpoint();
      while (!cp || cp.status !== 'running' || cp.mark === lastMark || cp.mark.endsWith(':0:0')) {
        if (cp && ['succeeded', 'failed', 'cancelled'].includes(cp.status))
          throw new UserFacingError(`the import ended (${cp.status}) after ${k} kill(s): use more --encounters`);
        await sleep(POLL_MS);
        cp = await checkpoint();
      }
      current.child.kill('SIGKILL');
      const killedAt = Date.now();
      await new Promise((r) => (current.child.exitCode !== null ? r(null) : current.child.once('exit', r)));
      const atKill = /** @type {NonNullable<typeof cp>} */ (await checkpoint());
      current = await startWorker();
      const readyPromise = current.ready;
      let now = atKill;
      while (now.mark === atKill.mark && now.status === 'running') {
        await sleep(POLL_MS);
        now = /** @type {NonNullable<typeof cp>} */ (await checkpoint());
      }
      const recoveryMs = Date.now() - killedAt;
      const workerReadyMs = await readyPromise;
      lastMark = now.mark;
      results.push({ phase: atKill.phase, checkpointAtKill: atKill.mark, recoveryMs, workerReadyMs });
      ok(
        `kill ${k + 1}: ${atKill.mark} → ${now.mark} after ${(recoveryMs / 1000).toFixed(1)} s (new worker ready after ${(workerReadyMs / 1000).toFixed(1)} s)`,
      );
    }
    const done = await importDone;
    const {
      rows: [{ n }],
    } = await db.query('SELECT count(*)::int AS n FROM encounters');
    await db.end();
    const sorted = results.map((r) => r.recoveryMs).sort((a, b) => a - b);
    const figures = {
      date: new Date().toISOString(),
      encounters,
      pollMs: POLL_MS,
      machine,
      busyBeforePct,
      settings: { lockMs: 5000, stallCheckMs: 2000 },
      kills: results,
      medianRecoveryMs: sorted[Math.floor(sorted.length / 2)],
      maxRecoveryMs: sorted[sorted.length - 1],
      finalStatus: done.detail.status,
      encountersWritten: n,
      totalMs: Math.round(done.totalMs),
    };
    writeJson(join(repoRoot, 'bench', 'results', 'recovery.json'), figures);
    writeRecoverySection(join(repoRoot, 'BENCHMARKS.md'), figures);
    ok(
      `Recovery: median ${(figures.medianRecoveryMs / 1000).toFixed(1)} s, worst ${(figures.maxRecoveryMs / 1000).toFixed(1)} s; import ${figures.finalStatus}. Written bench/results/recovery.json and BENCHMARKS.md`,
    );
  } finally {
    await cleanUp();
  }
});
