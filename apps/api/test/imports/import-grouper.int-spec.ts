// test database: with code sets
import { randomBytes } from 'node:crypto';
import type { ImportDetailDto } from '@recode/contracts';
import { JobWorker } from '../../src/jobs/job-worker';
import { signedIn, startTestApp, type ApiClient, type TestApp } from '../support/test-app';
import { CODE_LINES_HEADER, ensureImportCodeSets, importFile } from './import-kit';

let t: TestApp;
let admin: ApiClient;
const src = `g${randomBytes(3).toString('hex')}`;
const facility = `FAC-G-${src}`;
const HEADER = `${CODE_LINES_HEADER},age,birth_date,sex,discharge_status`;

/** An inpatient stay's rows: principal first, then secondaries (POA Y); demographics as the last four columns. */
function stay(
  id: string,
  drg: string,
  discharge: string,
  demo: [string, string, string, string],
  dx: string[],
): string[] {
  return dx.map((code, i) =>
    [
      src,
      id,
      facility,
      'inpatient',
      discharge.slice(0, 8) + '01',
      discharge,
      '',
      'Medicare',
      'C001',
      drg,
      '9000',
      'ICD-10-CM',
      code,
      String(i + 1),
      i === 0 ? 'Y' : 'N',
      'Y',
      '',
      '',
      '',
      ...demo,
    ].join(','),
  );
}

const CSV = [
  HEADER,
  ...stay('G-SAME', '195', '2025-01-15', ['70', '', 'M', '01'], ['J189']),
  ...stay('G-DIFF', '195', '2025-01-15', ['70', '', 'F', '01'], ['J189', 'E1100']),
  ...stay('G-BIRTH', '195', '2025-01-15', ['', '1950-06-01', 'female', '1'], ['J189']),
  ...stay('G-NONE', '195', '2025-01-15', ['', '', '', ''], ['J189']),
  ...stay('G-BAD', '195', '2025-01-15', ['', '2030-01-01', 'X', 'home'], ['J189']),
  ...stay('G-OLD', '195', '2025-01-15', ['130', '', 'M', '99'], ['J189']),
  ...stay('G-FY19', '195', '2018-12-10', ['70', '', 'M', '01'], ['J189']),
].join('\n');

interface StoredVersion {
  external_id: string;
  patient_age: number | null;
  patient_sex: string | null;
  discharge_status: string | null;
  drg: string | null;
  grouper_drg: string | null;
  grouper_version: string | null;
  grouper_return_code: string | null;
  grouper_message: string | null;
  grouper_missing: string[];
  flags: string[];
}

let imp: ImportDetailDto;
let stored: Map<string, StoredVersion>;

beforeAll(async () => {
  t = await startTestApp();
  await ensureImportCodeSets(t.db);
  t.app.get(JobWorker).start({ imports: 1 });
  admin = await signedIn(t, 'admin@recode.test');
  imp = await importFile(admin, 'grouper.csv', `${CSV}\n`);
  const rows: StoredVersion[] = await t.db.query(
    `SELECT e.external_id, v.patient_age, v.patient_sex, v.discharge_status, v.drg, v.grouper_drg, v.grouper_version, v.grouper_return_code,
            v.grouper_message, v.grouper_missing, v.flags
       FROM encounters e JOIN encounter_versions v ON v.id = e.current_version_id WHERE e.source = $1`,
    [src],
  );
  stored = new Map(rows.map((r) => [r.external_id, r]));
}, 300_000);
afterAll(() => t.close());

const errorsOf = async (
  code: string,
): Promise<{ encounter_ref: string; field: string; value: string; severity: string; message: string }[]> =>
  t.db.query(
    'SELECT encounter_ref, field, value, severity, message FROM import_errors WHERE import_id = $1 AND code = $2 ORDER BY encounter_ref',
    [imp.id, code],
  );

