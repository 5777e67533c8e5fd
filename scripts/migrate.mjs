#!/usr/bin/env node
// `npm run migrate`: make sure PostgreSQL answers and the database exists, build the API if stale,
// then run the TypeORM migrations (apps/api/dist/cli/migrate.js).
import { ensureDependencies } from './lib/deps.mjs';
import { repoRoot } from './lib/env.mjs';
import { ok, runMain } from './lib/log.mjs';

runMain(async () => {
  await ensureDependencies(repoRoot);
  const { appEnv } = await import('./lib/env.mjs');
  const { ensureServices } = await import('./lib/services.mjs');
  const { buildApi } = await import('./lib/build.mjs');
  const { ensureDatabase } = await import('./lib/database.mjs');
  const { runStep } = await import('./lib/run.mjs');

  const services = await ensureServices(repoRoot);
  const { databaseEnv } = await import('./lib/env.mjs');
  const env = appEnv(repoRoot, {
    ...process.env,
    ...databaseEnv(process.env, services.databaseUrl),
    REDIS_URL: services.redisUrl,
  });
  await buildApi(repoRoot);
  if (await ensureDatabase(env.MIGRATION_DATABASE_URL)) ok('Created the database');
  await runStep('Migrations', process.execPath, ['apps/api/dist/cli/migrate.js'], { cwd: repoRoot, env });
  ok('Migrations are up to date');
});
