// bench:import's grouping-off leg: the same CSV imported again by a worker started with IMPORT_GROUPER=off, into
// emptied encounter tables (TRUNCATE, as before the first leg they were empty), so the two imports differ only in
// grouping. grouperOverhead = (with − without) / without, on wall time and on CPU time.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PASSWORD } from '../../scripts/lib/demo-users.mjs';
import { freePort } from '../../scripts/lib/http.mjs';
import { info } from '../../scripts/lib/log.mjs';
import { signIn, uploadAndWait } from './import-client.mjs';
import { processCpuSeconds } from './import-machine.mjs';
import { phaseTimings, startApiAndWorker } from './import-stack.mjs';

const round = (/** @type {number} */ x) => Math.round(x * 10) / 10;

/** CPU seconds of the scratch database's backends still connected (the pool's outlive the import by their idle timeout). */
export async function backendCpuSeconds(/** @type {import('pg').Client} */ db) {
  const { rows } = await db.query(
    'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
  );
  return rows.reduce((sum, { pid }) => sum + (processCpuSeconds(pid) ?? 0), 0);
}

/** How long the worker took to load every version's grouper tables at start (its log line), or null. */
export function tableLoadMs(/** @type {string} */ logFile) {
  for (const line of readFileSync(logFile, 'utf8').split('\n')) {
    if (!line.includes('grouper tables loaded')) continue;
    try {
      return JSON.parse(line).ms ?? null;
    } catch {
      // not a log entry
    }
  }
  return null;
}

/**
 * @param {{ root: string, env: NodeJS.ProcessEnv, db: import('pg').Client, file: string, dir: string }} o
 * @returns {Promise<{ seconds: number, parseMs: number | null, writeMs: number | null, cpuSeconds: { worker: number, postgres: number, total: number } }>}
 */
export async function importWithoutGrouper(o) {
  await o.db.query('TRUNCATE encounter_codes, encounter_versions, encounters CASCADE');
  await o.db.query('CHECKPOINT');
  const logDir = join(o.dir, 'grouper-off');
  mkdirSync(logDir, { recursive: true });
  const stack = await startApiAndWorker(
    o.root,
    { ...o.env, IMPORT_GROUPER: 'off' },
    { port: await freePort(), logDir },
  );
  try {
    const cookie = await signIn(stack.apiUrl, 'admin@recode.test', DEMO_PASSWORD);
    info('Importing the same CSV again with IMPORT_GROUPER=off (encounter tables emptied first)…');
    const workerBefore = processCpuSeconds(stack.workerPid) ?? 0;
    const outcome = await uploadAndWait({ apiUrl: stack.apiUrl, cookie, file: o.file, source: 'demo' });
    if (outcome.detail.status !== 'succeeded')
      throw new Error(
        `the IMPORT_GROUPER=off import ${outcome.detail.status}: ${JSON.stringify(outcome.detail.failure)}`,
      );
    const worker = (processCpuSeconds(stack.workerPid) ?? 0) - workerBefore;
    const postgres = await backendCpuSeconds(o.db);
    const phases = phaseTimings(join(logDir, 'worker.log'), outcome.importId);
    if (phases.staysGrouped) throw new Error(`the IMPORT_GROUPER=off worker grouped ${phases.staysGrouped} stays`);
    return {
      seconds: round(outcome.totalMs / 1000),
      parseMs: phases.parseMs ?? null,
      writeMs: phases.writeMs ?? null,
      cpuSeconds: { worker: round(worker), postgres: round(postgres), total: round(worker + postgres) },
    };
  } finally {
    await stack.group.stop();
  }
}

/**
 * The grouper figures of import.json from both legs.
 * @param {{ seconds: number, phases: Record<string, number>, cpuSeconds: { worker: number, postgres: number }, tableLoadMs: number | null }} on
 * @param {Awaited<ReturnType<typeof importWithoutGrouper>>} off
 */
export function grouperFigures(on, off) {
  const onCpu = round(on.cpuSeconds.worker + on.cpuSeconds.postgres);
  return {
    grouperOverhead: Math.round(((on.seconds - off.seconds) / off.seconds) * 1000) / 1000,
    grouper: {
      goal: 'grouperOverhead <= 0.2',
      definition: '(import seconds with grouping − without) / without; same file, same empty tables, fresh worker each',
      on: {
        seconds: round(on.seconds),
        parseMs: on.phases.parseMs ?? null,
        writeMs: on.phases.writeMs ?? null,
        cpuSeconds: { worker: on.cpuSeconds.worker, postgres: on.cpuSeconds.postgres, total: onCpu },
      },
      off,
      cpuOverhead: Math.round(((onCpu - off.cpuSeconds.total) / off.cpuSeconds.total) * 1000) / 1000,
      staysGrouped: on.phases.staysGrouped ?? null,
      groupStepsMs: on.phases.groupMs ?? null,
      insideGrouperMs: on.phases.grouperMs ?? null,
      tableLoadAtWorkerStartMs: on.tableLoadMs,
    },
  };
}
