import type { CodeSystem } from '@recode/domain';
import type { EncounterField, MapContext, MappedRow, RawCode, RowIssue } from './mapped-row';
import { splitModifiers } from './code-lines-mapper';

const COLUMNS: Readonly<Record<EncounterField, string>> = {
  source: 'source',
  externalId: 'claim_id',
  coder: 'coder_id',
  setting: 'bill_type_code',
  facility: 'facility_npi',
  payer: 'payer',
  admissionDate: 'admission_date',
  dischargeDate: 'discharge_date',
  serviceDate: 'claim_start_date',
  drg: 'ms_drg_code',
  charges: 'charge_amount',
  patientRef: 'patient_id',
  age: 'age',
  birthDate: 'birth_date',
  sex: 'sex',
  dischargeStatus: 'discharge_disposition_code',
};

const SLOTS = Array.from({ length: 25 }, (_, i) => i + 1);
const LINE_SYSTEMS: readonly CodeSystem[] = ['CPT', 'HCPCS'];

/**
 * Maps one claim line (CCLF / Tuva medical_claim) onto an encounter = the claim:
 * - setting: professional → profee; institutional with bill type 11x → inpatient; institutional
 *   with an emergency-room revenue code (045x) → ed; other institutional → outpatient.
 * - dates: inpatient stays use admission/discharge date, or the claim start/end date when blank;
 *   other settings use the claim start date as the service date.
 * - codes: diagnosis_code_k (principal = slot 1, POA from diagnosis_poa_k; a blank
 *   diagnosis_code_type means ICD-10-CM), procedure_code_k (ICD-10-PCS), and the line's hcpcs_code
 *   (CPT or HCPCS Level II by format) with its modifiers and units. Diagnoses and procedures repeat
 *   on every line of a claim; they are kept once per slot.
 * - coder: the coder_id column if the file has one, else the upload's default coder.
 * - facility: facility_npi, else billing_npi. patient_id is kept as an optional record reference.
 */
export function mapClaimLinesRow(rowNo: number, get: (column: string) => string, ctx: MapContext): MappedRow {
  const issues: RowIssue[] = [];
  const claimType = get('claim_type').toLowerCase();
  const setting = claimSetting(claimType, get('bill_type_code'), get('revenue_center_code'));
  if (!setting) {
    issues.push({
      field: 'claim_type',
      value: get('claim_type'),
      code: 'SETTING_INVALID',
      severity: 'reject',
      message: `claim_type "${get('claim_type')}" is neither institutional nor professional, so the setting cannot be told`,
    });
  }
  const inpatient = setting === 'inpatient';
  const fields = {
    source: ctx.source,
    externalId: get('claim_id'),
    coder: get('coder_id') || (ctx.defaultCoder ?? ''),
    setting: setting ?? '',
    facility: get('facility_npi') || get('billing_npi'),
    payer: '',
    admissionDate: inpatient ? get('admission_date') || get('claim_start_date') : '',
    dischargeDate: inpatient ? get('discharge_date') || get('claim_end_date') : '',
    serviceDate: inpatient ? '' : get('claim_start_date'),
    drg: get('ms_drg_code'),
    charges: get('charge_amount'),
    patientRef: get('patient_id'),
    age: get('age'),
    birthDate: get('birth_date'),
    sex: get('sex') || get('gender'),
    dischargeStatus: inpatient ? get('discharge_disposition_code') : '',
  };
  return {
    rowNo,
    fields,
    columns: COLUMNS,
    codes: [...diagnoses(get, issues), ...procedures(get, issues), ...serviceLine(rowNo, get)],
    issues,
  };
}

function claimSetting(
  claimType: string,
  billType: string,
  revenueCode: string,
): 'inpatient' | 'outpatient' | 'ed' | 'profee' | null {
  if (claimType === 'professional') return 'profee';
  if (claimType !== 'institutional') return null;
  if (billType.startsWith('11')) return 'inpatient';
  return revenueCode.startsWith('045') ? 'ed' : 'outpatient';
}

function diagnoses(get: (column: string) => string, issues: RowIssue[]): RawCode[] {
  const type = get('diagnosis_code_type').toLowerCase();
  const codes: RawCode[] = [];
  for (const k of SLOTS) {
    const code = get(`diagnosis_code_${k}`);
    if (!code) continue;
    codes.push({
      ...blankCode(),
      kind: 'dx',
      system: 'ICD10CM',
      candidates: ['ICD10CM'],
      code,
      field: `diagnosis_code_${k}`,
      dedupe: `d${k}`,
      seq: k,
      principal: k === 1,
      poa: get(`diagnosis_poa_${k}`),
      poaField: `diagnosis_poa_${k}`,
    });
  }
  if (codes.length && type && type !== 'icd-10-cm') {
    issues.push({
      field: 'diagnosis_code_type',
      value: type,
      code: 'CODE_SYSTEM_UNKNOWN',
      severity: 'flag',
      message: `diagnosis_code_type "${type}" is not ICD-10-CM; the diagnoses were checked as ICD-10-CM`,
    });
  }
  return codes;
}

function procedures(get: (column: string) => string, issues: RowIssue[]): RawCode[] {
  const type = get('procedure_code_type').toLowerCase();
  const codes: RawCode[] = [];
  for (const k of SLOTS) {
    const code = get(`procedure_code_${k}`);
    if (!code) continue;
    codes.push({
      ...blankCode(),
      kind: 'px',
      system: 'ICD10PCS',
      candidates: ['ICD10PCS'],
      code,
      field: `procedure_code_${k}`,
      dedupe: `p${k}`,
      seq: k,
      principal: k === 1,
    });
  }
  if (codes.length && type && type !== 'icd-10-pcs') {
    issues.push({
      field: 'procedure_code_type',
      value: type,
      code: 'CODE_SYSTEM_UNKNOWN',
      severity: 'flag',
      message: `procedure_code_type "${type}" is not ICD-10-PCS; the procedures were checked as ICD-10-PCS`,
    });
  }
  return codes;
}

function serviceLine(rowNo: number, get: (column: string) => string): RawCode[] {
  const code = get('hcpcs_code');
  if (!code) return [];
  const lineText = get('claim_line_number');
  const line = /^\d{1,6}$/.test(lineText) ? Number(lineText) : null;
  const modifiers = [1, 2, 3, 4, 5].flatMap((k) => splitModifiers(get(`hcpcs_modifier_${k}`)));
  return [
    {
      ...blankCode(),
      kind: 'line',
      system: null,
      candidates: LINE_SYSTEMS,
      code,
      field: 'hcpcs_code',
      dedupe: `l${rowNo}`,
      seq: line,
      principal: false,
      modifiers,
      modifiersField: 'hcpcs_modifier_1',
      units: get('service_unit_quantity'),
      unitsField: 'service_unit_quantity',
      line,
    },
  ];
}

function blankCode(): Omit<
  RawCode,
  'kind' | 'system' | 'candidates' | 'code' | 'field' | 'dedupe' | 'seq' | 'principal'
> {
  return { poa: '', poaField: '', modifiers: [], modifiersField: '', units: '', unitsField: '', line: null };
}
