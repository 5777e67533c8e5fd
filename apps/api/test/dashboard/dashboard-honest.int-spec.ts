// test database: with code sets
import { randomBytes } from 'node:crypto';
import { put, startAuditApp, waitFor, waitSampled } from '../audits/audit-test-kit';
import { coderIds, createEncounter, userId, type FactoryCode } from '../support/audit-factories';
import { ApiClient, signedIn, type TestApp } from '../support/test-app';

/**
 * Honest aggregates, March 2023 (no other spec uses it), every record inpatient:
 *  C001: six encounters in facility A, one (T1, DRG 291) in facility B → population 7.
 *  C002: two in facility A, one (T2, DRG 291) in facility B → population 3.
 * A random probe (2 per coder, facility A): C001's two are right; C002's R7 has a coder error, R8 is right.
 * A targeted audit (rule: DRG 291, facility B) finds a coder error in T1 and T2.
 * Team record accuracy, stratified by population: (7·2/2 + 3·1/2)/10 = 0.85. Pooling the sample would say
 * 3/4 = 0.75; letting the targeted records in would say 3/6 = 0.5 pooled, (7·2/3 + 3·1/3)/10 = 0.567 stratified.
 * The targeted records show beside the rate: 2 reviewed, 2 with an error, on every path.
 */
let t: TestApp;
let supervisor: ApiClient;
const tag = randomBytes(3).toString('hex');
const facilityA = `FAC-HA-${tag}`;
const facilityB = `FAC-HB-${tag}`;
const dx = (code: string, principal = false): FactoryCode => ({ system: 'ICD10CM', code, principal, poa: 'Y' });
const line = (code: string, sequence: number, principal = false) => ({
  system: 'ICD10CM',
  code,
  sequence,
  principal,
  poa: 'Y',
});
const MARCH = 'from=2023-03&to=2023-03';
const WITH_ERROR = new Set(['R7', 'T1', 'T2']);

async function runPlan(body: Record<string, unknown>): Promise<string> {
  const plan = await supervisor.post('/api/audit-plans', {
    seed: tag,
    exclusionWindowDays: 0,
    auditorIds: [await userId(t.db, 'auditor@recode.test')],
    ...body,
  });
  expect(plan.status).toBe(201);
  const auditId = (await supervisor.post(`/api/audit-plans/${plan.body.id}/run`, {})).body.id as string;
  expect((await waitSampled(supervisor, auditId)).body.status).toBe('in_review');
  return auditId;
}

beforeAll(async () => {
  t = await startAuditApp({ codeSets: true });
  supervisor = await signedIn(t, 'supervisor@recode.test');
  const auditor = await signedIn(t, 'auditor@recode.test');
  const [c001, c002] = (await coderIds(t.db, ['C001', 'C002'])) as [string, string];
  const make = (coderId: string, name: string, facility: string, drg: string | null = null) =>
    createEncounter(t.db, {
      setting: 'inpatient',
      encounterDate: '2023-03-14',
      fiscalYear: 2026,
      facility,
      coderId,
      drg,
      externalId: `${tag}-${name}`,
      codes: [dx('J189', true), dx('I10')],
    });
  for (const n of [1, 2, 3, 4, 5, 6]) await make(c001, `R${n}`, facilityA);
  await make(c002, 'R7', facilityA);
  await make(c002, 'R8', facilityA);
  await make(c001, 'T1', facilityB, '291');
  await make(c002, 'T2', facilityB, '291');
  const random = await runPlan({
    name: 'Honest probe',
    scope: { facilities: [facilityA] },
    method: { type: 'fixedPerCoder', perCoder: 2 },
  });
  const targeted = await runPlan({
    name: 'Honest targeted',
    scope: { facilities: [facilityB] },
    method: { type: 'simpleRandom', sampleSize: 2 },
    rules: { combine: 'any', rules: [{ type: 'drgIn', drgs: ['291'] }] },
  });
  const items = (await auditor.get('/api/worklist')).body.filter(
    (i: any) => i.auditId === random || i.auditId === targeted,
  );
  expect(items).toHaveLength(6);
  for (const item of items) {
    const name = String(item.encounter.externalId).split('-').pop()!;
    const error = WITH_ERROR.has(name);
    const res = await put(auditor, `/api/audits/${item.auditId}/items/${item.id}/review`, {
      version: item.version,
      complete: true,
      codes: error ? [line('J189', 1, true), line('I10', 2), line('E119', 3)] : [line('J189', 1, true), line('I10', 2)],
      classifications: error
        ? [
            {
              key: 'added|ICD10CM||E119',
              rootCause: 'coder',
              impact: 'data_quality',
              direction: 'under',
              rationale: 'Documented diabetes.',
            },
          ]
        : [],
    });
    expect(res.status).toBe(200);
  }
}, 240_000);
afterAll(() => t.close());

const dashboardWhen = (query: string) =>
  waitFor(
    `dashboard ${query}`,
    () => supervisor.get(`/api/dashboard?${query}`),
    (res) =>
      res.status === 200 && res.body.totals.recordsReviewed === 4 && res.body.totals.targeted.recordsReviewed === 2,
    60_000,
  ).then((res) => res.body);

