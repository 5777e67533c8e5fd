// test database: with code sets
import { variableAppraisal } from '@recode/domain';
import { randomBytes } from 'node:crypto';
import { money } from '../../src/audits/appraisal/appraisal-pdf';
import { pdfText } from '../support/pdf-text';
import { coderIds, createEncounter, userId, type FactoryCode } from '../support/audit-factories';
import { ApiClient, signedIn, type TestApp } from '../support/test-app';
import { put, startAuditApp, waitSampled } from './audit-test-kit';

/**
 * Five inpatient FY2026 records like R1 of review-and-scores (I5023 E119 N179, DRG 291, base rate 6500); a simple
 * random sample of 3. Two are recoded to DRG 292: payment (0.849 − 1.2838) × 6500 = −2826.20 each, an
 * overpayment of 2826.20; one is confirmed unchanged (0). Universe 5, values 2826.20, 2826.20, 0:
 * point estimate 5 × 5652.40 / 3 = 9420.67.
 */
let t: TestApp;
let supervisor: ApiClient;
let auditor: ApiClient;
let auditId: string;
const facility = `FAC-A-${randomBytes(3).toString('hex')}`;
const dx = (code: string, principal = false): FactoryCode => ({ system: 'ICD10CM', code, principal, poa: 'Y' });
const line = (code: string, sequence: number, principal = false) => ({
  system: 'ICD10CM',
  code,
  sequence,
  principal,
  poa: 'Y',
});
const classify = (key: string, rootCause: string, direction: string) => ({
  key,
  rootCause,
  impact: 'financial',
  direction,
  rationale: `${key}: see the discharge summary`,
});

beforeAll(async () => {
  t = await startAuditApp({ codeSets: true });
  const admin = await signedIn(t, 'admin@recode.test');
  expect((await admin.patch('/api/settings/audit', { facilityBaseRates: { [facility]: 6500 } })).status).toBe(200);
  supervisor = await signedIn(t, 'supervisor@recode.test');
  auditor = await signedIn(t, 'auditor@recode.test');
  const [c001] = await coderIds(t.db, ['C001']);
  for (let i = 1; i <= 5; i++) {
    await createEncounter(t.db, {
      setting: 'inpatient',
      encounterDate: '2026-01-15',
      facility,
      coderId: c001 as string,
      externalId: `${facility}-${i}`,
      drg: '291',
      codes: [dx('I5023', true), dx('E119'), dx('N179')],
    });
  }
  const plan = await supervisor.post('/api/audit-plans', {
    name: 'Appraisal spec',
    scope: { facilities: [facility] },
    method: { type: 'simpleRandom', sampleSize: 3 },
    seed: 11,
    exclusionWindowDays: 0,
    auditorIds: [await userId(t.db, 'auditor@recode.test')],
  });
  auditId = (await supervisor.post(`/api/audit-plans/${plan.body.id}/run`, {})).body.id;
  expect((await waitSampled(supervisor, auditId)).body.status).toBe('in_review');
}, 240_000);
afterAll(() => t.close());

