// Builds the API (with its libs) and the web app when their outputs are missing or older than their sources.
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { info, ok, UserFacingError } from './log.mjs';
import { localBin, runStep } from './run.mjs';

/** Newest modification time under the given files and folders (skipping node_modules and dist). */
export function newestMtime(/** @type {string[]} */ paths) {
  let newest = 0;
  const visit = (/** @type {string} */ path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (!stat.isDirectory()) {
      newest = Math.max(newest, stat.mtimeMs);
      return;
    }
    for (const entry of readdirSync(path)) {
      if (entry !== 'node_modules' && entry !== 'dist' && !entry.startsWith('.')) visit(join(path, entry));
    }
  };
  paths.forEach(visit);
  return newest;
}

/**
 * @param {{ inputs: string[], outputs: string[], stamp: string }} target absolute paths; stamp is the output
 *   the build rewrites every time (tsc's .tsbuildinfo, vite's index.html)
 * @returns {string | undefined} why the target must be rebuilt
 */
export function staleReason(target) {
  const missing = target.outputs.find((output) => !existsSync(output));
  if (missing) return `${missing} is missing`;
  const builtAt = existsSync(target.stamp) ? statSync(target.stamp).mtimeMs : 0;
  return newestMtime(target.inputs) > builtAt ? 'sources changed since the last build' : undefined;
}

const LIB_SOURCES = [
  'libs/domain/src',
  'libs/contracts/src',
  'libs/domain/tsconfig.json',
  'libs/contracts/tsconfig.json',
];
const SHARED_INPUTS = ['package-lock.json', 'tsconfig.base.json'];

/** The API build's required outputs: what start, the e2e stack and the Dockerfile run. */
export const API_OUTPUTS = ['main.js', 'worker.js', 'cli/migrate.js', 'cli/seed.js'].map(
  (file) => `apps/api/dist/${file}`,
);

export function apiTarget(/** @type {string} */ root) {
  return {
    inputs: ['apps/api/src', 'apps/api/tsconfig.json', ...LIB_SOURCES, ...SHARED_INPUTS].map((p) => join(root, p)),
    outputs: API_OUTPUTS.map((p) => join(root, p)),
    stamp: join(root, 'apps/api/dist/.tsbuildinfo'),
  };
}

export function webTarget(/** @type {string} */ root) {
  const web = [
    'apps/web/src',
    'apps/web/public',
    'apps/web/index.html',
    'apps/web/vite.config.ts',
    'apps/web/tsconfig.json',
  ];
  return {
    inputs: [...web, ...LIB_SOURCES, ...SHARED_INPUTS].map((p) => join(root, p)),
    outputs: [join(root, 'apps/web/dist/index.html')],
    stamp: join(root, 'apps/web/dist/index.html'),
  };
}

export async function buildApi(/** @type {string} */ root, /** @type {{ quiet?: boolean }} */ options = {}) {
  const target = apiTarget(root);
  const reason = staleReason(target);
  if (!reason) return false;
  info(`Building the API and libs (${reason})…`);
  await runStep('API build', localBin(root, 'tsc'), ['-b', 'apps/api'], { cwd: root, quiet: options.quiet });
  const stillMissing = API_OUTPUTS.find((p) => !existsSync(join(root, p)));
  if (stillMissing) throw new UserFacingError(`The API build finished but did not emit ${stillMissing}`);
  // tsc leaves its build info alone when no TypeScript input changed (say, only the lockfile did).
  const now = new Date();
  if (existsSync(target.stamp)) utimesSync(target.stamp, now, now);
  ok('API built');
  return true;
}

export async function buildWeb(/** @type {string} */ root, /** @type {{ quiet?: boolean }} */ options = {}) {
  const reason = staleReason(webTarget(root));
  if (!reason) return false;
  if (!existsSync(join(root, 'apps/web/vite.config.ts')))
    throw new UserFacingError('apps/web/vite.config.ts is missing');
  info(`Building the web app (${reason})…`);
  const args = ['build', '--config', 'apps/web/vite.config.ts', '--logLevel', options.quiet ? 'warn' : 'info'];
  await runStep('Web build', localBin(root, 'vite'), args, { cwd: root, quiet: options.quiet });
  ok('Web app built');
  return true;
}

/** The API first: the web app may import the libs' emitted code. */
export async function buildAll(/** @type {string} */ root, options = {}) {
  await buildApi(root, options);
  await buildWeb(root, options);
}
