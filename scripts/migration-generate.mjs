#!/usr/bin/env node
// `npm run migration:generate -- WhatChanged`: builds the API, migrates a scratch database to the
// committed migrations, and asks TypeORM for the migration that brings it to the entities. The file
// lands in apps/api/src/database/migrations; the scratch database is dropped whatever happens.
import { ensureDependencies } from './lib/deps.mjs';
import { repoRoot } from './lib/env.mjs';
import { ok, runMain, UserFacingError, warn } from './lib/log.mjs';

runMain(async () => {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new UserFacingError('Give the migration a PascalCase name: npm run migration:generate -- AddGrouperResult');
  }
  await ensureDependencies(repoRoot);
  const { appEnv, withDatabase } = await import('./lib/env.mjs');
  const { ensureServices } = await import('./lib/services.mjs');
  const { buildApi } = await import('./lib/build.mjs');
  const { dropDatabase, ensureDatabase } = await import('./lib/database.mjs');
  const { localBin, run, runStep } = await import('./lib/run.mjs');

  const services = await ensureServices(repoRoot);
  const scratchUrl = withDatabase(services.databaseUrl, `recode_migration_${process.pid}`);
  // Owner only: the scratch database is compared and dropped, never served (no runtime role needed).
  const env = appEnv(repoRoot, {
    ...process.env,
    DATABASE_URL: scratchUrl,
    MIGRATION_DATABASE_URL: scratchUrl,
    REDIS_URL: services.redisUrl,
  });
  await buildApi(repoRoot);
  await ensureDatabase(scratchUrl);
  try {
    await runStep('Migrations', process.execPath, ['apps/api/dist/cli/migrate.js'], { cwd: repoRoot, env });
    const result = await run(
      localBin(repoRoot, 'typeorm'),
      ['migration:generate', '-d', 'apps/api/dist/database/data-source.js', `apps/api/src/database/migrations/${name}`],
      { cwd: repoRoot, env },
    );
    if (result.code !== 0) {
      // TypeORM exits 1 both for "no changes" (printed) and for real failures.
      warn('TypeORM generated nothing: see its message above (no changes means entities and migrations agree).');
      return 1;
    }
    ok(`Written apps/api/src/database/migrations/<timestamp>-${name}.ts: read it, then build and npm run migrate`);
  } finally {
    await dropDatabase(scratchUrl);
  }
});
