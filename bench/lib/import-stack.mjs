// The scratch product the import benchmark runs against: its own database and Redis prefix, migrated,
// seeded and with the code sets loaded, then the real API process and ONE worker process.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitForOk } from '../../scripts/lib/http.mjs';
import { ProcessGroup } from '../../scripts/lib/processes.mjs';
import { runStep } from '../../scripts/lib/run.mjs';

const cli = (/** @type {string} */ name) => `apps/api/dist/cli/${name}.js`;

/**
 * Migrations, the demo accounts (the admin who uploads and coders C001…C024 the demo file names), and every
 * code-set file in DATA_DIR, as `npm start` loads them (not the demo encounters npm start adds).
 * @param {string} root @param {NodeJS.ProcessEnv} env
 */
export async function prepareScratchDatabase(root, env) {
  const node = process.execPath;
  await runStep('Migrations', node, [cli('migrate')], { cwd: root, env, quiet: true });
  await runStep('Seed', node, [cli('seed')], { cwd: root, env, quiet: true });
  await runStep('Code-set load', node, [cli('codesets-load')], { cwd: root, env, quiet: true });
}

/** The demo generator's real CLI; its summary line (stderr) says how many code rows it wrote. */
export async function generateFile(
  /** @type {string} */ root,
  /** @type {NodeJS.ProcessEnv} */ env,
  /** @type {{ encounters: number, seed: string, out: string }} */ o,
) {
  const args = [cli('demo-generate'), '--encounters', String(o.encounters), '--seed', o.seed, '--out', o.out];
  const result = await runStep('Demo data generation', process.execPath, args, { cwd: root, env, quiet: true });
  const match = /(\d+) encounters, (\d+) code rows/.exec(result.output);
  if (!match) throw new Error(`demo-generate printed no summary: ${result.output.slice(-300)}`);
  return {
    encounters: Number(match[1]),
    codeRows: Number(match[2]),
    summary: result.output.trim().split('\n').pop() ?? '',
  };
}

/**
 * API and one worker, logs to files in logDir. The worker logs at info: the runner's phase timings are info lines.
 * @param {string} root @param {NodeJS.ProcessEnv} env @param {{ port: number, logDir: string }} o
 */
export async function startApiAndWorker(root, env, o) {
  const group = new ProcessGroup();
  const node = process.execPath;
  const apiEnv = { ...env, PORT: String(o.port), LOG_LEVEL: 'warn' };
  const api = group.start({
    name: 'api',
    command: node,
    args: ['apps/api/dist/main.js'],
    cwd: root,
    env: apiEnv,
    logFile: join(o.logDir, 'api.log'),
  });
  const worker = group.start({
    name: 'worker',
    command: node,
    args: ['apps/api/dist/worker.js'],
    cwd: root,
    env: { ...env, LOG_LEVEL: 'info' },
    logFile: join(o.logDir, 'worker.log'),
  });
  const apiUrl = `http://127.0.0.1:${o.port}`;
  try {
    await waitForOk(`${apiUrl}/ready`, { timeoutMs: 90000, abort: group.death });
    await waitForWorkerReady(join(o.logDir, 'worker.log'), group.death);
  } catch (err) {
    await group.stop();
    throw err;
  }
  return { group, apiUrl, workerPid: /** @type {number} */ (worker.pid), apiPid: /** @type {number} */ (api.pid) };
}

/** JobWorker logs "listening on queues" once its BullMQ workers are created. */
async function waitForWorkerReady(
  /** @type {string} */ logFile,
  /** @type {Promise<unknown>} */ death,
  timeoutMs = 90000,
) {
  const deadline = Date.now() + timeoutMs;
  let died = /** @type {unknown} */ (undefined);
  death.catch((err) => (died = err));
  while (Date.now() < deadline) {
    if (died) throw died;
    let text = '';
    try {
      text = readFileSync(logFile, 'utf8');
    } catch {
      // not written yet
    }
    if (text.includes('listening on queues')) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the worker did not report a start within ${timeoutMs} ms (see ${logFile})`);
}

/** kB figures of /proc/<pid>/status (Linux only; null elsewhere or once the process is gone). */
export function procMemory(/** @type {number} */ pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (/** @type {string} */ key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssKb: kb('VmRSS'), hwmKb: kb('VmHWM') };
  } catch {
    return null;
  }
}

/** Polls VmRSS every intervalMs; stop() returns the highest sample and the count (VmHWM is read separately). */
export function sampleRss(/** @type {number} */ pid, intervalMs = 200) {
  let peakKb = 0;
  let samples = 0;
  const timer = setInterval(() => {
    const mem = procMemory(pid);
    if (!mem || !Number.isFinite(mem.rssKb)) return;
    samples += 1;
    peakKb = Math.max(peakKb, mem.rssKb);
  }, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return { peakKb, samples };
    },
  };
}

/**
 * The runner's phase timings from the worker's JSON log lines (pino), with the write phase's grouping figures
 * (stays grouped, ms in the grouping steps and ms inside the grouper).
 */
export function phaseTimings(/** @type {string} */ logFile, /** @type {string} */ importId) {
  /** @type {Record<string, number>} */
  const found = {};
  for (const line of readFileSync(logFile, 'utf8').split('\n')) {
    if (!line.startsWith('{') || !line.includes(importId)) continue;
    try {
      const entry = JSON.parse(line);
      if (entry.msg === 'import parse phase done') found.parseMs = entry.ms;
      if (entry.msg === 'import write phase done')
        Object.assign(found, {
          writeMs: entry.ms,
          staysGrouped: entry.staysGrouped,
          groupMs: entry.groupMs,
          grouperMs: entry.grouperMs,
        });
    } catch {
      // not a log entry
    }
  }
  return found;
}
