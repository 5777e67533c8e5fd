import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import { firstRowChecked, rowList } from '../database/sql';
import { execute } from '../database/sql';

export const CURSOR_BATCH = 1000;

/**
 * A query's rows in batches, the first row of each batch checked against the named row schema `shape`.
 * Not every row: an export may stream 10^6 rows and a zod parse per row would be a real share of its
 * time, while every row of one statement has the same columns. The shape must not transform (rows go
 * on as the driver gave them).
 */
export async function* rowBatches<T>(
  db: DataSource,
  shape: z.ZodType<T>,
  sql: string,
  params: unknown[],
  batch = CURSOR_BATCH,
): AsyncGenerator<T[]> {
  for await (const rows of cursorRows(db, sql, params, batch)) yield firstRowChecked(shape, rows, sql);
}

/** Unchecked: the rows are cast to R. New code uses rowBatches; audits/export still calls this one. */
export async function* cursorBatches<R = Record<string, unknown>>(
  db: DataSource,
  sql: string,
  params: unknown[],
  batch = CURSOR_BATCH,
): AsyncGenerator<R[]> {
  for await (const rows of cursorRows(db, sql, params, batch)) yield rows as R[];
}

/**
 * A query's rows in batches from a PostgreSQL cursor (DECLARE … FETCH n) on one connection of its own,
 * in a read-only repeatable-read transaction: memory holds one batch whatever the result's size, and
 * the rows are one consistent snapshot. Stopping early (the client went away) closes the cursor: the
 * generator's `finally` rolls back and hands the connection back.
 */
async function* cursorRows(db: DataSource, sql: string, params: unknown[], batch: number): AsyncGenerator<unknown[]> {
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await execute(runner, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await execute(runner, `DECLARE export_rows NO SCROLL CURSOR FOR ${sql}`, params);
    for (;;) {
      const rows = rowList(await runner.query(`FETCH ${Number(batch)} FROM export_rows`), sql);
      if (rows.length > 0) yield rows;
      if (rows.length < batch) break;
    }
  } finally {
    await execute(runner, 'ROLLBACK').catch(() => undefined);
    await runner.release();
  }
}
