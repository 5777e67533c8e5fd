import { AUDIT_CODE_SYSTEMS, AUDIT_STATUSES } from '@recode/contracts';
import { z } from 'zod';

// Small named row shapes shared by the audits module's raw SQL, checked at the boundary by database/sql.ts
// (the generic ones, ids, locks and existence probes, are in database/rows.ts).

/** A `count(*)::int AS n`. */
export const CountRow = z.object({ n: z.number() });

export const AuditStatusRow = z.object({ status: z.enum(AUDIT_STATUSES) });

export const CoderNameRow = z.object({ id: z.string(), externalId: z.string(), displayName: z.string() });

/** A code line as encounter_codes stores it, and as audit_items.auditor_codes (jsonb) keeps the auditor's. */
export const StoredCodeLineRow = z.object({
  system: z.enum(AUDIT_CODE_SYSTEMS),
  code: z.string(),
  sequence: z.number(),
  principal: z.boolean(),
  poa: z.string().nullable(),
  modifiers: z.array(z.string()),
  units: z.number().nullable(),
});
