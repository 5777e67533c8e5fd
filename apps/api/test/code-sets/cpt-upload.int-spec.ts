import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { signedIn, startTestApp, type ApiClient, type TestApp } from '../support/test-app';
import { postFile } from './code-set-fixtures';

// Synthetic content only: real CPT descriptors are AMA-licensed and never belong in the repository.
const SYNTHETIC_CPT = [
  'code,description',
  '99213,Made-up visit description A',
  '1036F,Made-up measure description B',
  '0042T,Made-up emerging technology C',
  '0001U,Made-up lab test D',
  '',
].join('\n');

let t: TestApp;
let admin: ApiClient;
let uploadDir: string;

beforeAll(async () => {
  uploadDir = mkdtempSync(path.join(tmpdir(), 'recode-uploads-'));
  t = await startTestApp({ UPLOAD_DIR: uploadDir });
  admin = await signedIn(t, 'admin@recode.test');
});
afterAll(async () => {
  await t.db.query(`DELETE FROM code_sets WHERE system = 'CPT'`);
  await t.close();
  rmSync(uploadDir, { recursive: true, force: true });
});

const fields = { version: 'customer-test', effectiveFrom: '2030-01-01' };
const lookup = async (code: string, date: string): Promise<Record<string, unknown>> =>
  (await admin.get(`/api/codes/lookup?system=CPT&code=${code}&date=${date}`)).body;

describe('uploading a customer CPT file', () => {
  it('loads it as a CPT code set for one year, audit-logged, and keeps no copy of the file', async () => {
    const res = await postFile(admin, '/api/code-sets/cpt', fields, { name: 'cpt-2030.csv', content: SYNTHETIC_CPT });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'loaded',
      codeSet: {
        system: 'CPT',
        version: 'customer-test',
        fiscalYear: null,
        effectiveFrom: '2030-01-01',
        effectiveTo: '2030-12-31',
        rowCount: 4,
        billableCount: 4,
        sourceFile: 'cpt-2030.csv',
      },
    });
    const [entry] = await t.db.query(
      `SELECT actor_email, entity_id, details FROM audit_log WHERE action = 'code_set.cpt_uploaded' ORDER BY id DESC LIMIT 1`,
    );
    expect(entry).toMatchObject({
      actor_email: 'admin@recode.test',
      entity_id: String(res.body.codeSet.id),
      details: { rows: 4, status: 'loaded', version: 'customer-test' },
    });
    expect(readdirSync(path.join(uploadDir, 'code-sets'))).toEqual([]);
  });

  it('checks codes against the file while it is in force, and by format outside it', async () => {
    expect(await lookup('99213', '2030-06-01')).toMatchObject({
      status: 'found',
      codeSetVersion: 'customer-test',
      shortDescription: 'Made-up visit description A',
    });
    expect(await lookup('1036f', '2030-06-01')).toMatchObject({ status: 'found', code: '1036F' });
    expect(await lookup('99215', '2030-06-01')).toMatchObject({
      status: 'not_found',
      message: '99215 is not in CPT customer-test',
    });
    expect(await lookup('99215', '2031-01-01')).toMatchObject({ status: 'format_only', category: 'I' });
    const search = await admin.get('/api/codes/search?system=CPT&date=2030-06-01&q=made-up lab');
    expect(search.body.items.map((i: { code: string }) => i.code)).toEqual(['0001U']);
  });

  it('lets the picker offer codes from the file while it is in force, and a format-valid typed code with no description outside it', async () => {
    const pick = async (q: string, date: string) =>
      (await admin.get(`/api/codes/search?system=CPT&date=${date}&q=${q}`)).body;
    expect(await pick('99213', '2030-06-01')).toMatchObject({
      total: 1,
      codeSet: { version: 'customer-test' },
      items: [{ code: '99213', shortDescription: 'Made-up visit description A' }],
    });
    expect((await pick('99213', '2030-06-01')).items[0].descriptionLicensed).toBeUndefined();
    // The file decides validity while it is in force: a code it does not list is not offered.
    expect(await pick('99215', '2030-06-01')).toMatchObject({ total: 0, items: [] });
    expect(await pick('99215', '2031-01-01')).toMatchObject({
      total: 1,
      codeSet: null,
      items: [{ code: '99215', shortDescription: '', descriptionLicensed: false }],
    });
  });

  it('changes nothing when the same file is sent again', async () => {
    const res = await postFile(admin, '/api/code-sets/cpt', fields, { name: 'cpt-2030.csv', content: SYNTHETIC_CPT });
    expect(res.body.status).toBe('skipped');
  });

  it('names the row and field of a bad code and loads nothing', async () => {
    const bad = SYNTHETIC_CPT.replace('0042T', '0042X');
    const res = await postFile(
      admin,
      '/api/code-sets/cpt',
      { ...fields, version: 'customer-bad' },
      { name: 'cpt-bad.csv', content: bad },
    );
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: 'CODE_SET_FILE_INVALID',
      details: [{ path: 'cpt-bad.csv:4:code', message: expect.stringContaining('"0042X" has "X" at position 5') }],
    });
    expect(await t.db.query(`SELECT count(*)::int AS n FROM code_sets WHERE version = 'customer-bad'`)).toEqual([
      { n: 0 },
    ]);
    const noHeader = await postFile(
      admin,
      '/api/code-sets/cpt',
      { ...fields, version: 'customer-bad' },
      { name: 'cpt.csv', content: 'cpt,desc\n99213,x\n' },
    );
    expect(noHeader.body.error.details[0]).toMatchObject({ path: 'cpt.csv:1:code' });
  });

  it('names missing or bad fields', async () => {
    const noFile = await postFile(admin, '/api/code-sets/cpt', fields);
    expect(noFile.status).toBe(400);
    expect(noFile.body.error.details[0].path).toBe('body.file');
    const badVersion = await postFile(
      admin,
      '/api/code-sets/cpt',
      { version: 'no spaces!', effectiveFrom: '2030-13-01' },
      { name: 'c.csv', content: SYNTHETIC_CPT },
    );
    expect(badVersion.status).toBe(400);
    expect(badVersion.body.error.details.map((d: { path: string }) => d.path)).toEqual([
      'body.version',
      'body.effectiveFrom',
    ]);
  });

  it('refuses files over the size limit', async () => {
    const huge = new Uint8Array(21 * 1024 * 1024).fill(65);
    const res = await postFile(admin, '/api/code-sets/cpt', fields, { name: 'huge.csv', content: huge });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('is for admins only', async () => {
    const auditor = await signedIn(t, 'auditor@recode.test');
    expect(
      (await postFile(auditor, '/api/code-sets/cpt', fields, { name: 'c.csv', content: SYNTHETIC_CPT })).status,
    ).toBe(403);
  });
});
