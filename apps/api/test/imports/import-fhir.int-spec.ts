// test database: with code sets
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ImportDetailDto } from '@recode/contracts';
import { type ApiClient, type TestApp } from '../support/test-app';
import { countRows, DATA_DIR, importFile, startImportApp } from './import-kit';

let t: TestApp;
let admin: ApiClient;
const FHIR = path.join(DATA_DIR, 'samples/fhir');
const read = (file: string): string => readFileSync(path.join(FHIR, file), 'utf8');

beforeAll(async () => {
  ({ t, admin } = await startImportApp());
}, 300_000);
afterAll(() => t.close());

const imported = (name: string, content: string, source: string): Promise<ImportDetailDto> =>
  importFile(admin, name, content, { defaultCoderExternalId: 'C001', source });
async function errorLines(id: string): Promise<string[]> {
  return String((await admin.get(`/api/imports/${id}/errors.csv`)).body)
    .trim()
    .split('\r\n')
    .slice(1);
}
async function snapshot(source: string, id: string): Promise<Record<string, unknown>> {
  const [v] = await t.db.query(
    `SELECT v.id, v.setting, v.admission_date::text AS a, v.discharge_date::text AS d, v.service_date::text AS s, v.drg, v.total_charges::text AS charges, v.patient_ref, v.flags, v.flagged
       FROM encounters e JOIN encounter_versions v ON v.id = e.current_version_id WHERE e.source = $1 AND e.external_id = $2`,
    [source, id],
  );
  const codes = await t.db.query(
    `SELECT system, code, sequence, principal, poa, modifiers, units, line FROM encounter_codes WHERE version_id = $1 ORDER BY position`,
    [v.id],
  );
  const { id: _id, ...rest } = v;
  return { ...rest, codes };
}

describe('FHIR R4 samples', () => {
  it('reads a CARIN Blue Button carrier EOB and checks it against its year (FY2021: no code set loaded here, so rejected by name)', async () => {
    const done = await imported('eob1.json', read('hccinfhir/sample_eob_1.json'), 'eob1');
    expect(done).toMatchObject({ status: 'succeeded', format: 'fhir', layout: 'claim-lines', rowsTotal: 1 });
    expect(done.counts.encountersRejected).toBe(1);
    expect(await errorLines(done.id)).toContainEqual(
      expect.stringMatching(
        /^1,carrier-28493431905,ExplanationOfBenefit\.billablePeriod\.start,2021-01-01,NO_CODE_SET_FOR_YEAR,reject,/,
      ),
    );
  }, 60_000);

  it('streams the 200-EOB NDJSON export; pharmacy events are rejected by name, each error names the resource and its line', async () => {
    const done = await imported('eob200.ndjson', read('hccinfhir/sample_eob_200.ndjson'), 'eob200');
    expect(done).toMatchObject({ status: 'succeeded', rowsTotal: 200, rowsWritten: 200 });
    const lines = await errorLines(done.id);
    expect(lines).toContainEqual(
      expect.stringMatching(/^\d+,pde--10000001604,ExplanationOfBenefit\.type,pharmacy,SETTING_INVALID,reject,/),
    );
    expect(lines.some((l) => l.includes('FHIR_SYSTEM_UNKNOWN'))).toBe(false);
    expect(done.counts.encountersCreated).toBeGreaterThan(0);
  }, 120_000);

  it('names an unknown code system with the resource id and the FHIRPath of the element', async () => {
    const done = await imported('snf.json', read('bfd-carin-bb/eobReadSnf.json'), 'snf');
    const lines = await errorLines(done.id);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^1,snf-777777777,ExplanationOfBenefit\.diagnosis\[0\]\.diagnosisCodeableConcept,http:\/\/hl7\.org\/fhir\/sid\/icd-9-cm,FHIR_SYSTEM_UNKNOWN,reject,"?ExplanationOfBenefit\/snf-777777777: .*has no ICD-10-CM/,
      ),
    );
    expect(done.counts.encountersRejected).toBe(1);
  }, 60_000);

  it.each([
    [
      'a ClaimResponse only',
      read('bfd-carin-bb/claimResponseFissRead.json'),
      /holds 1 ClaimResponse and no ExplanationOfBenefit or Claim/,
    ],
    [
      'a Bundle of Patients only',
      JSON.stringify({
        resourceType: 'Bundle',
        type: 'collection',
        entry: [
          { resource: { resourceType: 'Patient', id: 'p1' } },
          { resource: { resourceType: 'Patient', id: 'p2' } },
        ],
      }),
      /holds 2 Patient and no ExplanationOfBenefit or Claim/,
    ],
    [
      'NDJSON with a broken line 7',
      read('hccinfhir/sample_eob_200.ndjson')
        .split('\n')
        .slice(0, 9)
        .map((l, i) => (i === 6 ? l.slice(0, 200) : l))
        .join('\n'),
      /^NDJSON line 7 is not valid JSON/,
    ],
  ])(
    'refuses %s with a clear error, nothing written',
    async (_what, content, message) => {
      const done = await imported('bad.ndjson', content, 'fhir-bad');
      expect(done.status).toBe('failed');
      expect(done.failure?.message).toMatch(message);
      expect(await countRows(t.db, `SELECT 1 FROM encounters WHERE source = 'fhir-bad'`)).toBe(0);
    },
    60_000,
  );
});

