import { z } from 'zod';

/** Admin-editable settings the audits use. Stored one key a row in `settings`. */
export interface AuditSettingsDto {
  /** Weights of coder-caused errors in code accuracy (principal dx/procedure changes, everything else). */
  scoringWeights: { principalWeight: number; otherWeight: number };
  /** Money per 1.0 of DRG relative weight, when the facility has no rate of its own. */
  defaultBaseRate: number;
  facilityBaseRates: Record<string, number>;
  /** Encounters audited within this many days are left out of new frames. */
  exclusionWindowDays: number;
  dueInDays: number;
  /** The coder's rebuttal window after release, in business days (Mon–Fri). */
  rebuttalBusinessDays: number;
  /** The accuracy target sample-size warnings are judged against (commonly 0.95). */
  accuracyTarget: number;
}

const money = z.number().min(0).max(1_000_000);

export const updateAuditSettingsRequestSchema = z
  .object({
    scoringWeights: z.object({ principalWeight: z.number().min(0).max(10), otherWeight: z.number().min(0).max(10) }),
    defaultBaseRate: money,
    facilityBaseRates: z.record(z.string().trim().min(1).max(64), money),
    exclusionWindowDays: z.number().int().min(0).max(3650),
    dueInDays: z.number().int().min(1).max(180),
    rebuttalBusinessDays: z.number().int().min(0).max(60),
    accuracyTarget: z.number().gt(0).lt(1),
  })
  .partial()
  .strict();
export type UpdateAuditSettingsRequest = z.infer<typeof updateAuditSettingsRequestSchema>;
