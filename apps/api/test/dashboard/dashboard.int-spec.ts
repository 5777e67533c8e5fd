// test database: with code sets
import { randomBytes } from 'node:crypto';
import { BACKFILL_PRINCIPAL_CODES } from '../../src/database/migrations/1796500000000-WeightedCodes';
import { put, startAuditApp, waitFor, waitSampled } from '../audits/audit-test-kit';
import { coderIds, createEncounter, teamId, userId, type FactoryCode } from '../support/audit-factories';
import { ApiClient, signedIn, type TestApp } from '../support/test-app';

/**
 * The reviewed audit of review-and-scores.int-spec.ts, January 2026, read through the dashboard:
 *  R1 (C001, Inpatient): revised E119→E1122 (coder), deleted N179 (documentation), DRG 291→292 (coder, −2826.20, −0.4348)
 *  R2 (C001): no difference; R3 (C002, Outpatient & ED): added principal A419 (weight 2), DRG 690→872 (+1389.70, +0.2138).
 * Team: 3 records, 2 with a coder error → 1/3; codes 9, weighted codes 13 (a principal code weighs 2), weighted
 * errors 3 → 1 − 3/13 = 10/13 (C001: R1 5 + R2 3 = 8 weighted codes, 1 error → 7/8). Every January encounter of both coders
 * was reviewed (C001 2 of 2, C002 1 of 1), so each figure is a census: the observed rate, zero width, no warning.
 * Pareto (coder-caused, standing): drg 2, principal_dx 1, secondary_dx 1.
 */
let t: TestApp;
let supervisor: ApiClient;
let auditor: ApiClient;
let auditId: string;
let c001: string;
const facility = `FAC-D-${randomBytes(3).toString('hex')}`;
const items = new Map<string, { id: string }>();
const dx = (code: string, principal = false): FactoryCode => ({ system: 'ICD10CM', code, principal, poa: 'Y' });
const line = (code: string, sequence: number, principal = false) => ({
  system: 'ICD10CM',
  code,
  sequence,
  principal,
  poa: 'Y',
});
const path = (name: string) => `/api/audits/${auditId}/items/${items.get(name)!.id}`;
const classify = (key: string, rootCause: string, impact = 'financial', direction = 'over') => ({
  key,
  rootCause,
  impact,
  direction,
  rationale: `${key}: per the record`,
});
const JAN = 'from=2026-01&to=2026-01';

beforeAll(async () => {
  t = await startAuditApp({ codeSets: true });
  const admin = await signedIn(t, 'admin@recode.test');
  expect((await admin.patch('/api/settings/audit', { facilityBaseRates: { [facility]: 6500 } })).status).toBe(200);
  supervisor = await signedIn(t, 'supervisor@recode.test');
  auditor = await signedIn(t, 'auditor@recode.test');
  const [a, c002] = await coderIds(t.db, ['C001', 'C002']);
  c001 = a as string;
  const base = { setting: 'inpatient' as const, encounterDate: '2026-01-15', facility };
  await createEncounter(t.db, {
    ...base,
    coderId: c001,
    externalId: `${facility}-R1`,
    drg: '291',
    codes: [dx('I5023', true), dx('E119'), dx('N179')],
  });
  await createEncounter(t.db, {
    ...base,
    coderId: c001,
    externalId: `${facility}-R2`,
    codes: [dx('J189', true), dx('I10')],
  });
  await createEncounter(t.db, {
    ...base,
    coderId: c002 as string,
    externalId: `${facility}-R3`,
    drg: '690',
    codes: [dx('N390', true), dx('E119')],
  });
  const plan = await supervisor.post('/api/audit-plans', {
    name: 'Dashboard spec',
    scope: { facilities: [facility] },
    method: { type: 'simpleRandom', sampleSize: 3 },
    seed: 11,
    exclusionWindowDays: 0,
    auditorIds: [await userId(t.db, 'auditor@recode.test')],
  });
  auditId = (await supervisor.post(`/api/audit-plans/${plan.body.id}/run`, {})).body.id;
  expect((await waitSampled(supervisor, auditId)).body.status).toBe('in_review');
  for (const item of (await auditor.get('/api/worklist')).body.filter((i: any) => i.auditId === auditId))
    items.set(item.encounter.externalId.split('-').pop(), item);

  const saves = [
    put(auditor, `${path('R1')}/review`, {
      version: 1,
      codes: [line('I5023', 1, true), line('E1122', 2)],
      drg: '292',
      drgOverrideReason: 'chart review',
      complete: true,
      classifications: [
        classify('revised|ICD10CM|E119|E1122', 'coder', 'data_quality', 'under'),
        classify('deleted|ICD10CM|N179|', 'documentation', 'compliance'),
        classify('drg_changed|MSDRG|291|292', 'coder'),
      ],
    }),
    put(auditor, `${path('R2')}/review`, {
      version: 1,
      codes: [line('J189', 1, true), line('I10', 2)],
      complete: true,
    }),
    put(auditor, `${path('R3')}/review`, {
      version: 1,
      codes: [line('A419', 1, true), line('N390', 2), line('E119', 3)],
      drg: '872',
      drgOverrideReason: 'chart review',
      complete: true,
      classifications: [
        classify('added|ICD10CM||A419', 'coder', 'financial', 'under'),
        classify('drg_changed|MSDRG|690|872', 'coder', 'financial', 'under'),
      ],
    }),
  ];
  for (const res of await Promise.all(saves)) expect(res.status).toBe(200);
}, 240_000);
afterAll(() => t.close());

