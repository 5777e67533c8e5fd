import { z } from 'zod';

// Row shapes too generic to belong to one module, for database/sql.ts and database/pg-sql.ts.

/** A generated or looked-up id (`RETURNING id`, `SELECT id`). */
export const IdRow = z.object({ id: z.string() });
/** A count (`count(*)::int AS total`). */
export const TotalRow = z.object({ total: z.number() });
/** An advisory lock's try (`pg_try_advisory_lock(…) AS ok`). */
export const LockRow = z.object({ ok: z.boolean() });
/** Any row at all: an existence probe (`SELECT 1 …`) whose columns nobody reads. */
export const AnyRow = z.object({});
/** The server's version (`current_setting('server_version') AS version`). */
export const VersionRow = z.object({ version: z.string() });
