#!/usr/bin/env node
// `npm start`: from a fresh clone to a running Recode (API, one worker, web) with demo data.
// Safe to run again: installs and builds only what is stale; migrations and seed are idempotent.
import { ensureDependencies } from './lib/deps.mjs';
import { repoRoot } from './lib/env.mjs';
import { error, info, ok, paint, runMain, UserFacingError } from './lib/log.mjs';

runMain(async () => {
  // Dependencies first: the helpers below import pg and ioredis.
  await ensureDependencies(repoRoot);
  const { appEnv } = await import('./lib/env.mjs');
  const { ensureServices } = await import('./lib/services.mjs');
  const { buildAll } = await import('./lib/build.mjs');
  const { isPortFree } = await import('./lib/http.mjs');
  const { launchStack, prepareDatabase, waitForStack } = await import('./lib/stack.mjs');
  const { demoLoginTable } = await import('./lib/demo-users.mjs');

  const services = await ensureServices(repoRoot);
  const { databaseEnv } = await import('./lib/env.mjs');
  const env = appEnv(repoRoot, {
    ...process.env,
    ...databaseEnv(process.env, services.databaseUrl),
    REDIS_URL: services.redisUrl,
  });
  const apiPort = Number(process.env.PORT || 3000);
  const webPort = Number(process.env.WEB_PORT || 5173);
  for (const [name, port] of [
    ['PORT', apiPort],
    ['WEB_PORT', webPort],
  ]) {
    if (!(await isPortFree(Number(port)))) {
      throw new UserFacingError(
        `Port ${port} is in use (is Recode already running?). Stop that process or set ${name}=<another port>.`,
      );
    }
  }

  await buildAll(repoRoot);
  await prepareDatabase(repoRoot, env);

  info('Starting API, worker and web…');
  const stack = launchStack(repoRoot, env, { apiPort, webPort });
  let stopping = false;
  const stopAll = async (/** @type {number} */ code) => {
    if (stopping) return;
    stopping = true;
    await stack.group.stop();
    process.exit(code);
  };
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
    process.on(signal, () => {
      info(`Stopping (${signal})…`);
      void stopAll(0);
    });
  }
  stack.group.death.catch(async (/** @type {Error} */ err) => {
    if (stopping) return;
    error(`${err.message}; stopping the others.`);
    await stopAll(1);
  });

  try {
    await waitForStack(stack);
  } catch (err) {
    if (!stopping) {
      error(`Recode did not become ready: ${/** @type {Error} */ (err).message}`);
      await stopAll(1);
    }
    return;
  }
  ok(`Recode is running at ${paint('bold', stack.webUrl)}  (API: ${stack.apiUrl})`);
  console.log(`\nDemo logins:\n${demoLoginTable()}\n`);
  info('Press Ctrl-C to stop.');
});