const dashboardWhen = (client: ApiClient, query: string, done: (body: any) => boolean) =>
  waitFor(
    `dashboard ${query}`,
    () => client.get(`/api/dashboard?${query}`),
    (res) => res.status === 200 && done(res.body),
    60_000,
  ).then((res) => res.body);

describe('the supervisor dashboard', () => {
  it('shows the team month, per-coder intervals, the Pareto and the money, worked by hand', async () => {
    const body = await dashboardWhen(supervisor, JAN, (b) => b.totals.recordsReviewed === 3);
    expect(body).toMatchObject({
      source: 'rollups',
      target: 0.95,
      filters: { from: '2026-01', to: '2026-01', setting: null, teamId: null, facility: null },
    });
    expect(body.totals).toMatchObject({ recordsReviewed: 3, codesReviewed: 9, recordsWithError: 2 });
    // Every encounter of January was reviewed: a census, so the figures are the observed rates (zero width), marked
    // preliminary (the audit is still in review), each coder-month weighted by its population.
    expect(body.totals).toMatchObject({ preliminary: true, targeted: { recordsReviewed: 0, recordsWithError: 0 } });
    expect(body.totals.recordAccuracy).toMatchObject({
      method: 'census',
      status: 'census',
      population: 3,
      n: 3,
      lower: 1 / 3,
      upper: 1 / 3,
      preliminary: true,
    });
    expect(body.totals.codeAccuracy.estimate).toBeCloseTo(10 / 13, 10);
    expect(body.totals.codeAccuracy).toMatchObject({ method: 'census', lower: body.totals.codeAccuracy.estimate });
    // n = 3 at p̄ = 2/3: no count is beyond the exact limits, so neither limit can be crossed.
    expect(body.trend.points).toEqual([
      {
        month: '2026-01',
        recordsReviewed: 3,
        recordsWithError: 2,
        accuracy: expect.closeTo(1 / 3, 12),
        lowerLimit: 0,
        upperLimit: null,
        flag: 'in_control',
        preliminary: true,
      },
    ]);
    expect(body.trend.chart).toMatchObject({ method: 'binomial-probability', improvementDetectable: false });
    expect(body.trend.centreAccuracy).toBeCloseTo(1 / 3, 12);

    const [one, two] = body.coders;
    expect(one).toMatchObject({
      externalId: 'C001',
      teamName: 'Inpatient',
      recordsReviewed: 2,
      codesReviewed: 6,
      weightedCodes: 8,
      recordsWithError: 1,
      weightedErrors: 1,
      openDisputes: 0,
    });
    expect(one.recordAccuracy.estimate).toBe(0.5);
    expect(one.codeAccuracy).toMatchObject({ n: 6, clusters: 2, method: 'census', lower: 7 / 8, upper: 7 / 8 });
    expect(one.recordAccuracy).toMatchObject({ method: 'census', population: 2, lower: 0.5, upper: 0.5 });
    expect(one.sampleWarning).toBeNull();
    // Both coders' months were reviewed whole: the rates are known, so no sample-size warning.
    expect(two).toMatchObject({
      externalId: 'C002',
      recordsReviewed: 1,
      recordsWithError: 1,
      sampleWarning: null,
      trend: null,
    });

    expect(body.pareto.map((b: any) => [b.category, b.errors, b.cumulativeShare])).toEqual([
      ['drg', 2, 0.5],
      ['principal_dx', 1, 0.75],
      ['secondary_dx', 1, 1],
    ]);
    expect(body.payment.overpayment).toEqual({ amount: 2826.2, weight: 0.4348 });
    expect(body.payment.underpayment).toEqual({ amount: 1389.7, weight: 0.2138 });
    // Nothing is released yet, so no auditor has findings a coder could dispute.
    expect(body.auditors).toEqual([]);
  });

  it('gives the same numbers from the reviewed records when a facility or setting filter is set', async () => {
    const fromRollups = (await supervisor.get(`/api/dashboard?${JAN}`)).body;
    const filtered = (await supervisor.get(`/api/dashboard?${JAN}&facility=${facility}&setting=inpatient`)).body;
    expect(filtered.source).toBe('records');
    for (const key of ['totals', 'trend', 'coders', 'pareto', 'payment', 'auditors'])
      expect(filtered[key]).toEqual(fromRollups[key]);
    const other = (await supervisor.get(`/api/dashboard?${JAN}&setting=profee`)).body;
    expect(other).toMatchObject({ coders: [], pareto: [], totals: { recordsReviewed: 0 } });
  });

  it('narrows to one team and drills down to the coder’s audit and records', async () => {
    const inpatient = await teamId(t.db, 'Inpatient');
    const team = (await supervisor.get(`/api/dashboard?${JAN}&teamId=${inpatient}`)).body;
    expect(team.coders.map((c: any) => c.externalId)).toEqual(['C001']);
    const drill = await supervisor.get(`/api/dashboard/coders/${c001}?${JAN}`);
    expect(drill.status).toBe(200);
    expect(drill.body.coder).toMatchObject({ externalId: 'C001', teamName: 'Inpatient' });
    expect(drill.body.audits).toHaveLength(1);
    expect(drill.body.audits[0]).toMatchObject({
      auditId,
      name: 'Dashboard spec',
      recordsReviewed: 2,
      recordsWithError: 1,
    });
    const records = Object.fromEntries(
      drill.body.audits[0].records.map((r: any) => [r.externalId.split('-').pop(), r]),
    );
    expect(records.R1).toMatchObject({ itemId: items.get('R1')!.id, findings: 3, coderErrors: 1, codesReviewed: 4 });
    expect(records.R2).toMatchObject({ findings: 0, coderErrors: 0 });
    // The record links to the audit item, which lists its findings.
    expect((await supervisor.get(path('R1'))).body.findings).toHaveLength(3);
  });

  it('keeps supervisors to their teams and everyone but supervisors and admins out', async () => {
    const other = await signedIn(t, 'supervisor2@recode.test');
    const inpatient = await teamId(t.db, 'Inpatient');
    const notMine = await other.get(`/api/dashboard?${JAN}&teamId=${inpatient}`);
    expect(notMine.status).toBe(404);
    expect(notMine.body.error.code).toBe('DASHBOARD_TEAM_NOT_FOUND');
    const own = (await other.get(`/api/dashboard?${JAN}`)).body;
    expect(own).toMatchObject({ coders: [], totals: { recordsReviewed: 0 }, teams: [{ name: 'Professional fee' }] });
    expect((await other.get(`/api/dashboard/coders/${c001}`)).status).toBe(404);
    for (const email of ['coder@recode.test', 'auditor@recode.test']) {
      const client = await signedIn(t, email);
      expect((await client.get('/api/dashboard')).status).toBe(403);
      expect((await client.get(`/api/dashboard/coders/${c001}`)).status).toBe(403);
    }
    const admin = await signedIn(t, 'admin@recode.test');
    expect((await admin.get(`/api/dashboard?${JAN}`)).body.totals.recordsReviewed).toBe(3);
  });

  it('refuses a malformed month or a backwards range with the field named', async () => {
    const bad = await supervisor.get('/api/dashboard?from=2026-13');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [expect.objectContaining({ path: 'query.from' })],
    });
    const backwards = await supervisor.get('/api/dashboard?from=2026-05&to=2026-01');
    expect(backwards.status).toBe(400);
  });
});

