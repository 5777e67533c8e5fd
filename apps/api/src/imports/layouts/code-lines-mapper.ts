import type { CodeSystem } from '@recode/domain';
import type { CodeKind, EncounterField, MapContext, MappedRow, RawCode, RowIssue } from './mapped-row';

const COLUMNS: Readonly<Record<EncounterField, string>> = {
  source: 'source',
  externalId: 'encounter_id',
  coder: 'coder_id',
  setting: 'setting',
  facility: 'facility',
  payer: 'payer',
  admissionDate: 'admission_date',
  dischargeDate: 'discharge_date',
  serviceDate: 'service_date',
  drg: 'drg',
  charges: 'total_charges',
  patientRef: 'patient_ref',
  age: 'age',
  birthDate: 'birth_date',
  sex: 'sex',
  dischargeStatus: 'discharge_status',
};

const SYSTEMS: Readonly<Record<string, CodeSystem>> = {
  ICD10CM: 'ICD10CM',
  ICD10PCS: 'ICD10PCS',
  CPT: 'CPT',
  HCPCS: 'HCPCS',
  CPTHCPCS: 'CPT',
};
const ALL_SYSTEMS: readonly CodeSystem[] = ['ICD10CM', 'ICD10PCS', 'CPT', 'HCPCS'];
export const KIND: Readonly<Record<CodeSystem, CodeKind>> = {
  ICD10CM: 'dx',
  ICD10PCS: 'px',
  CPT: 'line',
  HCPCS: 'line',
};

/** Maps one code-lines row (see layout-columns.ts): one code, its encounter's fields repeated. */
export function mapCodeLinesRow(rowNo: number, get: (column: string) => string, ctx: MapContext): MappedRow {
  const issues: RowIssue[] = [];
  const fields = {
    source: get('source') || ctx.source,
    externalId: get('encounter_id'),
    coder: get('coder_id') || (ctx.defaultCoder ?? ''),
    setting: get('setting'),
    facility: get('facility'),
    payer: get('payer'),
    admissionDate: get('admission_date'),
    dischargeDate: get('discharge_date'),
    serviceDate: get('service_date'),
    drg: get('drg'),
    charges: get('total_charges'),
    patientRef: get('patient_ref'),
    age: get('age'),
    birthDate: get('birth_date'),
    sex: get('sex'),
    dischargeStatus: get('discharge_status'),
  };
  const codes: RawCode[] = [];
  const code = get('code');
  const systemText = get('code_system');
  if (code || systemText) {
    const normalized = systemText.toUpperCase().replace(/[^A-Z0-9]/g, '');
    const system = SYSTEMS[normalized] ?? null;
    if (systemText && !system) {
      issues.push({
        field: 'code_system',
        value: systemText,
        code: 'CODE_SYSTEM_UNKNOWN',
        severity: 'flag',
        message: `"${systemText}" is not a code system we take; use ICD-10-CM, ICD-10-PCS, CPT or HCPCS`,
      });
    }
    const seq = optionalInt(get('sequence'));
    const principalText = get('principal').toUpperCase();
    codes.push({
      kind: system ? KIND[system] : 'dx',
      system,
      candidates: system ? [system] : ALL_SYSTEMS,
      code,
      field: 'code',
      dedupe: `r${rowNo}`,
      seq,
      principal: principalText === '' ? null : ['Y', 'YES', 'TRUE', '1', 'P'].includes(principalText),
      poa: get('poa'),
      poaField: 'poa',
      modifiers: splitModifiers(get('modifiers')),
      modifiersField: 'modifiers',
      units: get('units'),
      unitsField: 'units',
      line: optionalInt(get('line')),
    });
  }
  return { rowNo, fields, columns: COLUMNS, codes, issues };
}

export function splitModifiers(text: string): string[] {
  return text.split(/[\s;|,]+/).filter(Boolean);
}

function optionalInt(text: string): number | null {
  return /^\d{1,6}$/.test(text) ? Number(text) : null;
}