describe('one claim as claim-lines CSV and as a FHIR ExplanationOfBenefit', () => {
  const header =
    'claim_id,claim_type,bill_type_code,claim_start_date,claim_end_date,admission_date,discharge_date,patient_id,ms_drg_code,charge_amount,diagnosis_code_1,diagnosis_poa_1,diagnosis_code_2,diagnosis_poa_2,procedure_code_1,claim_line_number,revenue_center_code,hcpcs_code,hcpcs_modifier_1,service_unit_quantity';
  const csv = `${header}\nRT1,institutional,111,2025-11-03,2025-11-07,2025-11-03,2025-11-07,M1,638,1200.50,E119,Y,N179,N,0DTJ4ZZ,1,0300,36415,91,2\n`;
  const cm = 'http://hl7.org/fhir/sid/icd-10-cm';
  const eob = {
    resourceType: 'ExplanationOfBenefit',
    id: 'RT1',
    type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/claim-type', code: 'institutional' }] },
    subType: { coding: [{ code: 'inpatient' }] },
    patient: { reference: 'Patient/M1' },
    billablePeriod: { start: '2025-11-03', end: '2025-11-07' },
    supportingInfo: [
      { category: { coding: [{ code: 'admissionperiod' }] }, timingPeriod: { start: '2025-11-03', end: '2025-11-07' } },
      { category: { coding: [{ code: 'drg' }] }, code: { coding: [{ code: '638' }] } },
    ],
    diagnosis: [
      {
        sequence: 1,
        diagnosisCodeableConcept: { coding: [{ system: cm, code: 'E11.9' }] },
        type: [{ coding: [{ code: 'principal' }] }],
        onAdmission: { coding: [{ code: 'Y' }] },
      },
      {
        sequence: 2,
        diagnosisCodeableConcept: { coding: [{ system: cm, code: 'N17.9' }] },
        type: [{ coding: [{ code: 'other' }] }],
        onAdmission: { coding: [{ code: 'N' }] },
      },
    ],
    procedure: [
      {
        sequence: 1,
        procedureCodeableConcept: { coding: [{ system: 'http://www.cms.gov/Medicare/Coding/ICD10', code: '0DTJ4ZZ' }] },
      },
    ],
    item: [
      {
        sequence: 1,
        revenue: { coding: [{ code: '0300' }] },
        productOrService: { coding: [{ system: 'http://www.ama-assn.org/go/cpt', code: '36415' }] },
        modifier: [{ coding: [{ code: '91' }] }],
        quantity: { value: 2 },
      },
    ],
    total: [{ category: { coding: [{ code: 'submitted' }] }, amount: { value: 1200.5 } }],
  };

  it('yields the same encounter: setting, dates, DRG, charges, codes, POA, modifiers, units and flags', async () => {
    const a = await imported('rt.csv', csv, 'rtf-csv');
    const b = await imported(
      'rt.json',
      JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: [{ resource: eob }] }),
      'rtf-fhir',
    );
    expect([a.status, b.status]).toEqual(['succeeded', 'succeeded']);
    const fromCsv = await snapshot('rtf-csv', 'RT1');
    expect(fromCsv).toMatchObject({
      setting: 'inpatient',
      a: '2025-11-03',
      d: '2025-11-07',
      drg: '638',
      charges: '1200.50',
      patient_ref: 'M1',
    });
    expect(await snapshot('rtf-fhir', 'RT1')).toEqual(fromCsv);
  }, 60_000);
});