describe('freshness through the rollup jobs', () => {
  it('shows a newly saved finding on the dashboard', async () => {
    const res = await put(auditor, `${path('R2')}/review`, {
      version: 2,
      codes: [line('J189', 1, true), line('I10', 2), line('E119', 3)],
      complete: true,
      classifications: [classify('added|ICD10CM||E119', 'coder', 'data_quality', 'under')],
    });
    expect(res.status).toBe(200);
    const body = await dashboardWhen(supervisor, JAN, (b) => b.coders[0]?.recordsWithError === 2);
    expect(body.coders[0]).toMatchObject({
      externalId: 'C001',
      recordsWithError: 2,
      codesReviewed: 7,
      recordAccuracy: { estimate: 0 },
    });
    expect(body.pareto.find((b: any) => b.category === 'secondary_dx').errors).toBe(2);
  });

  it('counts released findings per auditor once released, and shows an open dispute', async () => {
    expect((await supervisor.post(`/api/audits/${auditId}/transitions`, { to: 'released' })).status).toBe(200);
    const body = await dashboardWhen(supervisor, JAN, (b) => b.auditors.length === 1);
    expect(body.auditors[0]).toMatchObject({
      name: 'Alex Auditor',
      findings: 6,
      disputed: 0,
      lost: 0,
      disputeRate: 0,
      overturnRate: null,
    });
    await t.db.query(`UPDATE audit_findings SET status = 'disputed' WHERE item_id = $1 AND type = 'revised'`, [
      items.get('R1')!.id,
    ]);
    // Read live, but answers are reused for DASHBOARD_CACHE_MS (2 s), so it shows within that.
    const now = await dashboardWhen(supervisor, JAN, (b) => b.coders[0]?.openDisputes === 1);
    expect(now.coders[0]).toMatchObject({ externalId: 'C001', openDisputes: 1 });
  });
});

