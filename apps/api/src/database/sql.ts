import type { z } from 'zod';

/** What runs SQL: a DataSource, an EntityManager or a QueryRunner (TypeORM types their answer `any`). */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** A row that does not have the shape its query promised: a bug in the SQL or the schema, never the caller's. */
export class RowShapeError extends Error {
  constructor(sql: string, index: number, issues: string) {
    super(`Row ${index} of "${sql.replace(/\s+/g, ' ').trim().slice(0, 120)}" has an unexpected shape: ${issues}`);
  }
}

function checked<T>(raw: unknown, shape: z.ZodType<T>, sql: string): T[] {
  if (!Array.isArray(raw)) throw new RowShapeError(sql, 0, 'the driver returned no row list');
  return raw.map((value: unknown, i) => {
    const parsed = shape.safeParse(value);
    if (!parsed.success)
      throw new RowShapeError(sql, i, parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; '));
    return parsed.data;
  });
}

/**
 * Raw SQL with its rows checked against a named row schema, so a column renamed in SQL fails at the
 * boundary with the query's name instead of as `undefined` three modules later. For SELECT and for
 * INSERT … RETURNING (TypeORM's postgres driver answers those with the rows alone).
 */
export async function selectRows<T>(
  db: Queryable,
  shape: z.ZodType<T>,
  sql: string,
  parameters: unknown[] = [],
): Promise<T[]> {
  return checked(await db.query(sql, parameters), shape, sql);
}

/** The first row, or undefined when there is none. */
export async function selectRow<T>(
  db: Queryable,
  shape: z.ZodType<T>,
  sql: string,
  parameters: unknown[] = [],
): Promise<T | undefined> {
  return (await selectRows(db, shape, sql, parameters))[0];
}

/**
 * UPDATE or DELETE: TypeORM's postgres driver answers `[rows, affected]`; rows are checked when the
 * statement has a RETURNING clause (pass a shape), and the affected count is always a number.
 */
export async function changeRows<T>(
  db: Queryable,
  shape: z.ZodType<T>,
  sql: string,
  parameters: unknown[] = [],
): Promise<{ rows: T[]; count: number }> {
  const answer = await db.query(sql, parameters);
  if (!Array.isArray(answer) || answer.length !== 2)
    throw new RowShapeError(sql, 0, 'expected [rows, affected] from an UPDATE or DELETE');
  const [rows, count] = answer as [unknown, unknown];
  return { rows: checked(rows, shape, sql), count: Number(count) };
}

/**
 * For row sets too large to parse row by row (sampling frames, dashboard aggregates over a month of
 * findings): only the first row is checked (see firstRowChecked); what it cannot show is a NULL in a later
 * row of a column the shape says is never NULL.
 */
export async function selectManyRows<T>(
  db: Queryable,
  shape: z.ZodType<T>,
  sql: string,
  parameters: unknown[] = [],
): Promise<T[]> {
  return firstRowChecked(shape, await db.query(sql, parameters), sql);
}

/** Rows a query builder returned raw (getRawMany, or getRawOne as `[row]`), checked like selectRows'; `label` names the query in errors. */
export function rawRows<T>(shape: z.ZodType<T>, raw: unknown, label: string): T[] {
  return checked(raw, shape, label);
}

/** A statement whose rows nobody reads (DDL, INSERT without RETURNING, SELECT for its lock). */
export async function execute(db: Queryable, sql: string, parameters: unknown[] = []): Promise<void> {
  await db.query(sql, parameters);
}

/**
 * Many rows of one query on a hot path (an import bucket, an export batch): checking every row would
 * cost a zod parse per row, yet every row of one SQL statement has the same columns. So the first row
 * is checked and the list returned as it came. The shape must not transform (no coerce, default or
 * transform): later rows are not parsed, so all rows must already be what the shape describes.
 */
export function firstRowChecked<T>(shape: z.ZodType<T>, raw: unknown, label: string): T[] {
  const rows = rowList(raw, label);
  if (rows.length > 0) checked(rows.slice(0, 1), shape, label);
  return rows as T[];
}

/** The driver's answer as a list of rows not yet looked at (it must be a list). */
export function rowList(raw: unknown, label: string): unknown[] {
  if (!Array.isArray(raw)) throw new RowShapeError(label, 0, 'the driver returned no row list');
  return raw;
}
