import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { adminDatabaseUrl, databaseUrlFor } from './test-env';

/**
 * Gives each integration spec file a database of its own, copied from the run's migrated and seeded
 * database (a PostgreSQL template, so no migrations per file), and a Redis prefix of its own. Specs
 * then never see each other's audits, findings or queues, whatever order Jest runs them in.
 * Global teardown drops every database and key under the run's name, these included.
 */
const runDatabase = process.env.RECODE_TEST_DATABASE;
const runPrefix = process.env.REDIS_PREFIX;
if (!runDatabase || !runPrefix) throw new Error('integration specs need the global setup: run them with `jest --selectProjects integration`');
const suffix = `_f${randomBytes(4).toString('hex')}`;

beforeAll(async () => {
  const admin = new Client({ connectionString: adminDatabaseUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${runDatabase}${suffix}" TEMPLATE "${runDatabase}"`);
  } finally {
    await admin.end();
  }
  process.env.DATABASE_URL = databaseUrlFor(`${runDatabase}${suffix}`);
  // TypeORM records generated columns under the database's name; the copy carries the template's.
  const copy = new Client({ connectionString: process.env.DATABASE_URL });
  await copy.connect();
  try {
    await copy.query('UPDATE typeorm_metadata SET database = current_database() WHERE database = $1', [runDatabase]);
  } finally {
    await copy.end();
  }
  process.env.REDIS_PREFIX = `${runPrefix}${suffix}`;
}, 60_000);
