// test database: with code sets
import { readdirSync } from 'node:fs';
import { CodeSetLookup } from '../../src/code-sets/code-set-lookup';
import type { CodeSetLoadResult } from '../../src/code-sets/code-set-loader';
import { signedIn, startTestApp, type ApiClient, type TestApp } from '../support/test-app';
import { loadSpecCodeSets } from './code-set-fixtures';

let t: TestApp;
let lookup: CodeSetLookup;
let auditor: ApiClient;
let loadMs: number;

let loadResults: CodeSetLoadResult[];

beforeAll(async () => {
  // The run's code-set template already holds the big files, loaded by the same loader in global-setup.ts (which
  // prints how long that took); here the loader meets them again and must skip each by checksum, and loads the rest.
  t = await startTestApp();
  ({ ms: loadMs, results: loadResults } = await loadSpecCodeSets(t.db, t.config.DATA_DIR));
  console.log(`code sets for the specs topped up in ${loadMs} ms`);
  lookup = t.app.get(CodeSetLookup);
  lookup.invalidate();
  auditor = await signedIn(t, 'auditor@recode.test');
}, 240_000);
afterAll(() => t.close());

const icdLookup = async (code: string, date: string): Promise<Record<string, unknown>> =>
  (await auditor.get(`/api/codes/lookup?system=ICD10CM&code=${encodeURIComponent(code)}&date=${date}`)).body;

describe('loading', () => {
  it('skips files already loaded (same checksum) and loads the ones missing', () => {
    const status = Object.fromEntries(loadResults.map((r) => [r.fileName, r.status]));
    expect(status['icd10cm-2026.csv.gz']).toBe('skipped');
    expect(status['icd10pcs-2026.csv.gz']).toBe('skipped');
    expect(status['msdrg-v36.csv']).toBe('loaded'); // not in the template
    expect(loadResults.every((r) => r.status === 'skipped' || r.status === 'loaded')).toBe(true);
  });
});

describe('ICD-10-CM by fiscal year', () => {
  it.each([
    ['2018-05-01', 'FY2018'],
    ['2019-05-01', 'FY2019'],
    ['2025-05-01', 'FY2025'],
    ['2026-05-01', 'FY2026'],
  ])('E119 is billable on %s (%s) and E11 is a header', async (date, version) => {
    expect(await icdLookup('E11.9', date)).toMatchObject({
      status: 'found',
      code: 'E119',
      billable: true,
      codeSetVersion: version,
      longDescription: 'Type 2 diabetes mellitus without complications',
    });
    expect(await icdLookup('E11', date)).toMatchObject({ status: 'found', billable: false, codeSetVersion: version });
  });

  it('knows E784 was billable in FY2018 and a header from FY2019', async () => {
    expect(await icdLookup('E784', '2018-09-30')).toMatchObject({ status: 'found', billable: true, fiscalYear: 2018 });
    expect(await icdLookup('E784', '2018-10-01')).toMatchObject({ status: 'found', billable: false, fiscalYear: 2019 });
  });

  it('says E7849 is not in FY2018, and M4806 is only a header there', async () => {
    expect(await icdLookup('E7849', '2018-03-29')).toEqual(
      expect.objectContaining({
        status: 'not_found',
        code: 'E7849',
        fiscalYear: 2018,
        message: 'E7849 is not in ICD-10-CM FY2018',
      }),
    );
    expect(await icdLookup('M4806', '2018-07-02')).toMatchObject({
      status: 'found',
      billable: false,
      fiscalYear: 2018,
    });
  });

  it('refuses to guess a year that is not loaded', async () => {
    expect(await icdLookup('E119', '2024-03-15')).toMatchObject({
      status: 'no_code_set',
      fiscalYear: 2024,
      message: expect.stringContaining('no code set loaded for FY2024'),
    });
  });
});

