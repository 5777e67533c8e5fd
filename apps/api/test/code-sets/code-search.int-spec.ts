// test database: with code sets
import { performance } from 'node:perf_hooks';
import { ApiClient, signedIn, startTestApp, type TestApp } from '../support/test-app';
import { loadSpecCodeSets } from './code-set-fixtures';

let t: TestApp;
let auditor: ApiClient;

beforeAll(async () => {
  t = await startTestApp();
  await loadSpecCodeSets(t.db, t.config.DATA_DIR, /^(icd10cm-2026|hcpcs-\d{4}q\d)\.csv(\.gz)?$/);
  auditor = await signedIn(t, 'auditor@recode.test');
}, 240_000);
afterAll(() => t.close());

interface Hit {
  code: string;
  billable: boolean;
  longDescription: string;
}

async function search(q: string, extra = 'fiscalYear=2026'): Promise<Hit[]> {
  const res = await auditor.get(`/api/codes/search?system=ICD10CM&${extra}&q=${encodeURIComponent(q)}`);
  expect(res.status).toBe(200);
  return res.body.items;
}

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
    for (const hit of hits) expect(hit.longDescription.toLowerCase()).toMatch(/\bdiabetes.*\bkidney|\bkidney.*\bdiabetes/);
    const firstHeader = hits.findIndex((h) => !h.billable);
    if (firstHeader >= 0) expect(hits.slice(firstHeader).every((h) => !h.billable)).toBe(true);
    expect((await search('diabetes type 2 kidney')).slice(0, 2).map((h) => h.code)).toEqual(['E1122', 'E1129']);
  });

  it('falls back to words inside other words', async () => {
    expect((await search('oxem')).map((h) => h.code)).toEqual(['R0902', 'R090']);
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
    expect(res.body).toEqual(expect.arrayContaining([expect.objectContaining({ system: 'ICD10CM', version: 'FY2026', fiscalYear: 2026, rowCount: 98186, billableCount: 74719, effectiveFrom: '2025-10-01', effectiveTo: '2026-09-30' })]));
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
