import type { EncounterCodeDto, EncounterSettingCode } from '@recode/contracts';

export const SYSTEM_LABELS: Record<EncounterCodeDto['system'], string> = {
  ICD10CM: 'ICD-10-CM',
  ICD10PCS: 'ICD-10-PCS',
  CPT: 'CPT',
  HCPCS: 'HCPCS',
};

const POA_LABELS: Readonly<Record<string, string>> = {
  Y: 'Present on admission',
  N: 'Not present on admission',
  U: 'Documentation insufficient',
  W: 'Clinically undetermined',
  '1': 'Exempt from POA reporting',
};

export function poaLabel(poa: string | null): string | undefined {
  return poa ? POA_LABELS[poa.toUpperCase()] : undefined;
}

/** The import's findings, in a coder's words; an unknown one is shown as its code rather than hidden. */
const ISSUE_LABELS: Readonly<Record<string, string>> = {
  CODE_UNKNOWN: 'Code not in the code set',
  CODE_MALFORMED: 'Code is not well formed',
  CODE_NOT_BILLABLE: 'Header (non-billable) code',
  CODE_NOT_VALID_FOR_YEAR: "Code not valid in the encounter's year",
  NO_CODE_SET_FOR_YEAR: "No code set loaded for the encounter's year",
  PRINCIPAL_DX_MISSING: 'No principal diagnosis',
  PRINCIPAL_DX_MULTIPLE: 'More than one principal diagnosis',
  POA_MISSING: 'POA indicator missing',
  POA_INVALID: 'POA indicator not valid',
  POA_EXEMPT_MARKER_ON_REPORTABLE_CODE: 'Exempt POA marker on a code that needs POA',
  POA_REPORTED_ON_EXEMPT_CODE: 'POA reported on an exempt code',
  DRG_NOT_IN_VERSION: "DRG not in that year's MS-DRG version",
  DRG_MALFORMED: 'DRG is not well formed',
  DRG_MISSING: 'Inpatient encounter without a DRG',
  DRG_NOT_INPATIENT: 'DRG on an encounter that is not inpatient',
  DRG_VERSION_NOT_LOADED: 'MS-DRG version for that year not loaded',
  DRG_GROUPER_DIFFERS: "Billed DRG differs from the grouper's DRG",
  MODIFIER_MALFORMED: 'Modifier is not well formed',
  MODIFIER_UNKNOWN: 'Modifier not known',
  MODIFIER_IGNORED: 'Modifier on a code that takes none',
  PCS_OUTSIDE_INPATIENT: 'ICD-10-PCS code outside an inpatient stay',
  UNITS_INVALID: 'Units not valid',
  CHARGES_INVALID: 'Charges not valid',
};

export function issueLabel(code: string): string {
  return (
    ISSUE_LABELS[code] ??
    code
      .toLowerCase()
      .replace(/_/g, ' ')
      .replace(/^./, (first) => first.toUpperCase())
  );
}

const MONEY = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

export function formatCharges(value: number | null): string {
  return value === null ? '—' : MONEY.format(value);
}

/** MS-DRG relative weights are published with four decimals. */
export function formatDrg(drg: string | null, title: string | null, weight: number | null): string {
  if (!drg) return '—';
  const parts = [drg, title, weight === null ? null : `weight ${weight.toFixed(4)}`].filter(Boolean);
  return parts.join(' · ');
}

/** The dates that matter for the setting: the stay for inpatient, the day of service otherwise. */
export function encounterDates(v: {
  setting: EncounterSettingCode;
  admissionDate: string | null;
  dischargeDate: string | null;
  serviceDate: string | null;
}): {
  label: string;
  from: string | null;
  to: string | null;
} {
  if (v.setting === 'inpatient' || (v.admissionDate && !v.serviceDate))
    return { label: 'Stay', from: v.admissionDate, to: v.dischargeDate };
  return { label: 'Service date', from: v.serviceDate, to: null };
}
