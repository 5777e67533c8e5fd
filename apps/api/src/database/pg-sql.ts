import type { z } from 'zod';
import { firstRowChecked, rawRows } from './sql';

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
