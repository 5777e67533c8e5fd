// test database: with code sets
import type { ImportDetailDto } from '@recode/contracts';
import { type ApiClient, type TestApp } from '../support/test-app';
import { codeLinesCsv, importFile, startImportApp } from './import-kit';

// What an import reports about its rows: once per problem, with the rows it is on, in plain words.
let t: TestApp;
let admin: ApiClient;

type ErrorRow = {
  row_no: number;
  encounter_ref: string | null;
  field: string;
  value: string;
  code: string;
  severity: string;
  message: string;
};
const errorsOf = (imp: ImportDetailDto): Promise<ErrorRow[]> =>
  t.db.query(
    'SELECT row_no, encounter_ref, field, value, code, severity, message FROM import_errors WHERE import_id = $1 ORDER BY row_no, id',
    [imp.id],
  );
const storedCodes = async (source: string, externalId: string): Promise<string[]> =>
  (
    await t.db.query(
      `SELECT c.code FROM encounter_codes c JOIN encounters e ON e.current_version_id = c.version_id WHERE e.source = $1 AND e.external_id = $2 ORDER BY c.position`,
      [source, externalId],
    )
  ).map((r: { code: string }) => r.code);

beforeAll(async () => {
  ({ t, admin } = await startImportApp());
}, 300_000);
afterAll(() => t.close());

const pro = (id: string) => ['q', id, 'North', 'profee', '', '', '2026-02-10', 'Aetna', 'C002', '', '300'];

describe('code-lines rows', () => {
  let imp: ImportDetailDto;
  let errors: ErrorRow[];
  beforeAll(async () => {
    imp = await importFile(
      admin,
      'quality.csv',
      codeLinesCsv([
        [...pro('Q-DUP'), 'ICD-10-CM', 'I10', '1', 'Y'],
        [...pro('Q-DUP'), 'ICD-10-CM', 'E871', '2', 'N'],
        [...pro('Q-DUP'), 'ICD-10-CM', 'I10', '3', 'N'],
        [...pro('Q-UNITS'), 'ICD-10-CM', 'I10', '1', 'Y'],
        [...pro('Q-UNITS'), 'CPT', '99213', '1', '', '', '', '-3', '1'],
        [...pro('Q-MAL'), 'ICD-10-CM', 'M16.11', '1', 'Y'],
        [...pro('Q-MAL'), 'ICD-10-CM', "M1611';DROP TABLE encounters", '2', 'N'],
        [...pro('Q-MAL'), 'HCPCS', '=CMD|/C CALC!A1', '1', '', '', '', '1', '1'],
        [...pro('Q-NODX'), 'CPT', '99213', '1', '', '', '', '1', '1'],
      ]),
    );
    errors = await errorsOf(imp);
  }, 120_000);

  it('warns about a diagnosis listed twice in one encounter and stores it once', async () => {
    expect(imp.status).toBe('succeeded');
    expect(await storedCodes('q', 'Q-DUP')).toEqual(['I10', 'E871']);
    const dup = errors.filter((e) => e.code === 'CODE_DUPLICATE');
    expect(dup).toEqual([
      expect.objectContaining({
        encounter_ref: 'Q-DUP',
        row_no: 4,
        severity: 'warning',
        message: expect.stringContaining('I10 is listed twice for encounter Q-DUP'),
      }),
    ]);
  });

  it('rejects codes that fail their system’s format instead of storing them cut down, and says when a dot was removed', async () => {
    expect(await storedCodes('q', 'Q-MAL')).toEqual(['M1611']);
    const malformed = errors.filter((e) => e.encounter_ref === 'Q-MAL' && e.code === 'CODE_MALFORMED');
    expect(malformed.map((e) => e.value)).toEqual(["M1611';DROP TABLE encounters", '=CMD|/C CALC!A1']);
    for (const e of malformed) expect(e.message).toContain('the code was not stored');
    expect(errors.find((e) => e.code === 'CODE_DOT_REMOVED')).toMatchObject({
      encounter_ref: 'Q-MAL',
      severity: 'warning',
      value: 'M16.11',
      message: expect.stringContaining('M16.11 was stored as M1611'),
    });
    const [flags] = await t.db.query(
      `SELECT e.flagged, v.flags FROM encounters e JOIN encounter_versions v ON v.id = e.current_version_id WHERE e.external_id = 'Q-MAL'`,
    );
    expect(flags).toMatchObject({ flagged: true, flags: expect.arrayContaining(['CODE_MALFORMED']) });
  });

  it('says why units are refused, and names the principal column when there is no principal diagnosis', async () => {
    expect(errors.find((e) => e.code === 'UNITS_INVALID')).toMatchObject({
      value: '-3',
      message: 'units "-3" is negative; units are a count of 0 or more; left empty',
    });
    expect(errors.find((e) => e.encounter_ref === 'Q-NODX' && e.code === 'PRINCIPAL_DX_MISSING')).toMatchObject({
      field: 'principal',
    });
  });
});

