import type { ImportDetailDto } from '@recode/contracts';
import { JobWorker } from '../../src/jobs/job-worker';
import { signedIn, startTestApp, type ApiClient, type TestApp } from '../support/test-app';
import { CODE_LINES_HEADER, codeLinesCsv, ensureImportCodeSets, importFile } from './import-kit';

let t: TestApp;
let admin: ApiClient;

const ip = (id: string, coder: string, drg: string, adm: string, dis: string) => ['v', id, 'North', 'inpatient', adm, dis, '', 'Medicare', coder, drg, '12000.50'];
const op = (id: string, setting: string, date: string, coder = 'C002', drg = '') => ['v', id, 'North', setting, '', '', date, 'Aetna', coder, drg, '300'];
/** source, encounter, …, code_system, code, sequence, principal, poa, modifiers, units, line */
const ROWS: string[][] = [
  [...ip('V-OK', 'C001', '871', '2026-01-10', '2026-01-14'), 'ICD-10-CM', 'A419', '1', 'Y', 'Y'],
  [...ip('V-OK', 'C001', '871', '2026-01-10', '2026-01-14'), 'ICD-10-CM', 'E871', '2', 'N', 'Y'],
  [...ip('V-OK', 'C001', '871', '2026-01-10', '2026-01-14'), 'ICD-10-CM', 'Z794', '3', 'N', ''],
  [...ip('V-OK', 'C001', '871', '2026-01-10', '2026-01-14'), 'ICD-10-PCS', '5A1955Z', '1', 'Y'],
  [...ip('V-FLAG', 'C001', '247', '2026-02-01', '2026-02-03'), 'ICD-10-CM', 'A419', '1', 'Y', ''],
  [...ip('V-FLAG', 'C001', '247', '2026-02-01', '2026-02-03'), 'ICD-10-CM', 'E11', '2', 'N', 'Y'],
  [...ip('V-FLAG', 'C001', '247', '2026-02-01', '2026-02-03'), 'ICD-10-CM', 'e11.9', '3', 'N', 'Y'],
  [...ip('V-FLAG', 'C001', '247', '2026-02-01', '2026-02-03'), 'ICD-10-CM', '12345', '4', 'N', 'Y'],
  [...ip('V-CODER', 'C999', '871', '2026-01-10', '2026-01-14'), 'ICD-10-CM', 'A419', '1', 'Y', 'Y'],
  [...op('V-BADDATE', 'outpatient', '2026-02-30'), 'ICD-10-CM', 'R079', '1', 'Y'],
  [...ip('V-BACKWARDS', 'C001', '871', '2026-03-10', '2026-03-01'), 'ICD-10-CM', 'A419', '1', 'Y', 'Y'],
  [...op('V-SPLIT', 'profee', '2026-03-02', 'C002'), 'ICD-10-CM', 'I10', '1', 'Y'],
  [...op('V-SPLIT', 'profee', '2026-03-02', 'C003'), 'CPT', '99213', '1', '', '', '', '1', '1'],
  ['v', '', 'North', 'profee', '', '', '2026-03-02', 'Aetna', 'C002', '', '', 'ICD-10-CM', 'I10'],
  [...op('V-MOD', 'profee', '2026-04-02'), 'ICD-10-CM', 'E119', '1', ''],
  [...op('V-MOD', 'profee', '2026-04-02'), 'CPT', '99214', '1', '', '', '25 ZZ', '1', '1'],
  [...op('V-NODX', 'outpatient', '2026-04-03'), 'CPT', '71046', '1', '', '', '', '1', '1'],
  [...op('V-PCS', 'ed', '2026-04-04'), 'ICD-10-CM', 'S0990XA', '1', 'Y'],
  [...op('V-PCS', 'ed', '2026-04-04'), 'ICD-10-PCS', '0SR9019', '1', ''],
  [...op('V-DRG', 'outpatient', '2026-04-05', 'C002', '470'), 'ICD-10-CM', 'M25561', '1', 'Y'],
  [...ip('V-2021', 'C001', '871', '2021-01-10', '2021-01-14'), 'ICD-10-CM', 'A419', '1', 'Y', 'Y'],
];

const errorsOf = async (imp: ImportDetailDto): Promise<{ encounter_ref: string | null; code: string; severity: string; field: string; message: string }[]> =>
  t.db.query('SELECT encounter_ref, code, severity, field, message FROM import_errors WHERE import_id = $1 ORDER BY row_no, id', [imp.id]);

beforeAll(async () => {
  t = await startTestApp();
  await ensureImportCodeSets(t.db);
  t.app.get(JobWorker).start({ imports: 1 });
  admin = await signedIn(t, 'admin@recode.test');
}, 300_000);
afterAll(() => t.close());

