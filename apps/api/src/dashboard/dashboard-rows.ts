import { ENCOUNTER_SETTINGS } from '@recode/contracts';
import { z } from 'zod';

// Named row shapes of the dashboard's raw SQL, checked at the boundary by database/sql.ts.

/** A coder with their team, as the dashboard and the drill-down name them. */
export const CoderInfoRow = z.object({
  id: z.string(),
  externalId: z.string(),
  displayName: z.string(),
  teamId: z.string().nullable(),
  teamName: z.string().nullable(),
});

export const NamedRow = z.object({ id: z.string(), name: z.string() });

export const CoderCountRow = z.object({ coderId: z.string(), n: z.number() });

export const LatestMonthRow = z.object({ month: z.string().nullable() });

/** One reviewed inpatient record with its standing DRG change (drg-accuracy.ts). */
export const DrgItemRow = z.object({
  coderId: z.string(),
  coderName: z.string(),
  teamId: z.string().nullable(),
  teamName: z.string().nullable(),
  changed: z.boolean(),
  released: z.boolean(),
  payment: z.number().nullable(),
  drgBefore: z.string().nullable(),
  drgAfter: z.string().nullable(),
});
export type DrgItemRow = z.infer<typeof DrgItemRow>;

/** A record of the drill-down with its audit. */
export const DrillRecordRow = z.object({
  itemId: z.string(),
  externalId: z.string(),
  encounterDate: z.string(),
  setting: z.enum(ENCOUNTER_SETTINGS),
  codesReviewed: z.number(),
  auditId: z.string(),
  auditName: z.string(),
  auditStatus: z.string(),
  findings: z.number(),
  coderErrors: z.number(),
});

/** A coder's reviewed records per audit in the drill-down's period. */
export const DrillAuditCountRow = z.object({
  auditId: z.string(),
  records: z.number(),
  withError: z.number(),
  preliminary: z.boolean(),
  targeted: z.boolean(),
});

export const AuditNameRow = z.object({ id: z.string(), name: z.string(), status: z.string() });