describe('GET /audits/:id/appraisal', () => {
  it('is refused before the audit is released', async () => {
    const res = await supervisor.get(`/api/audits/${auditId}/appraisal`);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('AUDIT_NOT_RELEASED');
  });

  it('extrapolates the released audit’s overpayments to its frame, the one-sided 90% lower limit named as the demand', async () => {
    const items = (await auditor.get('/api/worklist')).body
      .filter((i: any) => i.auditId === auditId)
      .sort((a: any, b: any) => a.encounter.externalId.localeCompare(b.encounter.externalId));
    expect(items).toHaveLength(3);
    for (const [index, item] of items.entries()) {
      const path = `/api/audits/${auditId}/items/${item.id}/review`;
      const body =
        index < 2
          ? {
              version: 1,
              codes: [line('I5023', 1, true), line('E1122', 2)],
              drg: '292',
              drgOverrideReason: 'chart review',
              complete: true,
              classifications: [
                classify('revised|ICD10CM|E119|E1122', 'coder', 'under'),
                classify('deleted|ICD10CM|N179|', 'coder', 'over'),
                classify('drg_changed|MSDRG|291|292', 'coder', 'over'),
              ],
            }
          : {
              version: 1,
              codes: [line('I5023', 1, true), line('E119', 2), line('N179', 3)],
              drg: '291',
              drgOverrideReason: 'chart review',
              complete: true,
            };
      const res = await put(auditor, path, body);
      expect(res.status).toBe(200);
    }
    expect((await supervisor.post(`/api/audits/${auditId}/transitions`, { to: 'released' })).status).toBe(200);

    const res = await supervisor.get(`/api/audits/${auditId}/appraisal`);
    expect(res.status).toBe(200);
    const expected = variableAppraisal({ N: 5, values: [2826.2, 2826.2, 0] });
    expect(res.body).toMatchObject({
      auditId,
      design: 'unrestricted',
      universeSize: 5,
      sampleSize: 3,
      sampleOverpayment: 5652.4,
      strata: [],
    });
    expect(res.body.pointEstimate).toBeCloseTo(9420.67, 2);
    expect(res.body.extrapolatedOverpayment).toBeCloseTo(expected.one_sided_90_lower_limit, 6);
    expect(res.body.extrapolatedOverpayment).toBeLessThan(res.body.pointEstimate);
    expect(res.body.limits['90']).toMatchObject({
      tValue: expect.closeTo(2.919986, 6),
      lower: expect.closeTo(expected.limits[90].lower, 6),
    });
  });

  it('exports the same figures as CSV', async () => {
    const res = await supervisor.get(`/api/audits/${auditId}/appraisal?format=csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = String(res.body).trim().split(/\r\n/);
    expect(lines[0]).toBe('figure,value,lower,upper,precision,precision_percent');
    expect(lines).toContain('universe_size,5');
    expect(lines.find((l) => l.startsWith('extrapolated_overpayment_one_sided_90_lower_limit,'))).toBeDefined();
  });

  it('prints the same figures as a PDF: extrapolated overpayment, point estimate, limits and precision', async () => {
    const json = (await supervisor.get(`/api/audits/${auditId}/appraisal`)).body;
    const res = await fetch(`${t.url}/api/audits/${auditId}/appraisal?format=pdf`, {
      headers: { cookie: supervisor.cookie },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(`inline; filename="audit-${auditId}-appraisal.pdf"`);
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(body);
    expect(text).toContain('Overpayment appraisal: Appraisal spec');
    expect(text).toContain(
      `Extrapolated overpayment (one-sided 90% lower limit): ${money(json.extrapolatedOverpayment)}`,
    );
    expect(text).toContain('Universe size: 5');
    expect(text).toContain('Point estimate: $9,420.67');
    const l90 = json.limits['90'];
    expect(text).toContain(
      `90% (t = 2.919986): lower ${money(l90.lower)}, upper ${money(l90.upper)}, precision ${money(l90.precision)}`,
    );
    const otherSupervisorPdf = await fetch(`${t.url}/api/audits/${auditId}/appraisal?format=pdf`, {
      headers: { cookie: (await signedIn(t, 'supervisor2@recode.test')).cookie },
    });
    expect(otherSupervisorPdf.status).toBe(404);
  });

  it('is open to the audit’s auditor and admins, hidden from other teams’ supervisors and other auditors, forbidden to coders', async () => {
    expect((await auditor.get(`/api/audits/${auditId}/appraisal`)).status).toBe(200);
    expect((await (await signedIn(t, 'admin@recode.test')).get(`/api/audits/${auditId}/appraisal`)).status).toBe(200);
    expect((await (await signedIn(t, 'supervisor2@recode.test')).get(`/api/audits/${auditId}/appraisal`)).status).toBe(
      404,
    );
    expect((await (await signedIn(t, 'auditor2@recode.test')).get(`/api/audits/${auditId}/appraisal`)).status).toBe(
      404,
    );
    expect((await (await signedIn(t, 'coder@recode.test')).get(`/api/audits/${auditId}/appraisal`)).status).toBe(403);
  });

  it('names a bad query parameter', async () => {
    const res = await supervisor.get(`/api/audits/${auditId}/appraisal?format=xls`);
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toMatch(/format/);
  });
});

describe('POST /ratstats/:calculation', () => {
  it('draws RAT-STATS random numbers: the published Test01 (seed 10661935.55, 100 + 1 from 0..101) sums to 5,122', async () => {
    const res = await supervisor.post('/api/ratstats/random', {
      seed: 10661935.55,
      n: 100,
      low: 0,
      high: 101,
      spares: 1,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ sum: 5122, frame_size: 102 });
    expect(res.body.sample.slice(0, 2)).toEqual([
      [60, 0],
      [47, 1],
    ]);
  });

  it('appraises attributes, variables and strata and plans a sample size', async () => {
    expect(
      (await supervisor.post('/api/ratstats/attribute', { N: 150, n: 100, k: 97 })).body.limits['90'].two_sided,
    ).toEqual({ lower: 142, upper: 147 });
    expect((await supervisor.post('/api/ratstats/variable', { N: 10, values: [10, 20, 30] })).body.point_estimate).toBe(
      200,
    );
    const strata = await supervisor.post('/api/ratstats/stratified', {
      strata: [
        { N: 100, values: [10, 20, 30] },
        { N: 50, values: [5, 5] },
      ],
    });
    expect(strata.body.overall.point_estimate).toBe(2250);
    const size = await supervisor.post('/api/ratstats/sample-size', {
      N: 5000,
      probe: [120, 80, 0, 260, 45],
      confidence: 90,
      precision_percent: 10,
    });
    expect(size.status).toBe(200);
    expect(size.body.expected_precision_percent).toBeLessThanOrEqual(10);
  });

  it('names the field of bad input: schema errors and RAT-STATS rules alike', async () => {
    const tooMany = await supervisor.post('/api/ratstats/random', { seed: 1.5, n: 5, low: 1, high: 10, spares: 6 });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error).toMatchObject({ code: 'RATSTATS_INPUT_INVALID', details: [{ path: 'body.spares' }] });
    const notNumber = await supervisor.post('/api/ratstats/variable', { N: 10, values: [1, 'two'] });
    expect(notNumber.status).toBe(400);
    expect(notNumber.body.error.details[0].path).toBe('body.values.1');
    const emptyStratum = await supervisor.post('/api/ratstats/stratified', { strata: [{ N: 10, values: [] }] });
    expect(emptyStratum.body.error).toMatchObject({
      code: 'RATSTATS_INPUT_INVALID',
      details: [{ path: 'body.strata[0].values' }],
    });
    const cases: [string, object, string][] = [
      ['random', { seed: 0, n: 5, low: 1, high: 10, spares: 0 }, 'body.seed'],
      ['random', { seed: 1e13, n: 5, low: 1, high: 10, spares: 0 }, 'body.seed'],
      ['random', { seed: 1.5, n: 11, low: 1, high: 10, spares: 0 }, 'body.n'],
      ['attribute', { N: 10, n: 11, k: 1 }, 'body.n'],
      ['variable', { N: 0, values: [1, 2] }, 'body.N'],
      ['variable', { N: -5, values: [1, 2] }, 'body.N'],
      ['sample-size', { N: 5000, probe: [1, 2], confidence: 90, precision_percent: 0 }, 'body.precision_percent'],
    ];
    for (const [calculation, body, path] of cases) {
      const res = await supervisor.post(`/api/ratstats/${calculation}`, body);
      expect({ calculation, status: res.status, path: res.body.error?.details?.[0]?.path }).toEqual({
        calculation,
        status: 400,
        path,
      });
    }
  });

  it('is for supervisors and admins only', async () => {
    const body = { N: 5, n: 2, k: 2 };
    expect((await (await signedIn(t, 'admin@recode.test')).post('/api/ratstats/attribute', body)).status).toBe(200);
    expect((await auditor.post('/api/ratstats/attribute', body)).status).toBe(403);
    expect((await (await signedIn(t, 'coder@recode.test')).post('/api/ratstats/attribute', body)).status).toBe(403);
  });
});
