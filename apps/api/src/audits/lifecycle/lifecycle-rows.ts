import { z } from 'zod';

// Named row shapes of the lifecycle's raw SQL, checked at the boundary by database/sql.ts.

/** Findings of an audit per type and root cause. */
export const FindingCountRow = z.object({ type: z.string(), rootCause: z.string().nullable(), n: z.number() });

/** A coder with a login whose reviewed records a release reports. */
export const ReleasedCoderRow = z.object({
  userId: z.string(),
  name: z.string(),
  records: z.number(),
  findings: z.number(),
});
