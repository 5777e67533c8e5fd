import type { ImportIssueSeverity } from '@recode/contracts';
import type { CodeSystem } from '@recode/domain';
import type { CoderMapping } from '../coder-mapping/coder-mapping';

/** Encounter fields as written in one row, before validation; `columns` names their source columns for messages. */
export interface RawEncounterFields {
  source: string;
  externalId: string;
  coder: string;
  /** Already one of inpatient | outpatient | ed | profee when the layout derives it; as written otherwise. */
  setting: string;
  facility: string;
  payer: string;
  admissionDate: string;
  dischargeDate: string;
  serviceDate: string;
  drg: string;
  charges: string;
  patientRef: string;
  /** The grouper's inputs (all optional): age in years or birth date, sex, UB-04 patient (discharge) status. */
  age: string;
  birthDate: string;
  sex: string;
  dischargeStatus: string;
}

export type EncounterField = keyof RawEncounterFields;

/** dx: diagnosis (ICD-10-CM); px: ICD-10-PCS procedure; line: CPT / HCPCS service line. */
export type CodeKind = 'dx' | 'px' | 'line';

export interface RawCode {
  kind: CodeKind;
  /** Null when the row does not say; the validator then detects it among `candidates` from the code's format. */
  system: CodeSystem | null;
  candidates: readonly CodeSystem[];
  code: string;
  /** Column the code came from, e.g. diagnosis_code_5. */
  field: string;
  /** Codes with the same dedupe key in one encounter are one code (claim lines repeat the claim's diagnoses). */
  dedupe: string;
  /** Order hint within its kind (slot or line number); rows without one keep file order. */
  seq: number | null;
  /** As stated by the row; null = first of its kind. */
  principal: boolean | null;
  poa: string;
  poaField: string;
  modifiers: string[];
  modifiersField: string;
  units: string;
  unitsField: string;
  line: number | null;
}

export interface RowIssue {
  field: string;
  value: string;
  code: string;
  severity: ImportIssueSeverity;
  message: string;
}

export interface MappedRow {
  rowNo: number;
  fields: RawEncounterFields;
  columns: Readonly<Record<EncounterField, string>>;
  codes: RawCode[];
  issues: RowIssue[];
}

export interface MapContext {
  source: string;
  defaultCoder: string | null;
  /** 837 and FHIR only: the user's claim → coder mapping, tried before the default coder. */
  coderMapping?: CoderMapping | null;
}
