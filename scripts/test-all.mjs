#!/usr/bin/env node
// `npm test`: lint, type-checks, unit, integration and browser tests, in that order, never stopping early.
// Each step's result is printed as it finishes; the last line is `N passed, N failed[, N skipped]`.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDependencies } from './lib/deps.mjs';
import { repoRoot } from './lib/env.mjs';
import { error, info, ok, paint, UserFacingError, warn } from './lib/log.mjs';
import { checkCounts, jestCounts, summaryLine, tapCounts, total } from './lib/results.mjs';
import { killCurrentGroup, localBin, run } from './lib/run.mjs';

const MINUTE = 60_000;
const reportDir = join(repoRoot, 'tmp', 'test-results');
const bin = (/** @type {string} */ name) => localBin(repoRoot, name);
const env = { ...process.env, SCARF_ANALYTICS: 'false', NX_NO_CLOUD: 'true', NX_DAEMON: 'false' };

/** @typedef {import('./lib/results.mjs').Counts} Counts */
/** @typedef {{ name: string, prepare?: () => Promise<unknown>, execute: () => Promise<Counts> }} Step */

/**
 * A check that passes or fails as a whole. Its output is captured and printed only when it fails: the checks run
 * side by side (see LANES), and their live output would interleave.
 * @returns {Step}
 */
function check(/** @type {string} */ name, /** @type {string} */ command, /** @type {string[]} */ args) {
  return {
    name,
    execute: async () => {
      const result = await run(command, args, { cwd: repoRoot, env, group: true, quiet: true, timeoutMs: 10 * MINUTE });
      if (result.code !== 0) process.stdout.write(`\n── ${name}: output ──\n${result.output}`);
      return { ...checkCounts(result.code), note: result.timedOut ? 'timed out' : undefined };
    },
  };
}

/**
 * Jest and what its specs start (API, worker, CLIs) with a 64 MB young generation (V8's default is 16 MB on 64-bit):
 * the specs allocate briskly (CSV parsing, module loading per spec file) and scavenge less often with room. The
 * integration step took 244 s with it against 258–269 s without, on this 2-core machine; tsc gained nothing from it.
 */
function jestEnv() {
  const given = env.NODE_OPTIONS ?? '';
  return given.includes('--max-semi-space-size')
    ? env
    : { ...env, NODE_OPTIONS: `${given} --max-semi-space-size=64`.trim() };
}

/** @returns {Step} */
function jest(
  /** @type {string} */ project,
  /** @type {{ workers?: number, forceExit?: boolean, timeoutMs: number, prepare?: () => Promise<unknown> }} */ options,
) {
  return {
    name: project,
    prepare: options.prepare,
    execute: async () => {
      const outputFile = join(reportDir, `${project}.json`);
      rmSync(outputFile, { force: true });
      const args = ['--selectProjects', project, '--json', `--outputFile=${outputFile}`, '--passWithNoTests'];
      // Spec files that each own a database and Redis prefix can run side by side: much of their time is
      // waiting (stalled-job locks, imports in a worker, servers restarting), so several at a time overlap the waits:
      // on 2 cores, three workers took the step from 445 s to 368 s against two.
      if (options.workers) args.push(`--maxWorkers=${options.workers}`);
      // Suites against servers and pools: a leaked handle must not hold the run until the step times out.
      if (options.forceExit) args.push('--forceExit');
      const result = await run(bin('jest'), args, {
        cwd: repoRoot,
        env: jestEnv(),
        group: true,
        timeoutMs: options.timeoutMs,
      });
      let report;
      try {
        report = JSON.parse(readFileSync(outputFile, 'utf8'));
      } catch {
        report = undefined;
      }
      const counts = jestCounts(report, result.code);
      return result.timedOut ? { ...counts, failed: Math.max(counts.failed, 1), note: 'timed out' } : counts;
    },
  };
}

/** The scripts' own helper tests (node:test), so the tooling that counts everything is itself checked. */
const scriptTests = {
  name: 'scripts',
  execute: async () => {
    const libDir = join(repoRoot, 'scripts', 'lib');
    const files = readdirSync(libDir)
      .filter((f) => f.endsWith('.test.mjs'))
      .map((f) => join(libDir, f));
    const result = await run(process.execPath, ['--test', '--test-reporter=tap', ...files], {
      cwd: repoRoot,
      env,
      quiet: true,
      group: true,
      timeoutMs: 5 * MINUTE,
    });
    if (result.code !== 0) process.stdout.write(result.output);
    return tapCounts(result.output, result.code);
  },
};

