// test database: with code sets
import type { ImportDetailDto } from '@recode/contracts';
import { type ApiClient, type TestApp } from '../support/test-app';
import { CODE_LINES_HEADER, codeLinesCsv, importFile, startImportApp } from './import-kit';

let t: TestApp;
let admin: ApiClient;

const ip = (id: string, coder: string, drg: string, adm: string, dis: string) => [
  'v',
  id,
  'North',
  'inpatient',
  adm,
  dis,
  '',
  'Medicare',
  coder,
  drg,
  '12000.50',
];
const op = (id: string, setting: string, date: string, coder = 'C002', drg = '') => [
  'v',
  id,
  'North',
  setting,
  '',
  '',
  date,
  'Aetna',
  coder,
  drg,
  '300',
];
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

const errorsOf = async (
  imp: ImportDetailDto,
): Promise<{ encounter_ref: string | null; code: string; severity: string; field: string; message: string }[]> =>
  t.db.query(
    'SELECT encounter_ref, code, severity, field, message FROM import_errors WHERE import_id = $1 ORDER BY row_no, id',
    [imp.id],
  );

beforeAll(async () => {
  ({ t, admin } = await startImportApp());
}, 300_000);
afterAll(() => t.close());

describe('row validation (code-lines CSV)', () => {
  let imp: ImportDetailDto;
  beforeAll(async () => {
    imp = await importFile(admin, 'validation.csv', codeLinesCsv(ROWS));
  }, 120_000);

  it('keeps encounters with only code problems (flagged) and rejects structural problems', async () => {
    expect(imp).toMatchObject({ status: 'succeeded', layout: 'code-lines', rowsTotal: ROWS.length });
    const stored = await t.db.query(
      `SELECT external_id, flagged FROM encounters WHERE source = 'v' ORDER BY external_id`,
    );
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
    expect(find('V-FLAG', 'DRG_NOT_IN_VERSION')).toMatchObject({
      severity: 'flag',
      field: 'drg',
      message: expect.stringContaining('grouper v43 (FY2026)'),
    });
    expect(find('V-FLAG', 'POA_MISSING')).toMatchObject({ severity: 'flag', field: 'poa' });
    expect(find('V-FLAG', 'CODE_NOT_BILLABLE')).toMatchObject({
      message: expect.stringContaining('E11 is a category header in FY2026'),
    });
    expect(find('V-FLAG', 'CODE_MALFORMED')).toMatchObject({
      field: 'code',
      severity: 'flag',
      message: expect.stringContaining('the code was not stored'),
    });
    expect(find('V-FLAG', 'CODE_DOT_REMOVED')).toMatchObject({
      field: 'code',
      severity: 'warning',
      message: expect.stringContaining('e11.9 was stored as E119'),
    });
    expect(find('V-CODER', 'CODER_UNKNOWN')).toMatchObject({
      severity: 'reject',
      message: expect.stringContaining('"C999" is not a known coder'),
    });
    expect(find('V-BADDATE', 'DATE_INVALID')).toMatchObject({ severity: 'reject', field: 'service_date' });
    expect(find('V-BACKWARDS', 'DISCHARGE_BEFORE_ADMISSION')).toMatchObject({ severity: 'reject' });
    expect(find('V-SPLIT', 'FIELD_INCONSISTENT')).toMatchObject({
      severity: 'reject',
      message: expect.stringContaining('disagree on the coder (C002 on one row, C003 on another)'),
    });
    expect(find(null, 'KEY_MISSING')).toMatchObject({ severity: 'reject', field: 'encounter_id' });
    expect(find('V-MOD', 'MODIFIER_UNKNOWN')).toMatchObject({
      severity: 'flag',
      message: 'ZZ is not a HCPCS modifier',
    });
    expect(find('V-NODX', 'PRINCIPAL_DX_MISSING')).toMatchObject({ severity: 'flag' });
    expect(find('V-PCS', 'PCS_OUTSIDE_INPATIENT')).toMatchObject({ severity: 'flag' });
    expect(find('V-DRG', 'DRG_NOT_INPATIENT')).toMatchObject({ severity: 'warning' });
    expect(find('V-2021', 'NO_CODE_SET_FOR_YEAR')).toMatchObject({
      severity: 'reject',
      message: expect.stringContaining('FY2021'),
    });
    expect(errors.find((e) => e.encounter_ref === 'V-OK')).toBeUndefined();
  });

  it('stores codes normalised, numbered and with their findings; a code of the wrong format is not stored at all', async () => {
    const codes = await t.db.query(
      `SELECT c.system, c.code, c.sequence, c.principal, c.poa, c.issue FROM encounter_codes c JOIN encounters e ON e.current_version_id = c.version_id
        WHERE e.external_id = 'V-FLAG' ORDER BY c.position`,
    );
    expect(codes).toEqual([
      { system: 'ICD10CM', code: 'A419', sequence: 1, principal: true, poa: null, issue: 'POA_MISSING' },
      { system: 'ICD10CM', code: 'E11', sequence: 2, principal: false, poa: 'Y', issue: 'CODE_NOT_BILLABLE' },
      { system: 'ICD10CM', code: 'E119', sequence: 3, principal: false, poa: 'Y', issue: null },
    ]);
    const [encounter] = await t.db.query(
      `SELECT v.flags FROM encounters e JOIN encounter_versions v ON v.id = e.current_version_id WHERE e.external_id = 'V-FLAG'`,
    );
    expect(encounter.flags).toContain('CODE_MALFORMED');
  });

  it('reads the same records from a JSON array and from NDJSON, and finds them unchanged', async () => {
    const columns = CODE_LINES_HEADER.split(',');
    const records = ROWS.map((r) =>
      Object.fromEntries(columns.map((c, i) => [c, r[i] ?? '']).filter(([, v]) => v !== '')),
    );
    for (const [name, content] of [
      ['validation.json', JSON.stringify(records, null, 2)],
      ['validation.ndjson', records.map((r) => JSON.stringify(r)).join('\n')],
    ] as const) {
      const again = await importFile(admin, name, content);
      expect(again).toMatchObject({ status: 'succeeded', format: 'json', layout: 'code-lines' });
      expect(again.counts).toMatchObject({
        encountersCreated: 0,
        encountersVersioned: 0,
        encountersUnchanged: 6,
        encountersRejected: 5,
      });
      expect(again.errorCount).toBe(imp.errorCount);
    }
  });
});

