import { AUDIT_CODE_SYSTEMS, ENCOUNTER_SETTINGS } from '@recode/contracts';
import { z } from 'zod';

// Named row shapes of the disputes module's raw SQL, checked at the boundary by database/sql.ts.

export const IdRow = z.object({ id: z.string() });

/** Findings a lapse took as agreed, per audit. */
export const LapsedRow = z.object({ auditId: z.string(), n: z.number() });

/** A code line as the claim view needs it (encounter_codes, or an item's stored auditor codes). */
export const ClaimLineRow = z.object({
  system: z.enum(AUDIT_CODE_SYSTEMS),
  code: z.string(),
  sequence: z.number(),
  principal: z.boolean(),
  poa: z.string().nullable().optional(),
  modifiers: z.array(z.string()).nullable().optional(),
});

/** The audited record behind a finding. */
export const FindingItemRow = z.object({
  versionId: z.string(),
  auditorCodes: z.array(ClaimLineRow.passthrough()).nullable(),
  setting: z.enum(ENCOUNTER_SETTINGS),
  fiscalYear: z.number(),
  encounterDate: z.string(),
});