async function main() {
  mkdirSync(reportDir, { recursive: true });
  const deps = await ensureDependencies(repoRoot).then(
    () => undefined,
    (/** @type {Error} */ err) => err,
  );
  if (deps) error(`Installing dependencies failed; the steps below will likely fail too.\n${deps.message}`);
  const install = {
    name: 'install',
    execute: async () => ({ passed: 0, failed: 1, skipped: 0, note: 'npm install failed' }),
  };
  // Imported after the install: they load pg and ioredis.
  const { ensureServices } = await import('./lib/services.mjs');
  const { ensureChromium } = await import('./lib/chromium.mjs');
  const { buildTestTemplate, TEMPLATE_ENV } = await import('./lib/test-template.mjs');
  const services = () => ensureServices(repoRoot);

  // The code-set template the integration and browser steps copy (scripts/lib/test-template.mjs). It needs the
  // API's build, which `tsc -b` writes, and is built while the other static checks run. When it cannot be built,
  // both steps load their code sets themselves, as they do when run on their own.
  /** @type {Promise<{ url: string, drop: () => Promise<void> } | undefined>} */
  let template = Promise.resolve(undefined);
  const startTemplate = () =>
    services()
      .then((found) => buildTestTemplate(repoRoot, found.databaseUrl))
      .then(
        (built) => {
          env[TEMPLATE_ENV] = built.url;
          return built;
        },
        (/** @type {Error} */ err) => {
          warn(`The code-set template could not be built; the steps will load their own code sets.\n${err.message}`);
          return undefined;
        },
      );
  const typecheckOnly = check('typecheck (tsc -b)', bin('tsc'), ['-b', 'tsconfig.json']);
  /** @type {Step} */
  const typecheck = {
    name: typecheckOnly.name,
    execute: async () => {
      const counts = await typecheckOnly.execute();
      if (!counts.failed) template = startTemplate();
      return counts;
    },
  };

  // The static checks are single-threaded: lint (the longest, and independent of any build output: its type
  // information comes from the sources through the project service) runs beside the other checks, in two lanes.
  /** @type {Step[][]} */
  const lanes = [
    [check('lint', bin('eslint'), ['.', '--max-warnings=0'])],
    [
      // tsc -b writes the libs' dist, which the web type-check reads: the two stay in this order. It also writes
      // the API's, from which the code-set template is then built: first in its lane, so the template is built
      // beside the static checks rather than beside the unit specs.
      typecheck,
      check('typecheck (web)', bin('tsc'), ['-p', 'apps/web/tsconfig.json', '--noEmit']),
      check('format (prettier)', bin('prettier'), ['--check', '.']),
      check('import cycles', process.execPath, ['scripts/import-cycles.mjs', '--modules']),
      scriptTests,
    ],
  ];
  // Between the static checks and the unit specs: the template finishes before the unit specs start, so their
  // step's time is their own (the CPUs are busy either way).
  const templateReady = async () => {
    const started = Date.now();
    const built = await template;
    const waited = (Date.now() - started) / 1000;
    if (built && waited >= 1) info(`The code-set template was ready ${waited.toFixed(1)} s after the static checks`);
  };
  /** @type {(Step | Step[][] | (() => Promise<void>))[]} */
  const steps = [
    ...(deps ? [install] : []),
    lanes,
    templateReady,
    // One after the other, each with two workers: the unit step's own time is then what a developer sees.
    jest('unit', { workers: 2, timeoutMs: 10 * MINUTE }),
    jest('data', { workers: 2, timeoutMs: 10 * MINUTE }),
    jest('integration', {
      workers: 3,
      forceExit: true,
      timeoutMs: 25 * MINUTE,
      prepare: () => services().then(() => template),
    }),
    // Two browser spec files at a time against the one stack (each journey keeps to its own coder, month or
    // facility): 176–206 s against 276 s one at a time, every journey passing.
    jest('e2e', {
      workers: 2,
      forceExit: true,
      timeoutMs: 15 * MINUTE,
      prepare: () => services().then(ensureChromium),
    }),
  ];

  /** @type {{ name: string, counts: Counts }[]} */
  const results = [];
  for (const entry of steps) {
    if (interrupted) break;
    if (typeof entry === 'function') {
      await entry();
    } else if (Array.isArray(entry)) {
      const names = entry.map((lane) => lane.map((step) => step.name).join(', '));
      console.log(`\n${paint('bold', `── side by side: ${names.join(' | ')} ──`)}`);
      const laneResults = await Promise.all(
        entry.map(async (lane) => {
          const done = [];
          for (const step of lane) {
            if (interrupted) break;
            done.push({ name: step.name, counts: await runOne(step) });
          }
          return done;
        }),
      );
      results.push(...laneResults.flat());
    } else {
      console.log(`\n${paint('bold', `── ${entry.name} ──`)}`);
      results.push({ name: entry.name, counts: await runOne(entry) });
    }
  }

  await template
    .then((built) => built?.drop())
    .catch((/** @type {Error} */ err) => warn(`Dropping the code-set template: ${err.message}`));

  const sum = total(results.map((r) => r.counts));
  console.log(`\n${paint('bold', 'Summary')}`);
  results.forEach(({ name, counts }) =>
    console.log(`  ${name.padEnd(20)} ${summaryLine(counts)}${counts.note ? ` (${counts.note})` : ''}`),
  );
  if (interrupted) warn('interrupted: the steps after the one running were not run');
  console.log(summaryLine(sum));
  return sum.failed > 0 || interrupted ? 1 : 0;
}

/** Runs one step (prepare, execute) and prints its result line; a step that throws counts as one failure. */
async function runOne(/** @type {Step} */ step) {
  const started = Date.now();
  /** @type {Counts} */
  let counts;
  try {
    await step.prepare?.();
    counts = await step.execute();
  } catch (err) {
    const message = err instanceof UserFacingError ? err.message : (/** @type {Error} */ (err).stack ?? String(err));
    error(`${step.name} could not run: ${message}`);
    counts = { passed: 0, failed: 1, skipped: 0, note: 'crashed' };
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const line = `${step.name}: ${summaryLine(counts)}${counts.note ? ` (${counts.note})` : ''} in ${seconds} s`;
  if (counts.failed) error(line);
  else ok(line);
  return counts;
}

let interrupted = false;
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    interrupted = true;
    killCurrentGroup('SIGTERM');
    setTimeout(() => killCurrentGroup('SIGKILL'), 5000).unref();
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(err);
    console.log('0 passed, 1 failed');
    process.exitCode = 1;
  },
);
