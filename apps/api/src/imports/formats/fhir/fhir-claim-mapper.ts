import { attributeCoder } from '../../coder-mapping/coder-attribution';
import type { EncounterField, MapContext, MappedRow, RawCode, RowIssue } from '../../layouts/mapped-row';
import { fhirCoderKeys } from './fhir-coder-keys';
import { codeOf, pick } from './fhir-systems';
import type { R4Claim, R4Patient } from './fhir-types';

const blank = {
  poa: '',
  poaField: '',
  modifiers: [] as string[],
  modifiersField: '',
  units: '',
  unitsField: '',
  line: null,
};

/**
 * One ExplanationOfBenefit or Claim → the row shape the CSV layouts produce. Setting: claim type
 * professional → profee; institutional → inpatient when its subtype or Blue Button type says inpatient or
 * its type of bill starts 11, ed with a 045x revenue line, else outpatient. Every problem names the
 * resource and the FHIRPath of the element.
 */
export function mapFhirClaim(
  r: R4Claim,
  rowNo: number,
  ctx: MapContext,
  patients: ReadonlyMap<string, R4Patient> = new Map(),
): MappedRow {
  const T = r.resourceType;
  const issues: RowIssue[] = [];
  const info = r.supportingInfo ?? [];
  const infoOf = (category: string) => info.find((s) => (s.category?.coding ?? []).some((c) => c.code === category));
  const nch = codeOf(r.type, 'nch_clm_type_cd');
  // Blue Button files may carry only the CMS claim type code (NCH_CLM_TYPE_CD): 71/72/81/82 carrier and DME, others Part A.
  const claimType =
    codeOf(r.type, 'claim-type') ||
    codeOf(r.type, 'ex-claimtype') ||
    (nch ? (['71', '72', '81', '82'].includes(nch) ? 'professional' : 'institutional') : '');
  const revenue = (r.item ?? []).map((i) => codeOf(i.revenue));
  const inpatient =
    codeOf(r.subType) === 'inpatient' ||
    nch === '60' ||
    codeOf(r.type, 'eob-type') === 'INPATIENT' ||
    codeOf(infoOf('typeofbill')?.code).startsWith('11');
  const setting =
    claimType === 'professional'
      ? 'profee'
      : claimType !== 'institutional'
        ? ''
        : inpatient
          ? 'inpatient'
          : revenue.some((c) => c.startsWith('045'))
            ? 'ed'
            : 'outpatient';
  if (!setting)
    issues.push({
      field: `${T}.type`,
      value: claimType,
      code: 'SETTING_INVALID',
      severity: 'reject',
      message: `${T}/${r.id}: claim type "${claimType || '(none)'}" is neither institutional nor professional, so it has no coding to audit`,
    });
  const admission = infoOf('admissionperiod')?.timingPeriod;
  const firstItemDate = (r.item ?? []).map((i) => i.servicedDate ?? i.servicedPeriod?.start).find(Boolean) ?? '';
  const drgInfo = info.find(
    (s) =>
      (s.category?.coding ?? []).some((c) => c.code === 'drg') ||
      (s.code?.coding ?? []).some((c) => (c.system ?? '').endsWith('clm_drg_cd')),
  );
  const total = Array.isArray(r.total)
    ? r.total.find((t) => (t.category?.coding ?? []).some((c) => c.code === 'submitted'))?.amount?.value
    : r.total?.value;
  const patientRef = (r.patient?.reference ?? '').replace(/^(Patient\/|#)/, '');
  const contained = (r.contained ?? []).find(
    (c): c is R4Patient => c.resourceType === 'Patient' && c.id === patientRef,
  );
  const patient = contained ?? patients.get(patientRef);
  // CARIN Blue Button: supportingInfo category 'discharge-status' (NUBC patient discharge status).
  const dischargeStatus = setting === 'inpatient' ? codeOf(infoOf('discharge-status')?.code) : '';
  const coder = attributeCoder(ctx, `${T}/${r.id}`, fhirCoderKeys(r));
  if (coder.issue) issues.push(coder.issue);
  const fields = {
    source: ctx.source,
    externalId: r.id ?? '',
    coder: coder.coder,
    setting,
    facility: r.facility?.identifier?.value ?? r.provider?.identifier?.value ?? '',
    payer: '',
    admissionDate: setting === 'inpatient' ? (admission?.start ?? r.billablePeriod?.start ?? '') : '',
    dischargeDate: setting === 'inpatient' ? (admission?.end ?? r.billablePeriod?.end ?? '') : '',
    serviceDate: setting === 'inpatient' ? '' : (r.billablePeriod?.start ?? firstItemDate),
    drg: codeOf(drgInfo?.code),
    charges: total === undefined ? '' : String(total),
    patientRef: (r.patient?.reference ?? '').replace(/^Patient\//, ''),
    age: '',
    birthDate: patient?.birthDate ?? '',
    sex: patient?.gender ? (({ male: 'M', female: 'F' } as Record<string, string>)[patient.gender] ?? 'U') : '',
    dischargeStatus,
  };
  const columns: Record<EncounterField, string> = {
    source: 'source',
    externalId: `${T}.id`,
    coder: coder.column,
    setting: `${T}.type`,
    facility: `${T}.facility`,
    payer: `${T}.insurer`,
    admissionDate: `${T}.supportingInfo.where(category='admissionperiod').timingPeriod.start`,
    dischargeDate: `${T}.billablePeriod.end`,
    serviceDate: `${T}.billablePeriod.start`,
    drg: `${T}.supportingInfo.where(category='drg').code`,
    charges: `${T}.total`,
    patientRef: `${T}.patient`,
    age: 'Patient.birthDate',
    birthDate: 'Patient.birthDate',
    sex: 'Patient.gender',
    dischargeStatus: `${T}.supportingInfo.where(category='discharge-status').code`,
  };
  const unknown = (path: string, seen: string[], what: string): void =>
    void issues.push({
      field: path,
      value: seen.join(' '),
      code: 'FHIR_SYSTEM_UNKNOWN',
      severity: 'reject',
      message: `${T}/${r.id}: ${path} has no ${what} coding (systems: ${seen.join(', ') || 'none'})`,
    });
  const codes: RawCode[] = [];
  for (const [i, d] of (r.diagnosis ?? []).entries()) {
    const path = `${T}.diagnosis[${i}].diagnosisCodeableConcept`;
    const types = (d.type ?? []).flatMap((t) => (t.coding ?? []).map((c) => c.code));
    if (types.includes('admitting') && !types.includes('principal')) continue; // no slot for the admitting diagnosis (as for 837 ABJ)
    const { found, seen } = pick(d.diagnosisCodeableConcept, ['ICD10CM']);
    if (!found) {
      unknown(path, seen, 'ICD-10-CM (http://hl7.org/fhir/sid/icd-10-cm)');
      continue;
    }
    const poa = codeOf(d.onAdmission);
    codes.push({
      ...blank,
      kind: 'dx',
      system: 'ICD10CM',
      candidates: ['ICD10CM'],
      code: found.code,
      field: `${path}.coding[${found.index}]`,
      dedupe: `d${i}`,
      seq: d.sequence ?? i + 1,
      principal: types.includes('principal'),
      poa,
      poaField: poa ? `${T}.diagnosis[${i}].onAdmission` : '',
    });
  }
  for (const [i, p] of (r.procedure ?? []).entries()) {
    const path = `${T}.procedure[${i}].procedureCodeableConcept`;
    const { found, seen } = pick(p.procedureCodeableConcept, ['ICD10PCS']);
    if (!found) {
      unknown(path, seen, 'ICD-10-PCS (http://www.cms.gov/Medicare/Coding/ICD10)');
      continue;
    }
    codes.push({
      ...blank,
      kind: 'px',
      system: 'ICD10PCS',
      candidates: ['ICD10PCS'],
      code: found.code,
      field: `${path}.coding[${found.index}]`,
      dedupe: `p${i}`,
      seq: p.sequence ?? i + 1,
      principal: (p.sequence ?? i + 1) === 1,
    });
  }
  for (const [i, item] of (r.item ?? []).entries()) {
    if (!item.productOrService?.coding?.length) continue;
    const path = `${T}.item[${i}].productOrService`;
    const { found, seen } = pick(item.productOrService, ['CPT', 'LINE']);
    if (!found) {
      unknown(path, seen, 'CPT or HCPCS');
      continue;
    }
    const line = item.sequence ?? i + 1;
    const modifiers = (item.modifier ?? []).map((m) => codeOf(m)).filter(Boolean);
    codes.push({
      ...blank,
      kind: 'line',
      system: null,
      candidates: ['CPT', 'HCPCS'],
      code: found.code,
      field: `${path}.coding[${found.index}]`,
      dedupe: `l${i}`,
      seq: line,
      principal: false,
      modifiers,
      modifiersField: `${T}.item[${i}].modifier`,
      units: item.quantity?.value === undefined ? '' : String(item.quantity.value),
      unitsField: `${T}.item[${i}].quantity`,
      line,
    });
  }
  return { rowNo, fields, columns, codes, issues };
}
