import { mapFhirClaim } from './fhir/fhir-claim-mapper';
import type { R4Claim, R4Patient } from './fhir/fhir-types';
import { mapX12Claim } from './x12/x12-claim-mapper';
import type { X12Claim } from './x12/x12-claim';

const ctx = { source: 's', defaultCoder: 'C001' };

describe('grouper inputs from claim formats', () => {
  const claim = {
    kind: 'I',
    position: 1,
    claimId: 'X1',
    charges: '100',
    facilityCode: '11',
    frequencyCode: '1',
    billingNpi: '1234567893',
    payer: 'MEDICARE',
    patientId: 'M1',
    birthDate: '19500101',
    sex: 'F',
    statementFrom: '20251101',
    statementTo: '20251105',
    admissionDate: '20251101',
    dischargeHour: '',
    admissionType: '1',
    patientStatus: '20',
    diagnoses: [],
    admitting: [],
    reasons: [],
    procedures: [],
    drg: null,
    lines: [],
    issues: [],
  } as unknown as X12Claim;

  it('837I: DMG birth date and sex, CL1-03 patient status on an inpatient claim', () => {
    const { fields, columns } = mapX12Claim(claim, ctx);
    expect(fields).toMatchObject({ birthDate: '1950-01-01', sex: 'F', dischargeStatus: '20', age: '' });
    expect([columns.sex, columns.dischargeStatus]).toEqual(['DMG segment, element 3', 'CL1 segment, element 3']);
    expect(mapX12Claim({ ...claim, facilityCode: '13' } as X12Claim, ctx).fields.dischargeStatus).toBe('');
  });

  const eob: R4Claim = {
    resourceType: 'ExplanationOfBenefit',
    id: 'E1',
    type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/claim-type', code: 'institutional' }] },
    subType: { coding: [{ code: 'inpatient' }] },
    patient: { reference: 'Patient/P1' },
    billablePeriod: { start: '2025-11-01', end: '2025-11-05' },
    supportingInfo: [{ category: { coding: [{ code: 'discharge-status' }] }, code: { coding: [{ code: '01' }] } }],
  } as R4Claim;

  it('FHIR: the referenced Patient gives birth date and gender, supportingInfo the discharge status', () => {
    const patients = new Map<string, R4Patient>([
      ['P1', { resourceType: 'Patient', id: 'P1', birthDate: '1948-07-04', gender: 'male' }],
    ]);
    expect(mapFhirClaim(eob, 1, ctx, patients).fields).toMatchObject({
      birthDate: '1948-07-04',
      sex: 'M',
      dischargeStatus: '01',
    });
    expect(mapFhirClaim(eob, 1, ctx).fields).toMatchObject({ birthDate: '', sex: '' });
    const contained = {
      ...eob,
      patient: { reference: '#p' },
      contained: [{ resourceType: 'Patient', id: 'p', gender: 'other' }],
    } as R4Claim;
    expect(mapFhirClaim(contained, 1, ctx).fields.sex).toBe('U');
  });
});
