// test database: with code sets
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CodeSetFileError } from '../../src/code-sets/code-set-file-error';
import { loadCodeSets } from '../../src/code-sets/code-set-loader';
import { startTestApp, type TestApp } from '../support/test-app';
import { loadSpecCodeSets } from './code-set-fixtures';

let t: TestApp;
let dir: string;

beforeAll(async () => {
  t = await startTestApp();
  await loadSpecCodeSets(t.db, t.config.DATA_DIR);
  dir = mkdtempSync(path.join(tmpdir(), 'recode-codesets-'));
}, 240_000);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await t.db.query('DELETE FROM code_sets WHERE fiscal_year >= 2030');
  await t.close();
});

/** Everything a load could change, for before/after comparisons. */
async function snapshot(): Promise<unknown> {
  return {
    sets: await t.db.query('SELECT id, system, version, row_count, checksum, loaded_at FROM code_sets ORDER BY id'),
    counts: await t.db.query(
      `SELECT (SELECT count(*) FROM codes) AS codes, (SELECT count(*) FROM poa_exempt_codes) AS poa, (SELECT count(*) FROM ms_drgs) AS drgs`,
    ),
  };
}

const ICD_HEADER = 'code,billable,short_description,long_description,order_number,fiscal_year';

function icdFile(name: string, rows: string[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, [ICD_HEADER, ...rows].join('\n') + '\n');
  return file;
}

async function loadOnly(fileName: string): Promise<ReturnType<typeof loadCodeSets>> {
  return loadCodeSets(t.db, dir, () => undefined, { filter: (name) => name === fileName });
}

describe('loading the same files again', () => {
  it('skips every file and changes nothing', async () => {
    const before = await snapshot();
    const { results } = await loadSpecCodeSets(t.db, t.config.DATA_DIR);
    expect(results.map((r) => r.status)).toEqual(results.map(() => 'skipped'));
    expect(await snapshot()).toEqual(before);
  });
});

