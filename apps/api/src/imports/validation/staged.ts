import type { EncounterSettingCode } from '@recode/contracts';
import type { CodeSystem } from '@recode/domain';

/** One input row's encounter fields, validated: what phase 2 groups into an encounter. */
export interface StagedRow {
  rowNo: number;
  /** Consecutive rows with identical encounter fields are staged once, with their count. */
  rowCount: number;
  bucket: number;
  source: string;
  externalId: string;
  /** The coder id as the file wrote it (for messages); coderId is the resolved coder. */
  coderRef: string;
  coderId: string | null;
  setting: EncounterSettingCode | null;
  facility: string | null;
  payer: string | null;
  admissionDate: string | null;
  dischargeDate: string | null;
  serviceDate: string | null;
  encounterDate: string | null;
  fiscalYear: number | null;
  drg: string | null;
  charges: string | null;
  /** Set when `charges` is already the total of all `rowCount` rows (a re-read fragment). */
  chargesAreTotal?: boolean;
  patientRef: string | null;
  /** The grouper's inputs: age in years at discharge, M/F/U, two-digit UB-04 patient status. */
  age: number | null;
  sex: 'M' | 'F' | 'U' | null;
  dischargeStatus: string | null;
  /** A structural problem: the whole encounter is rejected. */
  fatal: boolean;
  /** Flag-severity issue codes not tied to one code (e.g. DRG_NOT_IN_VERSION). */
  flags: string[];
}

export const KIND_RANK = { dx: 1, px: 2, line: 3 } as const;

export interface StagedCode {
  rowNo: number;
  dedupe: string;
  kind: (typeof KIND_RANK)[keyof typeof KIND_RANK];
  system: CodeSystem;
  code: string;
  seq: number | null;
  principal: boolean | null;
  poa: string | null;
  modifiers: string[];
  units: number | null;
  line: number | null;
  /** The flag-severity issue found on this code, if any. */
  issue: string | null;
}
