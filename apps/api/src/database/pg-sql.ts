import type { z } from 'zod';
import { rawRows, RowShapeError } from './sql';

/**
 * A node-postgres client (PoolClient, Client): the import runner needs one for COPY. Unlike TypeORM's
 * `query`, it answers a result object (`rows`, `rowCount`) for every statement.
 */
export interface PgQueryable {
  query(sql: string, parameters?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

/** Rows of a pg client's statement (SELECT, or anything with RETURNING), each checked like selectRows'. */
export async function pgRows<T>(
  client: PgQueryable,
  shape: z.ZodType<T>,
  sql: string,
  parameters: unknown[] = [],
): Promise<T[]> {
  return rawRows(shape, (await client.query(sql, parameters)).rows, sql);
}

/** The first row of a pg client's statement, or undefined when there is none. */
export async function pgRow<T>(
  client: PgQueryable,
  shape: z.ZodType<T>,
  sql: string,
  parameters: unknown[] = [],
): Promise<T | undefined> {
  return (await pgRows(client, shape, sql, parameters))[0];
}

/** Many rows on a hot path from a pg client: the first one checked (see firstRowChecked). */
export async function pgBulkRows<T>(
  client: PgQueryable,
  shape: z.ZodType<T>,
  sql: string,
  parameters: unknown[] = [],
): Promise<T[]> {
  return firstRowChecked(shape, (await client.query(sql, parameters)).rows, sql);
}

/** INSERT, UPDATE or DELETE on a pg client whose rows nobody reads: the number of rows it touched. */
export async function pgCount(client: PgQueryable, sql: string, parameters: unknown[] = []): Promise<number> {
  return (await client.query(sql, parameters)).rowCount ?? 0;
}

/**
 * Many rows of one query on a hot path (an import bucket, an export batch): checking every row would
 * cost a zod parse per row, yet every row of one SQL statement has the same columns. So the first row
 * is checked and the list returned as it came. The shape must not transform (no coerce, default or
 * transform): later rows are not parsed, so all rows must already be what the shape describes.
 */
export function firstRowChecked<T>(shape: z.ZodType<T>, raw: unknown, label: string): T[] {
  const rows = rowList(raw, label);
  if (rows.length > 0) rawRows(shape, rows.slice(0, 1), label);
  return rows as T[];
}

/** The driver's answer as a list of rows not yet looked at (it must be a list). */
export function rowList(raw: unknown, label: string): unknown[] {
  if (!Array.isArray(raw)) throw new RowShapeError(label, 0, 'the driver returned no row list');
  return raw;
}