describe('grouper inputs and the grouper DRG at import', () => {
  it('imports every stay (bad demographics warn, they do not reject)', () => {
    expect(imp.status).toBe('succeeded');
    expect([...stored.keys()].sort()).toEqual(['G-BAD', 'G-BIRTH', 'G-DIFF', 'G-FY19', 'G-NONE', 'G-OLD', 'G-SAME']);
  });

  it('stores the grouper DRG beside the billed one, and flags a difference', async () => {
    expect(stored.get('G-SAME')).toMatchObject({
      patient_age: 70,
      patient_sex: 'M',
      discharge_status: '01',
      drg: '195',
      grouper_drg: '195',
      grouper_version: 'v42.0',
      grouper_return_code: 'OK',
      grouper_missing: [],
    });
    expect(stored.get('G-SAME')?.flags).not.toContain('DRG_GROUPER_DIFFERS');
    expect(stored.get('G-DIFF')).toMatchObject({ drg: '195', grouper_drg: '193', grouper_return_code: 'OK' });
    expect(stored.get('G-DIFF')?.flags).toContain('DRG_GROUPER_DIFFERS');
    expect(await errorsOf('DRG_GROUPER_DIFFERS')).toEqual([
      {
        encounter_ref: 'G-DIFF',
        field: 'drg',
        value: '195',
        severity: 'flag',
        message: "billed MS-DRG 195 differs from the grouper's MS-DRG 193 (v42.0)",
      },
    ]);
    const [enc] = await t.db.query(`SELECT flagged FROM encounters WHERE source = $1 AND external_id = 'G-DIFF'`, [
      src,
    ]);
    expect(enc.flagged).toBe(true);
  });

  it('computes the age at discharge from the birth date when no age is given', () => {
    expect(stored.get('G-BIRTH')).toMatchObject({
      patient_age: 74,
      patient_sex: 'F',
      discharge_status: '01',
      grouper_drg: '195',
      grouper_return_code: 'OK',
    });
  });

  it('says which inputs are missing instead of guessing', () => {
    expect(stored.get('G-NONE')).toMatchObject({
      patient_age: null,
      patient_sex: null,
      discharge_status: null,
      grouper_drg: '999',
      grouper_return_code: 'INVALID_AGE',
    });
    expect(stored.get('G-NONE')?.grouper_missing).toEqual(['age', 'sex', 'discharge status']);
    expect(stored.get('G-NONE')?.flags).not.toContain('DRG_GROUPER_DIFFERS');
  });

  it('reports bad values by row and field, keeps nothing unusable, and lets the grouper name what it refuses', async () => {
    expect(stored.get('G-BAD')).toMatchObject({ patient_age: null, patient_sex: 'U', discharge_status: null });
    expect(stored.get('G-BAD')?.grouper_missing).toEqual(['age', 'discharge status']);
    expect(stored.get('G-OLD')).toMatchObject({
      patient_age: 130,
      discharge_status: '99',
      grouper_drg: '999',
      grouper_return_code: 'INVALID_AGE',
    });
    const warned = await t.db.query(
      `SELECT encounter_ref, field, value, code, severity FROM import_errors WHERE import_id = $1 AND encounter_ref IN ('G-BAD', 'G-OLD') ORDER BY encounter_ref, code`,
      [imp.id],
    );
    expect(warned).toEqual([
      {
        encounter_ref: 'G-BAD',
        field: 'birth_date',
        value: '2030-01-01',
        code: 'BIRTH_DATE_INVALID',
        severity: 'warning',
      },
      {
        encounter_ref: 'G-BAD',
        field: 'discharge_status',
        value: 'home',
        code: 'DISCHARGE_STATUS_UNKNOWN',
        severity: 'warning',
      },
      { encounter_ref: 'G-BAD', field: 'sex', value: 'X', code: 'SEX_INVALID', severity: 'warning' },
      { encounter_ref: 'G-OLD', field: 'age', value: '130', code: 'AGE_OUT_OF_RANGE', severity: 'warning' },
      {
        encounter_ref: 'G-OLD',
        field: 'discharge_status',
        value: '99',
        code: 'DISCHARGE_STATUS_UNKNOWN',
        severity: 'warning',
      },
    ]);
  });

  it('stores "no grouper for this year" without a DRG when no version covers the discharge date', () => {
    expect(stored.get('G-FY19')).toMatchObject({
      grouper_drg: null,
      grouper_version: null,
      grouper_return_code: 'NO_GROUPER_FOR_VERSION',
      grouper_message: expect.stringContaining('no grouper for this year (FY2019)'),
    });
    expect(stored.get('G-FY19')?.flags).not.toContain('DRG_GROUPER_DIFFERS');
  });

  it('targets plans at "billed DRG differs from grouper"', async () => {
    const supervisor = await signedIn(t, 'supervisor@recode.test');
    const res = await supervisor.post('/api/audit-plans/preview', {
      name: 'Grouper differs',
      scope: { facilities: [facility] },
      method: { type: 'simpleRandom', sampleSize: 1 },
      rules: { combine: 'any', rules: [{ type: 'drgDiffersFromGrouper' }] },
      seed: 'grouper',
      spares: 0,
      exclusionWindowDays: 0,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ scopeSize: 7, frameSize: 1 });
  });
});