describe('row validation: codes against their own year, POA values, and where each problem is', () => {
  const w = (id: string, setting: string, dates: [string, string, string], coder = 'C001', drg = '') => [
    'w',
    id,
    'North',
    setting,
    ...dates,
    'Medicare',
    coder,
    drg,
    '900',
  ];
  const stay = (id: string, adm: string, dis: string, drg = '871', coder = 'C001') =>
    w(id, 'inpatient', [adm, dis, ''], coder, drg);
  /** Row numbers as a spreadsheet shows them: the header is row 1. */
  const CASES: string[][] = [
    [...stay('W-OK', '2026-01-10', '2026-01-14'), 'ICD-10-CM', 'A419', '1', 'Y', 'Y'], // row 2
    [...stay('W-OK', '2026-01-10', '2026-01-14'), 'ICD-10-CM', 'E871', '2', 'N', 'Y'],
    [...stay('W-UNKNOWN', '2026-01-10', '2026-01-14'), 'ICD-10-CM', 'A419', '1', 'Y', 'Y'], // row 4
    [...stay('W-UNKNOWN', '2026-01-10', '2026-01-14'), 'ICD-10-CM', 'A0000', '2', 'N', 'Y'], // well-formed, in no year's set
    [...stay('W-POA', '2026-01-10', '2026-01-14'), 'ICD-10-CM', 'A419', '1', 'Y', 'X'], // row 6
    [...w('W-YEAR', 'outpatient', ['', '', '2025-03-01']), 'ICD-10-CM', 'E11A', '1', 'Y'], // row 7: E11A is new in FY2026
    [...stay('W-DRG', '2025-03-01', '2025-03-05', '209'), 'ICD-10-CM', 'A419', '1', 'Y', 'Y'], // row 8: DRG 209 is new in v43
    [...stay('W-DATES', '2026-03-10', '2026-03-01'), 'ICD-10-CM', 'A419', '1', 'Y', 'Y'], // row 9
    [...stay('W-CODER', '2026-01-10', '2026-01-14', '871', 'C777'), 'ICD-10-CM', 'A419', '1', 'Y', 'Y'], // row 10
  ];
  let imp: ImportDetailDto;
  beforeAll(async () => {
    imp = await importFile(admin, 'year-checks.csv', codeLinesCsv(CASES));
  }, 120_000);

  it('names the row, field and value of each problem, with a message a coder understands', () => {
    const error = (code: string) => imp.errors.find((e) => e.code === code);
    expect(error('CODE_UNKNOWN')).toEqual({
      row: 5,
      encounter: 'W-UNKNOWN',
      field: 'code',
      value: 'A0000',
      code: 'CODE_UNKNOWN',
      severity: 'flag',
      message: 'A0000 is not an ICD-10-CM code in FY2026 or any other loaded year',
    });
    expect(error('POA_INVALID')).toMatchObject({
      row: 6,
      encounter: 'W-POA',
      field: 'poa',
      value: 'X',
      severity: 'flag',
      message: expect.stringMatching(/^A419: .*X/),
    });
    expect(error('CODE_NOT_VALID_FOR_YEAR')).toEqual({
      row: 7,
      encounter: 'W-YEAR',
      field: 'code',
      value: 'E11A',
      code: 'CODE_NOT_VALID_FOR_YEAR',
      severity: 'flag',
      // Later years join the list as their files arrive in DATA_DIR (FY2027 did).
      message: expect.stringMatching(
        /^E11A is not a valid ICD-10-CM code on 2025-03-01 \(FY2025\); it is valid in FY2026(, FY20\d\d)*$/,
      ),
    });
    expect(error('DRG_NOT_IN_VERSION')).toEqual({
      row: 8,
      encounter: 'W-DRG',
      field: 'drg',
      value: '209',
      code: 'DRG_NOT_IN_VERSION',
      severity: 'flag',
      message: 'MS-DRG 209 is not in grouper v42 (FY2025), the version for this discharge date',
    });
    expect(error('DISCHARGE_BEFORE_ADMISSION')).toMatchObject({
      row: 9,
      encounter: 'W-DATES',
      field: expect.stringMatching(/^(admission|discharge)_date$/),
      severity: 'reject',
      message: expect.stringMatching(/2026-03-01.*2026-03-10|2026-03-10.*2026-03-01/),
    });
    expect(['2026-03-01', '2026-03-10']).toContain(error('DISCHARGE_BEFORE_ADMISSION')?.value);
    expect(error('CODER_UNKNOWN')).toMatchObject({
      row: 10,
      encounter: 'W-CODER',
      field: 'coder_id',
      value: 'C777',
      severity: 'reject',
      message: expect.stringContaining('"C777" is not a known coder'),
    });
    expect(imp.errors.filter((e) => e.encounter === 'W-OK')).toEqual([]);
  });

  it('writes the good encounters, keeps and flags those with only code problems, and stores none of the rejected', async () => {
    expect(imp).toMatchObject({
      status: 'succeeded',
      rowsTotal: CASES.length,
      counts: { encountersCreated: 5, encountersRejected: 2, encountersFlagged: 4 },
    });
    const stored = await t.db.query(
      `SELECT e.external_id, e.flagged, v.flags, array_agg(c.code || ':' || coalesce(c.issue, '-') ORDER BY c.position) AS codes
         FROM encounters e JOIN encounter_versions v ON v.id = e.current_version_id JOIN encounter_codes c ON c.version_id = v.id
        WHERE e.source = 'w' GROUP BY e.external_id, e.flagged, v.flags ORDER BY e.external_id`,
    );
    expect(stored).toEqual([
      { external_id: 'W-DRG', flagged: true, flags: ['DRG_NOT_IN_VERSION'], codes: ['A419:-'] },
      { external_id: 'W-OK', flagged: false, flags: [], codes: ['A419:-', 'E871:-'] },
      {
        external_id: 'W-POA',
        flagged: true,
        flags: expect.arrayContaining(['POA_INVALID']),
        codes: ['A419:POA_INVALID'],
      },
      {
        external_id: 'W-UNKNOWN',
        flagged: true,
        flags: expect.arrayContaining(['CODE_UNKNOWN']),
        codes: ['A419:-', 'A0000:CODE_UNKNOWN'],
      },
      {
        external_id: 'W-YEAR',
        flagged: true,
        flags: expect.arrayContaining(['CODE_NOT_VALID_FOR_YEAR']),
        codes: ['E11A:CODE_NOT_VALID_FOR_YEAR'],
      },
    ]);
  });
});
