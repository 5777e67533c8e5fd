import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { copyDatabase } from './file-database-copy';
import { adminDatabaseUrl, databaseUrlFor, runtimeDatabaseUrlFor, withCodeSetsName } from './test-env';

/**
 * Gives each integration spec file a database of its own, copied from one of the run's templates
 * (so no migrations or code-set loads per file), and a Redis prefix of its own. Specs then never
 * see each other's audits, findings or queues, whatever order Jest runs them in.
 * A spec file that validates against code sets says so with a line `// test database: with code sets`;
 * the others start from the database without them. Global teardown drops every database and key
 * under the run's name, these included.
 */
const runDatabase = process.env.RECODE_TEST_DATABASE;
const runPrefix = process.env.REDIS_PREFIX;
if (!runDatabase || !runPrefix)
  throw new Error('integration specs need the global setup: run them with `jest --selectProjects integration`');
const suffix = `_f${randomBytes(4).toString('hex')}`;

const WITH_CODE_SETS = /^\/\/ test database: with code sets$/m;

beforeAll(async () => {
  const specPath = expect.getState().testPath;
  const template =
    specPath && WITH_CODE_SETS.test(readFileSync(specPath, 'utf8')) ? withCodeSetsName(runDatabase) : runDatabase;
  const admin = new Client({ connectionString: adminDatabaseUrl() });
  await admin.connect();
  try {
    await copyDatabase(admin, template, `${runDatabase}${suffix}`);
  } finally {
    await admin.end();
  }
  process.env.DATABASE_URL = runtimeDatabaseUrlFor(`${runDatabase}${suffix}`);
  process.env.MIGRATION_DATABASE_URL = databaseUrlFor(`${runDatabase}${suffix}`);
  process.env.REDIS_PREFIX = `${runPrefix}${suffix}`;
}, 60_000);
