// test database: with code sets
import { readFileSync } from 'node:fs';
import { type ApiClient, type TestApp } from '../support/test-app';
import { countRows, importFile, startImportApp, TUVA_FILE, upload, waitForImport } from './import-kit';

let t: TestApp;
let admin: ApiClient;
const tuva = readFileSync(TUVA_FILE, 'utf8');

beforeAll(async () => {
  ({ t, admin } = await startImportApp());
}, 300_000);
afterAll(() => t.close());

describe('the Tuva synthetic claims (claim lines)', () => {
  let first: Awaited<ReturnType<typeof waitForImport>>;

  beforeAll(async () => {
    const res = await upload(
      admin,
      { name: 'tuva.csv', content: tuva },
      { source: 'tuva', defaultCoderExternalId: 'C001' },
    );
    expect(res.status).toBe(202);
    first = await waitForImport(admin, res.body.importId);
  }, 120_000);

  it('imports every claim as an encounter, detecting the claim-lines layout', async () => {
    expect(first).toMatchObject({ status: 'succeeded', failure: null });
    expect(first.layout).toBe('claim-lines');
    expect(first.rowsTotal).toBe(6075);
    expect(first.rowsWritten).toBe(6075);
    expect(first.progress).toBe(1);
    expect(first.counts.encountersCreated).toBe(3106);
    expect(first.counts.encountersRejected).toBe(0);
    expect(await countRows(t.db, `SELECT 1 FROM encounters WHERE source = 'tuva'`)).toBe(3106);
    // Diagnoses repeat on every line of a claim; each is stored once per claim.
    expect(first.counts.codesWritten).toBe(13360); // a diagnosis listed twice in one claim is stored once (207 fewer than before)
  });

  it('reports the real problems of the file, row by row, in words a coder understands', async () => {
    const csv = await admin.get(`/api/imports/${first.id}/errors.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = String(csv.body).trim().split('\r\n');
    expect(lines[0]).toBe('row,encounter,field,value,code,severity,message');
    expect(lines).toHaveLength(first.errorCount + 1);
    const has = (re: RegExp): string | undefined => lines.find((l) => re.test(l));
    // M4806 became a header in FY2018; the claim is dated 2018-07-02.
    expect(
      has(
        /,1009468,diagnosis_code_\d+,M4806,CODE_NOT_BILLABLE,flag,"?M4806 is a category header in FY2018 ICD-10-CM.*M48061/,
      ),
    ).toBeDefined();
    // E7849 is valid only from FY2019; the claim is dated 2018-03-29.
    expect(
      has(
        /,1136213,diagnosis_code_5,E7849,CODE_NOT_VALID_FOR_YEAR,flag,"?E7849 is not a valid ICD-10-CM code on 2018-03-29 \(FY2018\); it is valid in FY2019/,
      ),
    ).toBeDefined();
    // E784 was billable in FY2018 and is a header from FY2019 (claim dated 2018-12-02).
    expect(
      has(/,201728,diagnosis_code_\d+,E784,CODE_NOT_BILLABLE,flag,"?E784 is a category header in FY2019/),
    ).toBeDefined();
    // An inpatient claim with no diagnosis at all.
    expect(has(/,1644256,diagnosis_code_1,,PRINCIPAL_DX_MISSING,flag/)).toBeDefined(); // the column that holds the principal diagnosis
    // DRG 247 existed in FY2018 (v35): no DRG error for that claim.
    expect(has(/,1133126,ms_drg_code,/)).toBeUndefined();
    const counts = await t.db.query(
      `SELECT code, count(*)::int AS n FROM import_errors WHERE import_id = $1 GROUP BY code`,
      [first.id],
    );
    expect(Object.fromEntries(counts.map((r: { code: string; n: number }) => [r.code, r.n]))).toMatchObject({
      CODE_NOT_BILLABLE: 24,
      CODE_NOT_VALID_FOR_YEAR: 6,
      PRINCIPAL_DX_MISSING: 103,
    });
    // Once per claim code, not once per claim line: the claim's lines are listed in the one message.
    expect(has(/,1010630,diagnosis_code_\d+,M4806,CODE_NOT_BILLABLE,flag,.*\(rows \d+, \d+, \d+\)"?$/)).toBeDefined();
    expect(
      has(/,1210318,diagnosis_code_\d+,I255,CODE_DUPLICATE,warning,"?I255 is listed twice for encounter 1210318/),
    ).toBeDefined();
  });

  it('keeps encounters with code problems and flags them for a pre-audit check', async () => {
    const [claim] = await t.db.query(
      `SELECT e.flagged, v.flags FROM encounters e JOIN encounter_versions v ON v.id = e.current_version_id WHERE e.source = 'tuva' AND e.external_id = '1136213'`,
    );
    expect(claim.flagged).toBe(true);
    expect(claim.flags).toContain('CODE_NOT_VALID_FOR_YEAR');
    const [inpatient] = await t.db.query(
      `SELECT setting, drg, to_char(encounter_date, 'YYYY-MM-DD') AS date, fiscal_year FROM encounters WHERE source = 'tuva' AND external_id = '1133126'`,
    );
    expect(inpatient).toEqual({ setting: 'inpatient', drg: '247', date: '2018-05-23', fiscal_year: 2018 });
    const [poa] = await t.db.query(
      `SELECT c.poa FROM encounter_codes c JOIN encounters e ON e.current_version_id = c.version_id WHERE e.external_id = '920994' AND c.code = 'Z79899'`,
    );
    expect(poa.poa).toBe('EXEMPT'); // the CCLF exempt marker 0
  });

  it('changes nothing when the same file (even sorted differently) is imported again', async () => {
    const [header, ...rows] = tuva.trimEnd().split('\n');
    const sorted = [header, ...rows.sort()].join('\n');
    const again = await importFile(admin, 'tuva-sorted.csv', sorted, {
      source: 'tuva',
      defaultCoderExternalId: 'C001',
    });
    expect(again.status).toBe('succeeded');
    expect(again.counts).toMatchObject({
      encountersCreated: 0,
      encountersVersioned: 0,
      encountersUnchanged: 3106,
      codesWritten: 0,
    });
    expect(
      await countRows(
        t.db,
        `SELECT 1 FROM encounter_versions v JOIN encounters e ON e.id = v.encounter_id WHERE e.source = 'tuva'`,
      ),
    ).toBe(3106);
  });

  it('makes a new version for a changed claim and leaves the old version as it was', async () => {
    const [before] = await t.db.query(
      `SELECT id, current_version_id FROM encounters WHERE source = 'tuva' AND external_id = '1136213'`,
    );
    const oldCodes = await t.db.query(
      'SELECT code, position FROM encounter_codes WHERE version_id = $1 ORDER BY position',
      [before.current_version_id],
    );
    const changed = tuva.replace(/^(1136213,.*?),E7849,/gm, '$1,E7841,');
    expect(changed).not.toBe(tuva);
    const result = await importFile(admin, 'tuva-fixed.csv', changed, {
      source: 'tuva',
      defaultCoderExternalId: 'C001',
    });
    expect(result.counts).toMatchObject({ encountersCreated: 0, encountersVersioned: 1, encountersUnchanged: 3105 });
    const [after] = await t.db.query(`SELECT current_version_id, version_count FROM encounters WHERE id = $1`, [
      before.id,
    ]);
    expect(after.version_count).toBe(2);
    expect(after.current_version_id).not.toBe(before.current_version_id);
    expect(
      await t.db.query('SELECT code, position FROM encounter_codes WHERE version_id = $1 ORDER BY position', [
        before.current_version_id,
      ]),
    ).toEqual(oldCodes);
    await expect(
      t.db.query('UPDATE encounter_versions SET flagged = false WHERE id = $1', [before.current_version_id]),
    ).rejects.toThrow(/immutable/);
  });
});