describe('row validation (code-lines CSV)', () => {
  let imp: ImportDetailDto;
  beforeAll(async () => {
    imp = await importFile(admin, 'validation.csv', codeLinesCsv(ROWS));
  }, 120_000);

  it('keeps encounters with only code problems (flagged) and rejects structural problems', async () => {
    expect(imp).toMatchObject({ status: 'succeeded', layout: 'code-lines', rowsTotal: ROWS.length });
    const stored = await t.db.query(`SELECT external_id, flagged FROM encounters WHERE source = 'v' ORDER BY external_id`);
    expect(stored).toEqual([
      { external_id: 'V-DRG', flagged: false },
      { external_id: 'V-FLAG', flagged: true },
      { external_id: 'V-MOD', flagged: true },
      { external_id: 'V-NODX', flagged: true },
      { external_id: 'V-OK', flagged: false },
      { external_id: 'V-PCS', flagged: true },
    ]);
    expect(imp.counts).toMatchObject({ encountersCreated: 6, encountersRejected: 5, encountersFlagged: 4 });
  });

  it('records each problem with its row, field, value and a plain message', async () => {
    const errors = await errorsOf(imp);
    const find = (ref: string | null, code: string) => errors.find((e) => e.encounter_ref === ref && e.code === code);
    expect(find('V-FLAG', 'DRG_NOT_IN_VERSION')).toMatchObject({ severity: 'flag', field: 'drg', message: expect.stringContaining('grouper v43 (FY2026)') });
    expect(find('V-FLAG', 'POA_MISSING')).toMatchObject({ severity: 'flag', field: 'poa' });
    expect(find('V-FLAG', 'CODE_NOT_BILLABLE')).toMatchObject({ message: expect.stringContaining('E11 is a category header in FY2026') });
    expect(find('V-FLAG', 'CODE_MALFORMED')).toMatchObject({ field: 'code' });
    expect(find('V-CODER', 'CODER_UNKNOWN')).toMatchObject({ severity: 'reject', message: expect.stringContaining('"C999" is not a known coder') });
    expect(find('V-BADDATE', 'DATE_INVALID')).toMatchObject({ severity: 'reject', field: 'service_date' });
    expect(find('V-BACKWARDS', 'DISCHARGE_BEFORE_ADMISSION')).toMatchObject({ severity: 'reject' });
    expect(find('V-SPLIT', 'FIELD_INCONSISTENT')).toMatchObject({ severity: 'reject', message: expect.stringContaining('disagree on the coder (C002 on one row, C003 on another)') });
    expect(find(null, 'KEY_MISSING')).toMatchObject({ severity: 'reject', field: 'encounter_id' });
    expect(find('V-MOD', 'MODIFIER_UNKNOWN')).toMatchObject({ severity: 'flag', message: 'ZZ is not a HCPCS modifier' });
    expect(find('V-NODX', 'PRINCIPAL_DX_MISSING')).toMatchObject({ severity: 'flag' });
    expect(find('V-PCS', 'PCS_OUTSIDE_INPATIENT')).toMatchObject({ severity: 'flag' });
    expect(find('V-DRG', 'DRG_NOT_INPATIENT')).toMatchObject({ severity: 'warning' });
    expect(find('V-2021', 'NO_CODE_SET_FOR_YEAR')).toMatchObject({ severity: 'reject', message: expect.stringContaining('FY2021') });
    expect(errors.find((e) => e.encounter_ref === 'V-OK')).toBeUndefined();
  });

  it('stores codes normalised, numbered and with their findings', async () => {
    const codes = await t.db.query(
      `SELECT c.system, c.code, c.sequence, c.principal, c.poa, c.issue FROM encounter_codes c JOIN encounters e ON e.current_version_id = c.version_id
        WHERE e.external_id = 'V-FLAG' ORDER BY c.position`,
    );
    expect(codes).toEqual([
      { system: 'ICD10CM', code: 'A419', sequence: 1, principal: true, poa: null, issue: 'POA_MISSING' },
      { system: 'ICD10CM', code: 'E11', sequence: 2, principal: false, poa: 'Y', issue: 'CODE_NOT_BILLABLE' },
      { system: 'ICD10CM', code: 'E119', sequence: 3, principal: false, poa: 'Y', issue: null },
      { system: 'ICD10CM', code: '12345', sequence: 4, principal: false, poa: 'Y', issue: 'CODE_MALFORMED' },
    ]);
  });

  it('reads the same records from a JSON array and from NDJSON, and finds them unchanged', async () => {
    const columns = CODE_LINES_HEADER.split(',');
    const records = ROWS.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i] ?? '']).filter(([, v]) => v !== '')));
    for (const [name, content] of [
      ['validation.json', JSON.stringify(records, null, 2)],
      ['validation.ndjson', records.map((r) => JSON.stringify(r)).join('\n')],
    ] as const) {
      const again = await importFile(admin, name, content);
      expect(again).toMatchObject({ status: 'succeeded', format: 'json', layout: 'code-lines' });
      expect(again.counts).toMatchObject({ encountersCreated: 0, encountersVersioned: 0, encountersUnchanged: 6, encountersRejected: 5 });
      expect(again.errorCount).toBe(imp.errorCount);
    }
  });
});