describe('MS-DRG, POA-exempt and HCPCS', () => {
  it('prices DRG 470 by grouper version and knows 247 was deleted', async () => {
    expect(await lookup.drg(2018, '470')).toMatchObject({
      version: 'v35',
      relativeWeight: 2.0543,
      mdc: '08',
      type: 'SURG',
    });
    expect(await lookup.drg(2026, '470')).toMatchObject({ version: 'v43', relativeWeight: 1.9289 });
    expect(await lookup.drg(2018, '247')).not.toBeNull();
    expect(await lookup.drg(2019, '247')).not.toBeNull();
    expect(await lookup.drg(2026, '247')).toBeNull();
    expect(await lookup.drg(2026, '999')).toMatchObject({ relativeWeight: null, title: 'UNGROUPABLE' });
  });

  it('has B900 on the FY2026 POA-exempt list and E119 off it', async () => {
    expect(await lookup.isPoaExempt(2026, 'B900')).toBe(true);
    expect(await lookup.isPoaExempt(2026, 'E119')).toBe(false);
  });

  it('finds J1100 in its quarter, and flags the nearest-quarter fallback outside it', async () => {
    const inQuarter = await auditor.get('/api/codes/lookup?system=HCPCS&code=J1100&date=2025-11-15');
    expect(inQuarter.body).toMatchObject({
      status: 'found',
      codeSetVersion: '2025Q4',
      shortDescription: 'Dexamethasone sodium phos',
      warnings: [],
    });
    const later = await auditor.get('/api/codes/lookup?system=HCPCS&code=J1100&date=2026-02-01');
    expect(later.body).toMatchObject({ status: 'found', codeSetVersion: '2025Q4' });
    expect(later.body.warnings[0]).toContain('no HCPCS Level II file is loaded for 2026Q1');
    expect((await auditor.get('/api/codes/lookup?system=HCPCS_MODIFIER&code=LT&date=2025-11-15')).body).toMatchObject({
      status: 'found',
    });
  });

  it('checks CPT by format only while no customer file covers the date', async () => {
    expect((await auditor.get('/api/codes/lookup?system=CPT&code=1036F&date=2018-01-01')).body).toMatchObject({
      status: 'format_only',
      category: 'II',
    });
    expect((await auditor.get('/api/codes/lookup?system=CPT&code=J1100&date=2018-01-01')).body).toMatchObject({
      status: 'invalid_format',
    });
  });
});

/** The ICD-10-CM years DATA_DIR holds (FY2018, 2019, 2025, 2026 and, since it arrived, 2027): each file is one loaded year. */
const icdYearsInDataDir = (): number[] =>
  readdirSync(t.config.DATA_DIR)
    .flatMap((name) => /^icd10cm-(\d{4})\.csv\.gz$/.exec(name)?.[1] ?? [])
    .map(Number)
    .sort((a, b) => a - b);

describe('in-memory indexes for the import validator', () => {
  it('answers billable/header/unknown per year and stays small', async () => {
    const years = await lookup.yearsAvailable('ICD10CM');
    expect(years).toEqual(icdYearsInDataDir());
    expect(years.slice(0, 4)).toEqual([2018, 2019, 2025, 2026]);
    const indexes = await Promise.all(years.map((fy) => lookup.loadYearIndex('ICD10CM', fy)));
    expect(indexes.map((index) => index?.status('E119'))).toEqual(years.map(() => 'billable'));
    expect(indexes[0]?.status('E7849')).toBe('unknown');
    expect(indexes[1]?.status('E784')).toBe('header');
    const bytes = indexes.reduce((sum, index) => sum + (index?.byteLength ?? 0), 0);
    expect(bytes).toBeLessThan(1_250_000 * years.length); // about 0.9 MB per CM year; all CM + PCS years ~8 MB
    expect(await lookup.loadYearIndex('ICD10CM', 2024)).toBeNull();
  });

  it('gives the validator its synchronous view of a prepared year', async () => {
    const index = lookup.validationIndex();
    await index.prepareYear(2018);
    expect(index.icdYears()).toEqual(icdYearsInDataDir());
    expect(index.status('ICD10CM', 2018, 'M4806')).toBe('header');
    expect(index.billableChildren('ICD10CM', 2018, 'M4806', 3)).toEqual(['M48061', 'M48062']);
    // E7849 arrived in FY2019 and is billable in every year since.
    expect(await index.billableYears('ICD10CM', 'E7849')).toEqual(icdYearsInDataDir().filter((fy) => fy >= 2019));
    expect(index.drgExists(2018, '247')).toBe(true);
    expect(index.hcpcsStatus('J1100')).toBe('billable');
    expect(index.isLevelTwoModifier('LT')).toBe(true);
    expect(index.isPoaExempt(2018, 'B900')).toBe(true);
    expect(() => index.status('ICD10CM', 2026, 'E119')).toThrow('before prepareYear');
  });
});
