import { z } from 'zod';
import { selectRow, type Queryable } from '../database/sql';
import { IdRow } from '../database/rows';

// Named row shapes of the benchmarks' own SQL (set-up and reference queries), for database/sql.ts.

/** A coder-month an audit touches (what a rollups refresh takes). */
export const CoderMonthRow = z.object({ coderId: z.string(), month: z.string() });
/** A user's teams (`array_agg`: null when the user has none). */
export const TeamIdsRow = z.object({ teamIds: z.array(z.string()).nullable() });
/** `SHOW server_version`. */
export const ServerVersionRow = z.object({ server_version: z.string() });
/** The reference search's answer: codes only. */
export const CodeOnlyRow = z.object({ code: z.string() });

/** The id an INSERT … RETURNING id gave back (it always gives one). */
export async function returnedId(db: Queryable, sql: string, parameters: unknown[]): Promise<string> {
  const row = await selectRow(db, IdRow, sql, parameters);
  if (!row) throw new Error(`no id returned by "${sql.replace(/\s+/g, ' ').slice(0, 80)}"`);
  return row.id;
}
