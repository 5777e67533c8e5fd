import type { ImportIssueSeverity } from '@recode/contracts';
import type { EncounterField, MapContext, MappedRow, RawCode, RowIssue } from '../../layouts/mapped-row';
import { attributeCoder } from '../../coder-mapping/coder-attribution';
import type { X12Claim, X12Code, X12Where } from './x12-claim';

const SEVERITY: Readonly<Record<string, ImportIssueSeverity>> = {
  X12_ICD9_QUALIFIER: 'reject',
  X12_ELEMENT_MISSING: 'reject',
  X12_LOOP_OVER_MAX: 'reject',
  X12_PRINCIPAL_TWICE: 'flag',
  X12_LINE_QUALIFIER: 'warning',
};

/** Field names as a biller reads them: the segment and element each value came from. */
const COLUMNS: Readonly<Record<EncounterField, string>> = {
  source: 'source',
  externalId: 'CLM segment, element 1',
  coder: 'defaultCoderExternalId',
  setting: 'CLM segment, element 5',
  facility: 'NM1*85 segment, element 9',
  payer: 'NM1*PR segment, element 3',
  admissionDate: 'DTP*435 segment, element 3',
  dischargeDate: 'DTP*434 segment, element 3',
  serviceDate: 'DTP*434/472 segment, element 3',
  drg: 'HI DR segment',
  charges: 'CLM segment, element 2',
  patientRef: 'NM1*IL segment, element 9',
  age: 'DMG segment, element 2',
  birthDate: 'DMG segment, element 2',
  sex: 'DMG segment, element 3',
  dischargeStatus: 'CL1 segment, element 3',
};

export function whereText(w: X12Where): string {
  return w.segment === 'SV1' || w.segment === 'SV2' || w.segment === 'LX'
    ? `${w.segment} segment (line ${w.ordinal}), element ${w.element}`
    : `${w.segment} segment ${w.ordinal}, element ${w.element}`;
}

/**
 * One 837 claim → the row shape the CSV layouts produce, so validation, assembly and the error report
 * are the same code. Setting as for claim extracts: 837P → profee; 837I with facility type 11
 * (hospital inpatient) → inpatient, with a 045x emergency-room revenue line → ed, else outpatient.
 * Inpatient dates: admission DTP*435 (else the statement start), discharge the statement end (DTP*434);
 * others: the statement start, or the first service line's DTP*472.
 */
export function mapX12Claim(claim: X12Claim, ctx: MapContext): MappedRow {
  const setting =
    claim.kind === 'P'
      ? 'profee'
      : claim.facilityCode.startsWith('11')
        ? 'inpatient'
        : claim.lines.some((l) => l.revenueCode.startsWith('045'))
          ? 'ed'
          : claim.facilityCode
            ? 'outpatient'
            : '';
  const inpatient = setting === 'inpatient';
  const coder = attributeCoder(ctx, `claim ${claim.claimId}`, {
    claimId: { label: 'claim id', value: claim.claimId, where: 'CLM segment, element 1' },
    providers: [
      { label: 'rendering provider NPI', value: claim.renderingNpi, where: 'NM1*82 segment, element 9' },
      ...(claim.kind === 'I'
        ? [{ label: 'attending provider NPI', value: claim.attendingNpi, where: 'NM1*71 segment, element 9' }]
        : []),
      { label: 'billing provider NPI', value: claim.billingNpi, where: 'NM1*85 segment, element 9' },
    ],
  });
  const serviceDate = claim.statementFrom || claim.lines.find((l) => l.serviceDate)?.serviceDate || '';
  const fields = {
    source: ctx.source,
    externalId: claim.claimId,
    coder: coder.coder,
    setting,
    facility: claim.billingNpi,
    payer: claim.payer,
    admissionDate: inpatient ? isoDate(claim.admissionDate || claim.statementFrom) : '',
    dischargeDate: inpatient ? isoDate(claim.statementTo) : '',
    serviceDate: inpatient ? '' : isoDate(serviceDate),
    drg: claim.drg?.code ?? '',
    charges: claim.charges,
    patientRef: claim.patientId,
    age: '',
    birthDate: isoDate(claim.birthDate),
    sex: claim.sex,
    dischargeStatus: inpatient ? claim.patientStatus : '',
  };
  const issues: RowIssue[] = claim.issues.map((i) => ({
    field: whereText(i.where),
    value: i.value,
    code: i.code,
    severity: SEVERITY[i.code] ?? 'reject',
    message: i.message,
  }));
  const codes: RawCode[] = [
    ...claim.diagnoses.map((d, i) => codeOf('dx', d, i)),
    ...claim.procedures.map((p, i) => codeOf('px', p, i)),
    ...claim.lines
      .filter((l) => l.code)
      .map((l): RawCode => ({
        ...codeOf('line', { qualifier: l.qualifier, code: l.code, poa: '', where: l.where }, l.lineNo - 1),
        modifiers: l.modifiers,
        modifiersField: `${whereText(l.where)} (modifiers)`,
        units: l.units,
        unitsField: `${l.where.segment} segment (line ${l.where.ordinal}), element ${l.where.segment === 'SV2' ? 5 : 4}`,
        line: l.lineNo,
        seq: l.lineNo,
      })),
  ];
  if (coder.issue) issues.push(coder.issue);
  return { rowNo: claim.position, fields, columns: { ...COLUMNS, coder: coder.column }, codes, issues };
}

function codeOf(kind: RawCode['kind'], c: X12Code, i: number): RawCode {
  const system = kind === 'dx' ? 'ICD10CM' : kind === 'px' ? 'ICD10PCS' : null;
  const field = whereText(c.where);
  return {
    kind,
    system,
    candidates: system ? [system] : ['CPT', 'HCPCS'],
    code: c.code,
    field,
    dedupe: `${kind}${i}`,
    seq: i + 1,
    principal: kind === 'line' ? false : c.qualifier === 'ABK' || c.qualifier === 'BBR',
    poa: c.poa,
    poaField: c.poa ? `${field} (POA, component 9)` : '',
    modifiers: [],
    modifiersField: '',
    units: '',
    unitsField: '',
    line: null,
  };
}

/** CCYYMMDD → YYYY-MM-DD; anything else is passed on as written so the date check names it. */
function isoDate(d: string): string {
  return /^\d{8}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : d;
}
