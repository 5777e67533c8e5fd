// test database: with code sets
import { performance } from 'node:perf_hooks';
import { ApiClient, signedIn, startTestApp, type TestApp } from '../support/test-app';
import { loadSpecCodeSets } from './code-set-fixtures';

let t: TestApp;
let auditor: ApiClient;

beforeAll(async () => {
  t = await startTestApp();
  await loadSpecCodeSets(t.db, t.config.DATA_DIR, /^(icd10cm-2026|icd10pcs-2026|hcpcs-\d{4}q\d)\.csv(\.gz)?$/);
  auditor = await signedIn(t, 'auditor@recode.test');
}, 240_000);
afterAll(() => t.close());

interface Hit {
  code: string;
  billable: boolean;
  longDescription: string;
  via?: string;
}

async function page(
  q: string,
  extra = 'fiscalYear=2026',
  system = 'ICD10CM',
): Promise<{ total: number; offset: number; items: Hit[] }> {
  const res = await auditor.get(`/api/codes/search?system=${system}&${extra}&q=${encodeURIComponent(q)}`);
  expect(res.status).toBe(200);
  return res.body;
}

async function search(q: string, extra = 'fiscalYear=2026'): Promise<Hit[]> {
  return (await page(q, extra)).items;
}

const top = async (q: string, n = 5, system = 'ICD10CM'): Promise<string[]> =>
  (await page(q, 'fiscalYear=2026', system)).items.slice(0, n).map((h) => h.code);

describe('code search for the auditor', () => {
  it('ranks the exact code first, then billable codes under the prefix, shortest first', async () => {
    const hits = await search('E11');
    expect(hits).toHaveLength(20);
    expect(hits[0]).toMatchObject({ code: 'E11', billable: false });
    expect(hits.slice(1, 4).map((h) => h.code)).toEqual(['E118', 'E119', 'E11A']);
    expect(hits.every((h) => h.code.startsWith('E11'))).toBe(true);
    expect(hits.slice(1).every((h) => h.billable)).toBe(true);
  });

  it('finds every word at word starts, billable first', async () => {
    const hits = await search('diabetes kidney');
    const codes = hits.map((h) => h.code);
    expect(codes).toEqual(expect.arrayContaining(['E1022', 'E1122', 'E1129']));
    for (const hit of hits.slice(0, 10))
      expect(hit.longDescription.toLowerCase()).toMatch(/\bdiabet.*\bkidney|\bkidney.*\bdiabet/);
    const firstHeader = hits.findIndex((h) => !h.billable);
    if (firstHeader >= 0) expect(hits.slice(firstHeader).every((h) => !h.billable)).toBe(true);
    expect(await top('diabetes type 2 kidney', 2)).toEqual(expect.arrayContaining(['E1122', 'E1129']));
  });

  it('falls back to words inside other words, after whole words', async () => {
    const hits = await search('oxem');
    expect(hits[0]?.code).toBe('R0902');
    // The header R09.0 (Asphyxia and hypoxemia) comes after the billable codes the word is inside of ("toxemia").
    expect((await page('oxem', 'fiscalYear=2026&limit=50')).items.map((h) => h.code)).toContain('R090');
  });

  it('finds what a coder types: index terms and abbreviations, the code an encoder would pick first', async () => {
    expect(await top('sepsis', 1)).toEqual(['A419']);
    expect(await top('type 2 diabetes', 1)).toEqual(['E119']);
    expect(await top('uti', 1)).toEqual(['N390']);
    expect(await top('chf', 1)).toEqual(['I509']);
    expect(await top('copd exacerbation', 1)).toEqual(['J441']);
    expect(await top('afib', 1)).toEqual(['I4891']);
    expect(await top('dm2', 1)).toEqual(['E119']);
    // "uti" is not the start of "utility": no utility-gas poisoning among the first hits.
    const uti = await search('uti');
    expect(uti.slice(0, 10).filter((h) => /utility|gas/i.test(h.longDescription))).toEqual([]);
    // The index entry that led to the code is shown when the title alone does not explain the match.
    expect((await search('sepsis'))[0]?.via).toBe('Sepsis');
  });

  it('finds a procedure through the ICD-10-PCS index: Appendectomy → see Resection, Appendix (0DTJ)', async () => {
    const res = await page('appendectomy', 'fiscalYear=2026', 'ICD10PCS');
    const codes = res.items.map((h) => h.code);
    expect(codes.length).toBeGreaterThan(4);
    expect(codes.every((code) => code.startsWith('0DTJ') || code.startsWith('0DBJ'))).toBe(true);
    expect(res.items.find((h) => h.code === '0DTJ4ZZ')?.via).toBe('Appendectomy → see Resection, Appendix');
    // "laparoscopic" is "percutaneous endoscopic" in PCS titles.
    expect(await top('laparoscopic appendectomy', 2, 'ICD10PCS')).toEqual(expect.arrayContaining(['0DTJ4ZZ']));
  });

  it('counts every match and pages beyond the first 20', async () => {
    const first = await page('fracture femur');
    expect(first.total).toBeGreaterThan(100);
    expect(first.items).toHaveLength(20);
    const second = await page('fracture femur', 'fiscalYear=2026&offset=20');
    expect(second).toMatchObject({ total: first.total, offset: 20 });
    expect(second.items).toHaveLength(20);
    const firstCodes = new Set(first.items.map((h) => h.code));
    expect(second.items.some((h) => firstCodes.has(h.code))).toBe(false);
    const both = await page('fracture femur', 'fiscalYear=2026&limit=40');
    expect(both.items.map((h) => h.code)).toEqual([...first.items, ...second.items].map((h) => h.code));
  });

  it('offers a typed CPT code on its format when no CPT file is loaded, never a 404', async () => {
    const res = await auditor.get('/api/codes/search?system=CPT&date=2018-06-12&q=99214');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      total: 1,
      codeSet: null,
      items: [{ code: '99214', descriptionLicensed: false, shortDescription: '' }],
    });
    expect(res.body.note).toMatch(/licensed CPT file/);
    const partial = await auditor.get('/api/codes/search?system=CPT&date=2018-06-12&q=9921');
    expect(partial.body).toMatchObject({ total: 0, items: [] });
  });

  it('accepts a dotted code and a date instead of a fiscal year', async () => {
    expect((await search('e11.9', 'date=2025-12-01'))[0]).toMatchObject({ code: 'E119', billable: true });
  });

  // Speed is a benchmark's business, not a test's: the timings are printed for the record only.
  it('answers broad and narrow searches over a 98k-code year with at most 20 hits (timings printed)', async () => {
    const timings: string[] = [];
    for (const q of ['E11', 'S', 'diabetes kidney', 'heart fail', 'oxem', 'fracture femur right']) {
      await search(q); // warm the plan and the buffers once
      const started = performance.now();
      const hits = await search(q);
      timings.push(`${q}: ${(performance.now() - started).toFixed(1)} ms`);
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.length).toBeLessThanOrEqual(20);
    }
    console.log(`search over HTTP: ${timings.join('; ')}`);
  });
});

