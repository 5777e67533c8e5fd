import 'reflect-metadata';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { parseConfig } from '../../src/config/env';
import { dataSourceOptions } from '../../src/database/data-source';
import { seedDemoAccounts } from '../../src/seed/demo-accounts';
import { loadSpecCodeSets, TEMPLATE_FILES } from '../code-sets/code-set-fixtures';
import { databasePassword, DEFAULT_RUNTIME_ROLE, grantRuntimeRole } from '../../src/database/runtime-role';
import { adminDatabaseUrl, databaseUrlFor, newRunNames, runtimeDatabaseUrlFor, withCodeSetsName } from './test-env';
import { copyDatabase } from './file-database-copy';

/**
 * This integration run's templates and Redis prefix: "<run>" (migrated, demo accounts) and
 * "<run>_codesets" (the same plus the code sets most specs validate against, loaded once here, or copied from the
 * template `npm test` built while the static checks ran).
 * Each spec file then works on a copy of one of them (file-database.ts).
 */
export default async function globalSetup(): Promise<void> {
  const { database, redisPrefix } = newRunNames('it');
  const given = givenTemplate();
  const admin = new Client({ connectionString: adminDatabaseUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${database}"`);
    await withDataSource(databaseUrlFor(database), prepareTemplate);
    await copyDatabase(admin, given ?? database, withCodeSetsName(database));
  } finally {
    await admin.end();
  }
  if (given) {
    // `npm test` built the code-set template before this step (scripts/lib/test-template.mjs): the copy needs only
    // what the run's own database has (migrations are checked again, accounts, the runtime role's grants).
    await withDataSource(databaseUrlFor(withCodeSetsName(database)), prepareTemplate);
    process.stdout.write(`\nintegration template: code sets copied from ${given}\n`);
  } else {
    const dataDir = parseConfig(process.env).DATA_DIR;
    const { ms } = await withDataSource(databaseUrlFor(withCodeSetsName(database)), (db) =>
      loadSpecCodeSets(db, dataDir, TEMPLATE_FILES),
    );
    // One line in the test output so a slow code-set load is noticed.
    process.stdout.write(`\nintegration template: code sets loaded in ${ms} ms\n`);
  }
  process.env.DATABASE_URL = runtimeDatabaseUrlFor(database);
  process.env.MIGRATION_DATABASE_URL = databaseUrlFor(database);
  process.env.REDIS_PREFIX = redisPrefix;
  process.env.RECODE_TEST_DATABASE = database;
  process.env.NODE_ENV = 'test';
  process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'silent';
}

/** Migrated, with the demo accounts and, as `npm run migrate` does, grants for the runtime role the app connects as. */
async function prepareTemplate(db: DataSource): Promise<void> {
  await db.runMigrations({ transaction: 'each' });
  await seedDemoAccounts(db);
  await grantRuntimeRole(db, DEFAULT_RUNTIME_ROLE, databasePassword(adminDatabaseUrl()));
}

/**
 * The code-set template `npm test` hands over in RECODE_TEST_TEMPLATE_URL, when it is on this run's server (a
 * template elsewhere cannot be copied here): its database name. Built from TEMPLATE_FILES, as the load below.
 */
function givenTemplate(): string | undefined {
  const given = process.env.RECODE_TEST_TEMPLATE_URL;
  if (!given) return undefined;
  const [a, b] = [new URL(given), new URL(adminDatabaseUrl())];
  const sameServer = a.hostname === b.hostname && (a.port || '5432') === (b.port || '5432');
  return sameServer ? decodeURIComponent(a.pathname.slice(1)) : undefined;
}

async function withDataSource<T>(url: string, work: (db: DataSource) => Promise<T>): Promise<T> {
  const db = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}
