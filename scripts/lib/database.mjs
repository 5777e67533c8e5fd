// Creating and dropping databases and clearing Redis keys: what start, migrate and the e2e stack share.
import pg from 'pg';
import { Redis } from 'ioredis';
import { UserFacingError } from './log.mjs';
import { databaseName, withDatabase } from './env.mjs';

const quoteIdent = (/** @type {string} */ name) => `"${name.replace(/"/g, '""')}"`;

/** Runs fn with a client on the server's `postgres` maintenance database. */
async function withMaintenanceClient(
  /** @type {string} */ databaseUrl,
  /** @type {(c: pg.Client) => Promise<void>} */ fn,
) {
  const client = new pg.Client({ connectionString: withDatabase(databaseUrl, 'postgres') });
  try {
    await client.connect();
  } catch (err) {
    const code = /** @type {{ code?: string }} */ (err).code;
    if (code === '28P01' || code === '28000') {
      throw new UserFacingError(
        `PostgreSQL refused the login in ${redact(databaseUrl)}: set DATABASE_URL with a user and password it accepts, ` +
          `or allow trust for 127.0.0.1 in pg_hba.conf on a development machine.`,
      );
    }
    throw new UserFacingError(
      `Could not connect to PostgreSQL (${redact(databaseUrl)}): ${/** @type {Error} */ (err).message}`,
    );
  }
  try {
    await fn(client);
  } finally {
    await client.end();
  }
}

/** The URL without its password, for messages. */
export function redact(/** @type {string} */ url) {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/** @returns {Promise<boolean>} true when the database was created now */
export async function ensureDatabase(/** @type {string} */ databaseUrl) {
  const name = databaseName(databaseUrl);
  let created = false;
  await withMaintenanceClient(databaseUrl, async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return;
    try {
      await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
      created = true;
    } catch (err) {
      // 42P04: another process created it between our check and our CREATE.
      if (/** @type {{ code?: string }} */ (err).code !== '42P04') throw err;
    }
  });
  return created;
}

/**
 * Creates the database in databaseUrl as a copy of the template database (same server), file by file: FILE_COPY
 * writes one WAL record where the default writes every block. TypeORM records generated columns under the
 * database's name, and a copy carries its template's, so the copy's record is renamed (as the integration
 * specs' copies are, apps/api/test/support/file-database-copy.ts).
 */
export async function copyDatabase(/** @type {string} */ databaseUrl, /** @type {string} */ template) {
  const name = databaseName(databaseUrl);
  await withMaintenanceClient(databaseUrl, async (client) => {
    await client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)} STRATEGY FILE_COPY`);
  });
  const copy = new pg.Client({ connectionString: databaseUrl });
  await copy.connect();
  try {
    await copy.query('UPDATE typeorm_metadata SET database = current_database() WHERE database = $1', [template]);
  } finally {
    await copy.end();
  }
}

export async function dropDatabase(/** @type {string} */ databaseUrl) {
  const name = databaseName(databaseUrl);
  await withMaintenanceClient(databaseUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
  });
}

/** Deletes every key starting with prefix (SCAN + DEL, never KEYS). @returns {Promise<number>} keys deleted */
export async function deleteRedisKeys(/** @type {string} */ redisUrl, /** @type {string} */ prefix) {
  if (!prefix) throw new Error('deleteRedisKeys needs a non-empty prefix');
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 });
  await redis.connect();
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix.replace(/[*?[\]\\]/g, '\\$&')}*`, 'COUNT', 500);
      cursor = next;
      if (keys.length) deleted += await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}