describe('who may look up and search', () => {
  it('lets a coder look a code up but not search', async () => {
    const coder = await signedIn(t, 'coder@recode.test');
    expect((await coder.get('/api/codes/lookup?system=ICD10CM&code=E119&date=2025-12-01')).status).toBe(200);
    expect((await coder.get('/api/codes/search?system=ICD10CM&fiscalYear=2026&q=E11')).status).toBe(403);
    expect((await coder.get('/api/code-sets')).status).toBe(403);
  });

  it('asks for a session first', async () => {
    const anonymous = new ApiClient(t.url);
    expect((await anonymous.get('/api/codes/search?system=ICD10CM&fiscalYear=2026&q=E11')).status).toBe(401);
    expect((await anonymous.get('/api/codes/lookup?system=ICD10CM&code=E119&date=2025-12-01')).status).toBe(401);
  });

  it('lists the loaded sets with their row counts', async () => {
    const res = await auditor.get('/api/code-sets');
    expect(res.status).toBe(200);
    expect(res.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          system: 'ICD10CM',
          version: 'FY2026',
          fiscalYear: 2026,
          rowCount: 98186,
          billableCount: 74719,
          effectiveFrom: '2025-10-01',
          effectiveTo: '2026-09-30',
        }),
      ]),
    );
  });
});

describe('bad input', () => {
  it.each([
    ['/api/codes/search?fiscalYear=2026&q=E11', 'query.system'],
    ['/api/codes/search?system=ICD10XX&fiscalYear=2026&q=E11', 'query.system'],
    ['/api/codes/search?system=ICD10CM&q=E11', 'query.date'],
    ['/api/codes/search?system=ICD10CM&fiscalYear=2026&q=', 'query.q'],
    ['/api/codes/search?system=ICD10CM&fiscalYear=2026&q=E11&limit=500', 'query.limit'],
    ['/api/codes/lookup?system=ICD10CM&code=E119&date=2025-02-30', 'query.date'],
    ['/api/codes/lookup?system=ICD10CM&date=2025-02-01', 'query.code'],
  ])('%s → 400 naming %s', async (url, path) => {
    const res = await auditor.get(url);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('says which year is missing', async () => {
    const res = await auditor.get('/api/codes/search?system=ICD10CM&fiscalYear=2024&q=E11');
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ code: 'CODE_SET_NOT_LOADED', details: [{ path: 'query.fiscalYear' }] });
    expect(res.body.error.message).toContain('FY2024');
  });
});
