import type { DataSource } from 'typeorm';

export const CURSOR_BATCH = 1000;

/**
 * A query's rows in batches from a PostgreSQL cursor (DECLARE … FETCH n) on one connection of its own,
 * in a read-only repeatable-read transaction: memory holds one batch whatever the result's size, and
 * the rows are one consistent snapshot. Stopping early (the client went away) closes the cursor: the
 * generator's `finally` rolls back and hands the connection back.
 */
export async function* cursorBatches<R = Record<string, unknown>>(
  db: DataSource,
  sql: string,
  params: unknown[],
  batch = CURSOR_BATCH,
): AsyncGenerator<R[]> {
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await runner.query(`DECLARE export_rows NO SCROLL CURSOR FOR ${sql}`, params);
    for (;;) {
      const rows: R[] = await runner.query(`FETCH ${Number(batch)} FROM export_rows`);
      if (rows.length > 0) yield rows;
      if (rows.length < batch) break;
    }
  } finally {
    await runner.query('ROLLBACK').catch(() => undefined);
    await runner.release();
  }
}
