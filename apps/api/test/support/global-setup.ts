import 'reflect-metadata';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source';
import { seedDemoAccounts } from '../../src/seed/demo-accounts';
import { adminDatabaseUrl, databaseUrlFor, newRunNames } from './test-env';

/** A fresh database (migrated and seeded) and Redis prefix for this integration run. */
export default async function globalSetup(): Promise<void> {
  const { database, redisPrefix } = newRunNames('it');
  const admin = new Client({ connectionString: adminDatabaseUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  const url = databaseUrlFor(database);
  const db = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    await db.runMigrations({ transaction: 'each' });
    await seedDemoAccounts(db);
  } finally {
    await db.destroy();
  }
  process.env.DATABASE_URL = url;
  process.env.REDIS_PREFIX = redisPrefix;
  process.env.RECODE_TEST_DATABASE = database;
  process.env.NODE_ENV = 'test';
  process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'silent';
}