describe('answers reused for a moment', () => {
  it('serves callers of the same scope one answer, and a narrower scope its own', async () => {
    // A query no earlier test asked, so the first answer is fresh and the second falls within its 2 s.
    const query = 'from=2025-12&to=2026-01';
    const first = (await supervisor.get(`/api/dashboard?${query}`)).body;
    expect(first.coders[0]).toMatchObject({ externalId: 'C001', openDisputes: 1 });
    await t.db.query(`UPDATE audit_findings SET status = 'open' WHERE item_id = $1 AND type = 'revised'`, [
      items.get('R1')!.id,
    ]);
    // Within the cache's lifetime the same scope sees the same answer; supervisor2's teams never see it.
    expect((await supervisor.get(`/api/dashboard?${query}`)).body).toEqual(first);
    const other = await signedIn(t, 'supervisor2@recode.test');
    expect((await other.get(`/api/dashboard?${query}`)).body.coders.map((c: any) => c.externalId)).not.toContain(
      'C001',
    );
    const later = await dashboardWhen(supervisor, query, (b) => b.coders[0]?.openDisputes === 0);
    expect(later.coders[0]).toMatchObject({ externalId: 'C001', openDisputes: 0 });
  });
});

describe('weighted codes of records saved before they were kept', () => {
  it("the migration's backfill counts each record's principal codes as the review writer does", async () => {
    const saved: { id: string; principal_codes: number }[] = await t.db.query(
      `SELECT id, principal_codes FROM audit_items WHERE audit_id = $1 AND codes_reviewed IS NOT NULL ORDER BY id`,
      [auditId],
    );
    // R1 I5023, R2 J189, R3 N390 (the coder's) and A419 (the auditor's): 1 + 1 + 2.
    expect(saved.map((r) => r.principal_codes).sort()).toEqual([1, 1, 2]);
    await t.db.query(`UPDATE audit_items SET principal_codes = NULL WHERE audit_id = $1`, [auditId]);
    await t.db.query(BACKFILL_PRINCIPAL_CODES);
    const backfilled = await t.db.query(
      `SELECT id, principal_codes FROM audit_items WHERE audit_id = $1 AND codes_reviewed IS NOT NULL ORDER BY id`,
      [auditId],
    );
    expect(backfilled).toEqual(saved);
  });
});
