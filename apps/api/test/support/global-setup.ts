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
 * "<run>_codesets" (the same plus the code sets most specs validate against, loaded once here).
 * Each spec file then works on a copy of one of them (file-database.ts).
 */
export default async function globalSetup(): Promise<void> {
  const { database, redisPrefix } = newRunNames('it');
  const admin = new Client({ connectionString: adminDatabaseUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${database}"`);
    await withDataSource(databaseUrlFor(database), async (db) => {
      await db.runMigrations({ transaction: 'each' });
      await seedDemoAccounts(db);
      // As `npm run migrate` does: the app under test connects as the role that owns nothing.
      await grantRuntimeRole(db, DEFAULT_RUNTIME_ROLE, databasePassword(adminDatabaseUrl()));
    });
    await copyDatabase(admin, database, withCodeSetsName(database));
  } finally {
    await admin.end();
  }
  const dataDir = parseConfig(process.env).DATA_DIR;
  const { ms } = await withDataSource(databaseUrlFor(withCodeSetsName(database)), (db) =>
    loadSpecCodeSets(db, dataDir, TEMPLATE_FILES),
  );
  // One line in the test output so a slow code-set load is noticed.
  process.stdout.write(`\nintegration template: code sets loaded in ${ms} ms\n`);
  process.env.DATABASE_URL = runtimeDatabaseUrlFor(database);
  process.env.MIGRATION_DATABASE_URL = databaseUrlFor(database);
  process.env.REDIS_PREFIX = redisPrefix;
  process.env.RECODE_TEST_DATABASE = database;
  process.env.NODE_ENV = 'test';
  process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'silent';
}

async function withDataSource<T>(url: string, work: (db: DataSource) => Promise<T>): Promise<T> {
  const db = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}