describe('honest aggregates', () => {
  it('weights each coder by population and keeps the targeted audit out of the rate (rollups)', async () => {
    const body = await dashboardWhen(MARCH);
    expect(body.source).toBe('rollups');
    expect(body.totals).toMatchObject({
      recordsReviewed: 4,
      recordsWithError: 1,
      targeted: { recordsReviewed: 2, recordsWithError: 2 },
    });
    expect(body.totals.recordAccuracy).toMatchObject({
      method: 'stratified-korn-graubard',
      status: 'ok',
      n: 4,
      population: 10,
      preliminary: true,
    });
    expect(body.totals.recordAccuracy.estimate).toBeCloseTo(0.85, 12);
    const [one, two] = body.coders;
    expect(one).toMatchObject({
      externalId: 'C001',
      recordsReviewed: 2,
      recordsWithError: 0,
      targeted: { recordsReviewed: 1, recordsWithError: 1 },
    });
    // One stratum: the record path's exact hypergeometric limits, 2 of 2 right drawn from 7.
    expect(one.recordAccuracy).toMatchObject({ method: 'hypergeometric-exact', estimate: 1, upper: 1, population: 7 });
    expect(two).toMatchObject({
      externalId: 'C002',
      recordsReviewed: 2,
      recordsWithError: 1,
      targeted: { recordsReviewed: 1, recordsWithError: 1 },
    });
    expect(two.recordAccuracy).toMatchObject({ method: 'hypergeometric-exact', estimate: 0.5, population: 3 });
  });

  it('shows the targeted review findings beside the rate on the setting-filtered path, with the same figures', async () => {
    const fromRollups = await dashboardWhen(MARCH);
    const filtered = await dashboardWhen(`${MARCH}&setting=inpatient`);
    expect(filtered.source).toBe('records');
    expect(filtered.totals.targeted).toEqual({ recordsReviewed: 2, recordsWithError: 2 });
    for (const key of ['totals', 'coders', 'trend', 'pareto']) expect(filtered[key]).toEqual(fromRollups[key]);
    // The Pareto counts the random audit's one error, not the targeted audit's two.
    expect(filtered.pareto.map((b: any) => b.errors)).toEqual([1]);
  });

  it('takes the population under the facility filter: facility A alone is C001 2 of 6 and C002 2 of 2', async () => {
    const res = await supervisor.get(`/api/dashboard?${MARCH}&facility=${facilityA}`);
    expect(res.body.totals.targeted).toEqual({ recordsReviewed: 0, recordsWithError: 0 });
    expect(res.body.totals.recordAccuracy).toMatchObject({ population: 8 });
    // (6·1 + 2·0.5)/8 = 0.875
    expect(res.body.totals.recordAccuracy.estimate).toBeCloseTo(0.875, 12);
  });

  it('gives the drill-down the coder row’s figures: exact limits for one stratum, in-review and targeted audits marked', async () => {
    await dashboardWhen(MARCH);
    const [, c002] = (await coderIds(t.db, ['C001', 'C002'])) as [string, string];
    for (const query of [MARCH, `${MARCH}&setting=inpatient`]) {
      const drill = (await supervisor.get(`/api/dashboard/coders/${c002}?${query}`)).body;
      // 1 right of 2 drawn from C002's 3: M = 1 gives P(X ≥ 1) = 2/3 and M = 2 gives P(X ≤ 1) = 2/3, M = 3 leaves
      // P(X ≤ 1) = 0, so [1/3, 2/3] (not the 0–100% Korn–Graubard on one degree of freedom would give).
      expect(drill.totals.recordAccuracy).toMatchObject({
        method: 'hypergeometric-exact',
        estimate: 0.5,
        n: 2,
        population: 3,
        preliminary: true,
      });
      expect(drill.totals.recordAccuracy.lower).toBeCloseTo(1 / 3, 12);
      expect(drill.totals.recordAccuracy.upper).toBeCloseTo(2 / 3, 12);
      expect(drill.totals.targeted).toEqual({ recordsReviewed: 1, recordsWithError: 1 });
      const byName = Object.fromEntries(drill.audits.map((a: any) => [a.name, a]));
      expect(byName['Honest probe']).toMatchObject({
        recordsReviewed: 2,
        recordsWithError: 1,
        preliminary: true,
        targeted: false,
      });
      expect(byName['Honest targeted']).toMatchObject({
        recordsReviewed: 1,
        recordsWithError: 1,
        preliminary: true,
        targeted: true,
      });
    }
  });

  it('gives C001 their month on My feedback without the targeted record, marked preliminary while the audit is in review', async () => {
    await dashboardWhen(MARCH);
    const coder = await signedIn(t, 'coder@recode.test');
    const march = (await coder.get('/api/feedback/summary')).body.months.find((m: any) => m.month === '2023-03-01');
    // 2 of 2 right drawn from 7 (T1, the targeted record with an error, is not in it): exact hypergeometric limits.
    expect(march).toMatchObject({
      recordsReviewed: 2,
      population: 7,
      preliminary: true,
      recordAccuracy: { estimate: 1, upper: 1, method: 'hypergeometric-exact' },
    });
  });

  it('says "not enough data" for months with no records, on both paths, never NaN or an error', async () => {
    for (const query of ['from=2019-01&to=2019-02', 'from=2019-01&to=2019-02&setting=inpatient']) {
      const res = await supervisor.get(`/api/dashboard?${query}`);
      expect(res.status).toBe(200);
      expect(res.body.totals.recordAccuracy).toMatchObject({
        status: 'not_enough_data',
        estimate: null,
        lower: null,
        upper: null,
        reason: 'no records reviewed',
      });
      expect(res.body.totals.codeAccuracy).toMatchObject({ status: 'not_enough_data', estimate: null });
      expect(res.body.trend.chart.note).toMatch(/not enough data/);
      expect(JSON.stringify(res.body)).not.toMatch(/NaN|Infinity/);
    }
  });
});
