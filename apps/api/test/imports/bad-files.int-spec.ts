// test database: with code sets
import { mkdtempSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { JobWorker } from '../../src/jobs/job-worker';
import { signedIn, startTestApp, type ApiClient, type TestApp } from '../support/test-app';
import { codeLinesCsv, countRows, ensureImportCodeSets, importFile, upload, waitForImport } from './import-kit';

let t: TestApp;
let admin: ApiClient;
const uploadDir = mkdtempSync(path.join(tmpdir(), 'recode-uploads-'));

const row = (id: string, code = 'I10') => [
  'bad',
  id,
  'North',
  'profee',
  '',
  '',
  '2026-03-02',
  'Aetna',
  'C002',
  '',
  '90',
  'ICD-10-CM',
  code,
  '1',
  'Y',
];
const good = codeLinesCsv([row('B1'), row('B2', 'E119')]);

beforeAll(async () => {
  t = await startTestApp({ UPLOAD_DIR: uploadDir });
  await ensureImportCodeSets(t.db);
  t.app.get(JobWorker).start({ imports: 1 });
  admin = await signedIn(t, 'admin@recode.test');
}, 300_000);
afterAll(() => t.close());

/** Imports a file that must fail, returning its failure. */
async function failure(name: string, content: string | Uint8Array, fields: Record<string, string> = {}) {
  const res = await upload(admin, { name, content }, fields);
  expect(res.status).toBe(202);
  const done = await waitForImport(admin, res.body.importId);
  expect(done.status).toBe('failed');
  return done.failure as { code: string; message: string; details: { path?: string }[] };
}

describe('files that cannot be imported get a clear error and leave nothing behind', () => {
  it('refuses an empty file at upload', async () => {
    const res = await upload(admin, { name: 'empty.csv', content: '' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'IMPORT_FILE_EMPTY', message: 'empty.csv is empty (0 bytes)' });
  });

  it('names binary content, spreadsheets and UTF-16', async () => {
    expect(
      await failure('image.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
    ).toMatchObject({ code: 'IMPORT_FILE_BINARY', message: expect.stringContaining('NUL byte at byte 8') });
    expect(await failure('claims.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toMatchObject({
      code: 'IMPORT_FILE_BINARY',
      message: expect.stringContaining('Excel'),
    });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(good, 'utf16le')]);
    expect(await failure('utf16.csv', utf16)).toMatchObject({
      code: 'IMPORT_FILE_ENCODING',
      message: expect.stringContaining('UTF-16'),
    });
  });

  it('names header problems: wrong delimiter, no header, duplicate, unknown and missing columns', async () => {
    expect(await failure('semi.csv', good.replace(/,/g, ';'))).toMatchObject({
      code: 'IMPORT_WRONG_DELIMITER',
      message: expect.stringContaining('semicolons'),
    });
    expect(await failure('noheader.csv', good.split('\n').slice(1).join('\n'))).toMatchObject({
      code: 'IMPORT_HEADER_MISSING',
      message: expect.stringContaining('Row 1 looks like data'),
    });
    expect(await failure('dup.csv', good.replace('payer', 'code'))).toMatchObject({
      code: 'IMPORT_HEADER_DUPLICATE',
      message: 'Column "code" appears twice in the header (columns 8 and 13); each column must be named once',
    });
    expect(await failure('unknown.csv', good.replace('payer', 'colour'))).toMatchObject({
      code: 'IMPORT_HEADER_UNKNOWN_COLUMNS',
      message: expect.stringContaining('"colour" at column 8'),
    });
    expect(await failure('missing.csv', good.replace('code_system', 'system_of_code'))).toMatchObject({
      code: 'IMPORT_HEADER_UNKNOWN_COLUMNS',
    });
    const noSystem = good
      .split('\n')
      .map((line) =>
        line
          .split(',')
          .filter((_, i) => i !== 11)
          .join(','),
      )
      .join('\n');
    expect(await failure('nosystem.csv', noSystem)).toMatchObject({
      code: 'IMPORT_HEADER_MISSING_COLUMNS',
      message: expect.stringContaining('"code_system"'),
    });
  });

  it('names the row of broken quoting, with nothing written even after thousands of good rows', async () => {
    const rows = Array.from({ length: 6000 }, (_, i) => row(`Q${Math.floor(i / 2)}`, i % 2 ? 'E119' : 'I10'));
    const lines = codeLinesCsv(rows).split('\n');
    lines[5899] = lines[5899]!.replace('North', 'No"rth');
    const failed = await failure('quotes.csv', lines.join('\n'));
    expect(failed).toMatchObject({ code: 'IMPORT_CSV_MALFORMED', message: expect.stringContaining('row 5900') });
    expect(await countRows(t.db, `SELECT 1 FROM encounters WHERE external_id LIKE 'Q%'`)).toBe(0);
    expect(await countRows(t.db, `SELECT 1 FROM pg_tables WHERE tablename LIKE 'import_stage_%'`)).toBe(0);
    expect(await failure('unclosed.csv', `${good}bad,"B3,North\n`)).toMatchObject({
      code: 'IMPORT_CSV_MALFORMED',
      message: expect.stringContaining('never closed'),
    });
  });

  it('names malformed JSON', async () => {
    expect(await failure('bad.json', '[{"encounter_id": "J1", "code": "I10",}]')).toMatchObject({
      code: 'IMPORT_JSON_MALFORMED',
      message: expect.stringContaining('Record 1'),
    });
    expect(await failure('open.json', '[{"encounter_id": "J1"}')).toMatchObject({
      code: 'IMPORT_JSON_MALFORMED',
      message: expect.stringContaining('not closed'),
    });
  });

  it('asks for a coder when the file has none, and refuses an unknown default coder at upload', async () => {
    const noCoder = good
      .split('\n')
      .map((line) =>
        line
          .split(',')
          .filter((_, i) => i !== 8)
          .join(','),
      )
      .join('\n');
    expect(await failure('nocoder.csv', noCoder)).toMatchObject({ code: 'IMPORT_CODER_REQUIRED' });
    const res = await upload(admin, { name: 'x.csv', content: noCoder }, { defaultCoderExternalId: 'NOPE' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('IMPORT_CODER_UNKNOWN');
  });

  it('reads mixed line endings and a UTF-8 BOM, and rejects only the encounter of a row with missing fields', async () => {
    const mixed = codeLinesCsv([row('M1'), row('M2')], '\r\n') + codeLinesCsv([row('M3')]).split('\n')[1] + '\n';
    expect(await importFile(admin, 'mixed.csv', mixed)).toMatchObject({
      status: 'succeeded',
      counts: { encountersCreated: 3 },
    });
    const bom = await importFile(admin, 'bom.csv', `\uFEFF${codeLinesCsv([row('BOM1')])}`);
    expect(bom).toMatchObject({
      status: 'succeeded',
      counts: { encountersCreated: 1 },
      warnings: [expect.stringContaining('byte-order mark')],
    });
    const short = codeLinesCsv([row('S1'), row('S2')]).replace(/(S2,[^\n]*),\n/, '$1\n');
    const partial = await importFile(admin, 'short.csv', short);
    expect(partial).toMatchObject({ status: 'succeeded', counts: { encountersCreated: 1, encountersRejected: 1 } });
    expect(partial.errors[0]).toMatchObject({ row: 3, code: 'ROW_FIELD_COUNT', severity: 'reject', encounter: 'S2' });
  });

  it('refuses files over the limit with 413 and keeps nothing of them', async () => {
    const small = await startTestApp({ UPLOAD_DIR: uploadDir, IMPORT_MAX_BYTES: '1000' });
    try {
      const client = await signedIn(small, 'admin@recode.test');
      const before = await countRows(small.db, 'SELECT 1 FROM imports');
      const res = await upload(client, {
        name: 'big.csv',
        content: codeLinesCsv(Array.from({ length: 40 }, (_, i) => row(`L${i}`))),
      });
      expect(res.status).toBe(413);
      expect(res.body.error).toMatchObject({
        code: 'IMPORT_FILE_TOO_LARGE',
        message: expect.stringContaining('larger than the import limit'),
      });
      expect(await countRows(small.db, 'SELECT 1 FROM imports')).toBe(before);
      expect(readdirSync(uploadDir).filter((f) => f.endsWith('.upload'))).toEqual([]);
    } finally {
      await small.close();
    }
  });

  it('refuses a 2 GB+ upload from its Content-Length, before reading it', async () => {
    const { port } = new URL(t.url);
    // Only the first bytes of the body are ever sent: a 413 proves the server judged the header alone.
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/imports',
          method: 'POST',
          headers: {
            cookie: admin.cookie,
            'content-type': 'multipart/form-data; boundary=x',
            'content-length': String(3 * 1024 ** 3),
          },
        },
        (res) => {
          resolve(res.statusCode ?? 0);
          res.resume();
        },
      );
      req.on('error', reject);
      req.write('--x\r\n');
    });
    expect(status).toBe(413);
  });
});
