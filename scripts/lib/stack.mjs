// The running product: prepare its database, then start API, one worker and the web preview.
import { join } from 'node:path';
import { ensureDatabase } from './database.mjs';
import { info, ok } from './log.mjs';
import { waitForOk } from './http.mjs';
import { ProcessGroup } from './processes.mjs';
import { runStep } from './run.mjs';

const cli = (/** @type {string} */ name) => `apps/api/dist/cli/${name}.js`;

/**
 * Creates the database if needed, runs migrations and the seed (both idempotent), then the optional steps.
 * @param {string} root
 * @param {NodeJS.ProcessEnv} env from appEnv()
 * @param {{ quiet?: boolean }} [options] quiet keeps CLI output unless a step fails
 */
export async function prepareDatabase(root, env, options = {}) {
  // As the owner: create the database, migrate, grant the runtime role; everything after runs as that role.
  if (await ensureDatabase(/** @type {string} */ (env.MIGRATION_DATABASE_URL))) ok('Created the database');
  const node = process.execPath;
  await runStep('Migrations', node, [cli('migrate')], { cwd: root, env, quiet: options.quiet });
  await runStep('Seed', node, [cli('seed')], { cwd: root, env, quiet: options.quiet });

  // Code sets from DATA_DIR (files already loaded are skipped by checksum), three files at a time.
  info('Loading code sets…');
  await runStep('Code-set load', node, [cli('codesets-load')], { cwd: root, env, quiet: options.quiet });
  // Demo encounters: loaded through the real import pipeline only while the encounters table is empty.
  info('Loading demo encounters (first start only)…');
  await runStep('Demo data', node, [cli('demo-load')], { cwd: root, env, quiet: options.quiet });
  ok('Database migrated and seeded');
}

/**
 * @param {string} root
 * @param {NodeJS.ProcessEnv} env from appEnv()
 * @param {{ apiPort: number, webPort: number, logDir?: string }} options logDir sends child output to files
 */
export function launchStack(root, env, options) {
  const group = new ProcessGroup();
  const apiUrl = `http://127.0.0.1:${options.apiPort}`;
  const webUrl = `http://127.0.0.1:${options.webPort}`;
  const logFile = (/** @type {string} */ name) => (options.logDir ? join(options.logDir, `${name}.log`) : undefined);
  const node = process.execPath;
  const apiEnv = { ...env, PORT: String(options.apiPort) };

  group.start({
    name: 'api',
    command: node,
    args: ['apps/api/dist/main.js'],
    cwd: root,
    env: apiEnv,
    colour: 'blue',
    logFile: logFile('api'),
  });
  group.start({
    name: 'worker',
    command: node,
    args: ['apps/api/dist/worker.js'],
    cwd: root,
    env: apiEnv,
    colour: 'magenta',
    logFile: logFile('worker'),
  });
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  const previewArgs = [
    vite,
    'preview',
    '--config',
    'apps/web/vite.config.ts',
    '--host',
    '127.0.0.1',
    '--port',
    String(options.webPort),
    '--strictPort',
  ];
  const webEnv = { ...env, WEB_PORT: String(options.webPort), API_URL: apiUrl };
  group.start({
    name: 'web',
    command: node,
    args: previewArgs,
    cwd: root,
    env: webEnv,
    colour: 'green',
    logFile: logFile('web'),
  });
  return { group, apiUrl, webUrl };
}

/**
 * Resolves once the API is ready and the web preview serves the app and proxies to the API.
 * Rejects early when a child dies.
 * @param {ReturnType<typeof launchStack>} stack
 */
export async function waitForStack(stack, timeoutMs = 90000) {
  const options = { timeoutMs, abort: stack.group.death };
  await waitForOk(`${stack.apiUrl}/ready`, options);
  await waitForOk(`${stack.webUrl}/`, options);
  await waitForOk(`${stack.webUrl}/ready`, options);
}
