// bench:import's grouper legs: the same CSV imported four more times (grouping on, off, off, on), each by a fresh
// worker into emptied encounter tables, so the imports differ only in grouping. grouperOverhead = (with − without) /
// without, on the means of wall time and of CPU time.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PASSWORD } from '../../scripts/lib/demo-users.mjs';
import { freePort } from '../../scripts/lib/http.mjs';
import { info } from '../../scripts/lib/log.mjs';
import { signIn, uploadAndWait } from './import-client.mjs';
import { processCpuSeconds } from './import-machine.mjs';
import { phaseTimings, procMemory, startApiAndWorker } from './import-stack.mjs';

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
 * One leg: the encounter tables emptied (TRUNCATE, then CHECKPOINT and ANALYZE so no leg inherits another's
 * dirty pages or statistics), a fresh worker started with IMPORT_GROUPER=`grouper`, the same CSV imported.
 * @param {{ root: string, env: NodeJS.ProcessEnv, db: import('pg').Client, file: string, dir: string }} o
 * @param {'on' | 'off'} grouper
 * @param {number} index
 * @returns {Promise<Leg>}
 */
async function importLeg(o, grouper, index) {
  await o.db.query('TRUNCATE encounter_codes, encounter_versions, encounters CASCADE');
  await o.db.query('CHECKPOINT');
  await o.db.query('ANALYZE encounters, encounter_versions, encounter_codes');
  const logDir = join(o.dir, `grouper-${index}-${grouper}`);
  mkdirSync(logDir, { recursive: true });
  const stack = await startApiAndWorker(
    o.root,
    { ...o.env, IMPORT_GROUPER: grouper },
    { port: await freePort(), logDir },
  );
  try {
    const cookie = await signIn(stack.apiUrl, 'admin@recode.test', DEMO_PASSWORD);
    info(`Paired leg ${index + 1} of 4: the same CSV with IMPORT_GROUPER=${grouper} (encounter tables emptied first)…`);
    const workerBefore = processCpuSeconds(stack.workerPid) ?? 0;
    const outcome = await uploadAndWait({ apiUrl: stack.apiUrl, cookie, file: o.file, source: 'demo' });
    if (outcome.detail.status !== 'succeeded')
      throw new Error(
        `the IMPORT_GROUPER=${grouper} import ${outcome.detail.status}: ${JSON.stringify(outcome.detail.failure)}`,
      );
    const worker = (processCpuSeconds(stack.workerPid) ?? 0) - workerBefore;
    // The worker's high-water mark (VmHWM): with grouping it holds each version's tables the import needed.
    const workerPeakRssMb = Math.round((procMemory(stack.workerPid)?.hwmKb ?? NaN) / 1024);
    const postgres = await backendCpuSeconds(o.db);
    const phases = phaseTimings(join(logDir, 'worker.log'), outcome.importId);
    if (grouper === 'off' && phases.staysGrouped)
      throw new Error(`the IMPORT_GROUPER=off worker grouped ${phases.staysGrouped} stays`);
    if (grouper === 'on' && !phases.staysGrouped) throw new Error('the IMPORT_GROUPER=on worker grouped no stay');
    return {
      grouper,
      seconds: round(outcome.totalMs / 1000),
      parseMs: phases.parseMs ?? null,
      writeMs: phases.writeMs ?? null,
      staysGrouped: phases.staysGrouped ?? null,
      groupStepsMs: phases.groupMs ?? null,
      insideGrouperMs: phases.grouperMs ?? null,
      workerPeakRssMb,
      cpuSeconds: { worker: round(worker), postgres: round(postgres), total: round(worker + postgres) },
    };
  } finally {
    await stack.group.stop();
  }
}

/**
 * @typedef {{ grouper: 'on' | 'off', seconds: number, parseMs: number | null, writeMs: number | null,
 *   staysGrouped: number | null, groupStepsMs: number | null, insideGrouperMs: number | null, workerPeakRssMb: number,
 *   cpuSeconds: { worker: number, postgres: number, total: number } }} Leg
 */

/**
 * The grouper's share of the import, measured in four legs in the order on, off, off, on (ABBA), each under the
 * same conditions, so a drift of the machine or the database over the run falls on both sides alike. A single
 * grouping-off leg run last (the earlier method) came out 48% slower than the grouping-on import before it on a
 * quiet machine, on CPU as well as wall time: the order, not the grouper, decided the figure.
 * @param {{ root: string, env: NodeJS.ProcessEnv, db: import('pg').Client, file: string, dir: string }} o
 * @returns {Promise<Leg[]>}
 */
export async function pairedGrouperLegs(o) {
  /** @type {Leg[]} */
  const legs = [];
  for (const [index, grouper] of /** @type {const} */ (['on', 'off', 'off', 'on']).entries())
    legs.push(await importLeg(o, grouper, index));
  return legs;
}

const mean = (/** @type {number[]} */ xs) => xs.reduce((s, x) => s + x, 0) / xs.length;

/**
 * The grouper figures of import.json from the paired legs: overhead = (mean on − mean off) / mean off, on wall
 * time and on CPU time (worker and database backends).
 * @param {Leg[]} legs
 * @param {number | null} tableLoadMs
 */
export function grouperFigures(legs, tableLoadMs) {
  const on = legs.filter((l) => l.grouper === 'on');
  const off = legs.filter((l) => l.grouper === 'off');
  const ratio = (/** @type {number} */ a, /** @type {number} */ b) => Math.round(((a - b) / b) * 1000) / 1000;
  const wall = { on: mean(on.map((l) => l.seconds)), off: mean(off.map((l) => l.seconds)) };
  const cpu = { on: mean(on.map((l) => l.cpuSeconds.total)), off: mean(off.map((l) => l.cpuSeconds.total)) };
  return {
    grouperOverhead: ratio(wall.on, wall.off),
    grouper: {
      goal: 'grouperOverhead <= 0.2',
      definition:
        '(mean import seconds with grouping − without) / without; four legs on, off, off, on; same file, encounter tables emptied, fresh worker each',
      meanSeconds: { on: round(wall.on), off: round(wall.off) },
      meanCpuSeconds: { on: round(cpu.on), off: round(cpu.off) },
      cpuOverhead: ratio(cpu.on, cpu.off),
      meanWorkerPeakRssMb: {
        on: Math.round(mean(on.map((l) => l.workerPeakRssMb))),
        off: Math.round(mean(off.map((l) => l.workerPeakRssMb))),
      },
      legs,
      staysGrouped: on[0]?.staysGrouped ?? null,
      groupStepsMs: on.length ? Math.round(mean(on.map((l) => l.groupStepsMs ?? 0))) : null,
      insideGrouperMs: on.length ? Math.round(mean(on.map((l) => l.insideGrouperMs ?? 0))) : null,
      tableLoadAtWorkerStartMs: tableLoadMs,
    },
  };
}