describe('claim lines repeating the claim’s diagnoses', () => {
  it('reports a code problem once per encounter code, listing every row it is on, and a diagnosis listed twice once', async () => {
    const header =
      'claim_id,claim_type,claim_start_date,claim_end_date,claim_line_number,hcpcs_code,diagnosis_code_1,diagnosis_code_2,diagnosis_code_3,coder_id';
    const lines = ['99213', '93000', '36415'].map(
      (cpt, i) => `Q-CLAIM,professional,2026-02-10,2026-02-10,${i + 1},${cpt},I10,E11,I10,C001`,
    );
    const imp = await importFile(admin, 'claims.csv', [header, ...lines].join('\n') + '\n', { source: 'qc' });
    expect(imp.status).toBe('succeeded');
    const errors = await errorsOf(imp);
    const header11 = errors.filter((e) => e.code === 'CODE_NOT_BILLABLE');
    expect(header11).toHaveLength(1);
    expect(header11[0]?.message).toMatch(/E11 is a category header .*\(rows 2, 3, 4\)$/);
    expect(errors.filter((e) => e.code === 'CODE_DUPLICATE')).toEqual([
      expect.objectContaining({
        field: 'diagnosis_code_3',
        message: expect.stringContaining('(diagnosis_code_1 and diagnosis_code_3)'),
      }),
    ]);
    expect(await storedCodes('qc', 'Q-CLAIM')).toEqual(['I10', 'E11', '99213', '93000', '36415']);
  });
});

describe('file-level notices and failures', () => {
  it('succeeds on a header-only file with a notice that nothing was imported', async () => {
    const imp = await importFile(admin, 'empty.csv', codeLinesCsv([]));
    expect(imp).toMatchObject({ status: 'succeeded', rowsTotal: 0 });
    expect(imp.warnings).toEqual(
      expect.arrayContaining([expect.stringContaining('has a header but no data rows: nothing was imported')]),
    );
  });

  it('explains that a JSON file must hold records, without CSV header wording', async () => {
    const imp = await importFile(
      admin,
      'wrapped.json',
      JSON.stringify({ claims: [{ encounter_id: 'X', code: 'I10' }] }),
    );
    expect(imp.status).toBe('failed');
    expect(imp.failure).toMatchObject({
      code: 'IMPORT_JSON_NOT_RECORDS',
      message: expect.stringContaining('must be an array of records'),
    });
    expect(imp.failure?.message).not.toMatch(/header|Row 1/);
  });

  it('caps a failure message at about 1 KB, with a sample of the offending text', async () => {
    const huge = `${'x'.repeat(900_000)},encounter,code\nA,B,C\n`;
    const imp = await importFile(admin, 'huge-header.csv', huge);
    expect(imp.status).toBe('failed');
    expect(imp.failure?.message.length).toBeLessThanOrEqual(1024);
    expect(imp.failure?.message).toMatch(/xxxxxxxx.*characters in all; cut here\)$/);
    const list = await admin.get('/api/imports?pageSize=5');
    expect(JSON.stringify(list.body).length).toBeLessThan(20_000);
  });
});
