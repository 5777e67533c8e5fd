import { z } from 'zod';

const code = z
  .string()
  .trim()
  .min(1)
  .max(10)
  .regex(/^[A-Za-z0-9.]+$/, 'letters, digits and dots only');

/** What the MS-DRG grouper needs for one inpatient stay; missing demographics are allowed and reported back. */
export const regroupRequestSchema = z.object({
  /** Picks the grouper version (v42.0 from 2024-10-01, v42.1 from 2025-04-01, ...). */
  dischargeDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a YYYY-MM-DD date'),
  age: z.number().int().min(0).max(150).nullable().default(null),
  sex: z.enum(['M', 'F', 'U']).nullable().default(null),
  /** UB-04 patient discharge status, e.g. 1 home, 20 died. */
  dischargeStatus: z.number().int().min(0).max(99).nullable().default(null),
  principal: code,
  secondaries: z
    .array(z.object({ code, poa: z.enum(['Y', 'N', 'U', 'W', '1']).nullable().default(null) }))
    .max(50)
    .default([]),
  procedures: z.array(code).max(50).default([]),
  /** The DRG on the claim, to compare with. */
  billedDrg: z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, '1 to 3 digits')
    .nullable()
    .default(null),
  /** Facility whose base rate prices the change; the default base rate otherwise. */
  facility: z.string().trim().max(100).nullable().default(null),
});
export type RegroupRequest = z.infer<typeof regroupRequestSchema>;

export interface RegroupDrgDto {
  drg: string;
  title: string | null;
  /** Relative weight from the MS-DRG table of the fiscal year; null when not loaded or not weighted. */
  weight: string | null;
}

export interface RegroupSecondaryDto {
  code: string;
  poa: string;
  severity: 'MCC' | 'CC' | 'NONE';
  /** How it counted: MCC, CC, MCC/CC_EXCLUDED (by the principal), ..._EXCLUDED_BY_DRG_LOGIC, NEITHER. */
  usage: string;
  /** True for the secondaries that gave the DRG its "with MCC" / "with CC" level. */
  drives: boolean;
}

export interface RegroupResponse {
  /** 'v42.0' etc.; null when no grouper covers the date. */
  version: string | null;
  fiscalYear: number | null;
  /** The grouper's return code (OK, INVALID_PDX, DX_CANNOT_BE_PDX, ...) or NO_GROUPER_FOR_VERSION. */
  returnCode: string;
  message: string | null;
  /** Demographic inputs that were not given. */
  missing: string[];
  drg: RegroupDrgDto | null;
  initialDrg: string | null;
  mdc: number | null;
  medSurg: string | null;
  severity: string | null;
  secondaries: RegroupSecondaryDto[];
  hacs: { number: number; description: string; codes: string[] }[];
  billed: RegroupDrgDto | null;
  /** Grouper DRG against the billed one: weight and payment difference (negative: the claim was overpaid). */
  change: {
    changed: boolean;
    weightDelta: number | null;
    paymentDelta: number | null;
    baseRate: number;
    direction: string | null;
  } | null;
}