describe('a broken file', () => {
  it('names the missing header column and writes nothing', async () => {
    writeFileSync(path.join(dir, 'icd10cm-2030.csv'), 'code,bill,short_description,long_description\nE119,true,a,b\n');
    const before = await snapshot();
    const [result] = await loadOnly('icd10cm-2030.csv');
    expect(result?.status).toBe('failed');
    expect(result?.error).toBeInstanceOf(CodeSetFileError);
    expect(result?.error?.message).toBe(
      'icd10cm-2030.csv, row 1, field billable: the header has no column "billable" (found: code, bill, short_description, long_description)',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('names the row and field of a bad value, after earlier rows streamed, and writes nothing', async () => {
    const good = Array.from(
      { length: 5000 },
      (_, i) => `A${String(i).padStart(4, '0')},true,Made-up ${i},Made-up code ${i},${i},2031`,
    );
    icdFile('icd10cm-2031.csv', [...good, 'E119,yes,Type 2,Type 2 diabetes,5001,2031']);
    const before = await snapshot();
    const [result] = await loadOnly('icd10cm-2031.csv');
    expect(result?.error?.message).toBe(
      'icd10cm-2031.csv, row 5002, field billable: expected true or false, got "yes"',
    );
    expect((result?.error as CodeSetFileError).details).toEqual([
      { path: 'icd10cm-2031.csv:5002:billable', message: 'expected true or false, got "yes"' },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('rejects a malformed code, a duplicate, a year mismatch, a corrupt gzip and broken quoting', async () => {
    icdFile('icd10cm-2033.csv', ['E1-9,true,a,b,1,2033']);
    icdFile('icd10cm-2034.csv', ['E119,true,a,b,1,2034', 'E11,false,a,b,2,2034', 'E119,true,a,b,3,2034']);
    icdFile('icd10cm-2035.csv', ['E119,true,a,b,1,2036']);
    writeFileSync(path.join(dir, 'icd10cm-2036.csv.gz'), 'not gzip at all');
    icdFile('icd10cm-2037.csv', ['E119,true,a,b,1,2037', 'E11,false,"unclosed,b,2,2037']);
    const results = await loadCodeSets(t.db, dir, () => undefined, {
      filter: (name) => /^icd10cm-203[3-7]/.test(name),
    });
    expect(results.map((r) => r.error?.message)).toEqual([
      'icd10cm-2033.csv, row 2, field code: ICD-10-CM codes are 3 to 7 characters: a letter, then letters or digits (e.g. E119); "E1-9" has "-" at position 3',
      'icd10cm-2034.csv, row 4, field code: E119 is listed twice (rows 2 and 4)',
      'icd10cm-2035.csv, row 2, field fiscal_year: says 2036 but the file name says 2035',
      expect.stringMatching(/^icd10cm-2036\.csv\.gz: is not a valid gzip file/),
      expect.stringMatching(/^icd10cm-2037\.csv, row \d+: is not valid CSV: /),
    ]);
    expect(await t.db.query('SELECT count(*)::int AS n FROM code_sets WHERE fiscal_year >= 2030')).toEqual([{ n: 0 }]);
  });

  it('keeps the loaded version when a changed file for it is broken', async () => {
    const original = readFileSync(path.join(t.config.DATA_DIR, 'msdrg-v35.csv'), 'utf8');
    writeFileSync(
      path.join(dir, 'msdrg-v35.csv'),
      original.replace(/^470,08,SURG,(.*?),2\.0543,/m, '470,08,SURG,$1,2.05431,'),
    );
    const [result] = await loadOnly('msdrg-v35.csv');
    expect(result?.error?.message).toMatch(
      /^msdrg-v35\.csv, row 375, field relative_weight: expected a decimal number/,
    );
    expect(
      await t.db.query(
        `SELECT relative_weight::text AS w, (SELECT count(*)::int FROM ms_drgs WHERE fiscal_year = 2018) AS n FROM ms_drgs WHERE fiscal_year = 2018 AND drg = '470'`,
      ),
    ).toEqual([{ w: '2.0543', n: 754 }]);
  });
});

describe('a changed file', () => {
  it('replaces that version atomically', async () => {
    const file = 'icd10cm-2032.csv.gz';
    writeFileSync(
      path.join(dir, file),
      gzipSync(`${ICD_HEADER}\nA000,true,One,One,1,2032\nA001,true,Two,Two,2,2032\n`),
    );
    expect((await loadOnly(file))[0]).toMatchObject({ status: 'loaded', rows: 2 });
    writeFileSync(
      path.join(dir, file),
      gzipSync(
        `${ICD_HEADER}\nA00,false,Head,Head,1,2032\nA001,true,Two again,Two again,2,2032\nA002,true,Three,Three,3,2032\n`,
      ),
    );
    expect((await loadOnly(file))[0]).toMatchObject({ status: 'replaced', rows: 3 });
    expect((await loadOnly(file))[0]).toMatchObject({ status: 'skipped', rows: 3 });
    const codes = await t.db.query(
      `SELECT c.code, c.long_description AS d, s.row_count AS n FROM codes c JOIN code_sets s ON s.id = c.code_set_id WHERE s.version = 'FY2032' ORDER BY c.code`,
    );
    expect(codes).toEqual([
      { code: 'A00', d: 'Head', n: 3 },
      { code: 'A001', d: 'Two again', n: 3 },
      { code: 'A002', d: 'Three', n: 3 },
    ]);
  });

  it('picks up a new year by its file name alone', async () => {
    copyFileSync(path.join(t.config.DATA_DIR, 'msdrg-v43.csv'), path.join(dir, 'msdrg-v43.csv'));
    const [result] = await loadOnly('msdrg-v43.csv');
    expect(result).toMatchObject({ systems: ['MSDRG'], version: 'v43', status: 'skipped' });
  });
});
