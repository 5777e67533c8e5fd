import Redis from 'ioredis';
import { Client } from 'pg';
import { adminDatabaseUrl } from './test-env';

/** Drops this run's database and deletes its Redis keys, whatever the tests left behind. */
export default async function globalTeardown(): Promise<void> {
  const database = process.env.RECODE_TEST_DATABASE;
  const prefix = process.env.REDIS_PREFIX;
  if (database) {
    const admin = new Client({ connectionString: adminDatabaseUrl() });
    await admin.connect();
    try {
      // The run's templates and each spec file's copy (file-database.ts): "<run>", "<run>_codesets", "<run>_f…".
      const { rows } = await admin.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname = $1 OR starts_with(datname, $1 || '_')`,
        [database],
      );
      // Longest names first (copies before their templates): a template cannot be dropped while it is being copied from.
      for (const { datname } of rows.sort((a, b) => b.datname.length - a.datname.length)) {
        await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      }
    } finally {
      await admin.end();
    }
  }
  if (prefix) await deleteKeys(prefix);
}

export async function deleteKeys(prefix: string): Promise<void> {
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  try {
    let cursor = '0';
    do {
      // "<prefix>:…" and each spec file's "<prefix>_f…:…".
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
