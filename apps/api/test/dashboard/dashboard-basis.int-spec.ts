// test database: with code sets
import { randomBytes } from 'node:crypto';
import { put, startAuditApp, waitFor, waitSampled } from '../audits/audit-test-kit';
import { coderIds, createEncounter, userId, type FactoryCode } from '../support/audit-factories';
import { ApiClient, signedIn, type TestApp } from '../support/test-app';

/**
 * An audit of old encounters (C001: one record in April 2024 with a coder error, one right in May 2024),
 * reviewed today. The dashboard opens where that work is, can count it by review month, and claims no
 * month-on-month change from one record a month.
 */
let t: TestApp;
let supervisor: ApiClient;
const facility = `FAC-B-${randomBytes(3).toString('hex')}`;
const dx = (code: string, principal = false): FactoryCode => ({ system: 'ICD10CM', code, principal, poa: 'Y' });
const line = (code: string, sequence: number, principal = false) => ({
  system: 'ICD10CM',
  code,
  sequence,
  principal,
  poa: 'Y',
});
const thisMonth = new Date().toISOString().slice(0, 7);

beforeAll(async () => {
  t = await startAuditApp({ codeSets: true });
  supervisor = await signedIn(t, 'supervisor@recode.test');
  const auditor = await signedIn(t, 'auditor@recode.test');
  const [c001] = (await coderIds(t.db, ['C001'])) as [string];
  await createEncounter(t.db, {
    setting: 'outpatient',
    encounterDate: '2024-04-10',
    fiscalYear: 2026,
    facility,
    coderId: c001,
    externalId: `${facility}-A`,
    codes: [dx('E119', true)],
  });
  await createEncounter(t.db, {
    setting: 'outpatient',
    encounterDate: '2024-05-10',
    fiscalYear: 2026,
    facility,
    coderId: c001,
    externalId: `${facility}-B`,
    codes: [dx('J189', true)],
  });
  const plan = await supervisor.post('/api/audit-plans', {
    name: 'Old encounters',
    scope: { facilities: [facility] },
    method: { type: 'simpleRandom', sampleSize: 2 },
    seed: 3,
    exclusionWindowDays: 0,
    auditorIds: [await userId(t.db, 'auditor@recode.test')],
  });
  const auditId = (await supervisor.post(`/api/audit-plans/${plan.body.id}/run`, {})).body.id;
  expect((await waitSampled(supervisor, auditId)).body.status).toBe('in_review');
  for (const item of (await auditor.get('/api/worklist')).body.filter((i: any) => i.auditId === auditId)) {
    const a = String(item.encounter.externalId).endsWith('-A');
    const res = await put(auditor, `/api/audits/${auditId}/items/${item.id}/review`, {
      version: item.version,
      complete: true,
      codes: a ? [line('E1165', 1, true)] : [line('J189', 1, true)],
      classifications: a
        ? [
            {
              key: 'revised|ICD10CM|E119|E1165',
              rootCause: 'coder',
              impact: 'data_quality',
              direction: 'under',
              rationale: 'Documented.',
            },
          ]
        : [],
    });
    expect(res.status).toBe(200);
  }
  await waitFor(
    'rollups',
    async () => (await supervisor.get(`/api/dashboard?from=2024-04&to=2024-05&facility=${facility}`)).body,
    (b) => b.totals?.recordsReviewed === 2,
  );
}, 240_000);
afterAll(() => t.close());

describe('the dashboard’s months', () => {
  it('opens on the twelve months ending where the latest audit’s records are', async () => {
    const res = await waitFor(
      'the rollups',
      () => supervisor.get('/api/dashboard'),
      (r) => r.body.totals?.recordsReviewed >= 2,
    );
    expect(res.body.filters).toMatchObject({ from: '2023-06', to: '2024-05', basis: 'encounter' });
  });

  it('counts records in the month they were reviewed when asked', async () => {
    const res = await supervisor.get(`/api/dashboard?basis=review&facility=${facility}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ source: 'records', filters: { to: thisMonth, basis: 'review' } });
    expect(res.body.totals.recordsReviewed).toBe(2);
    expect(res.body.trend.points.find((p: any) => p.month === thisMonth)).toMatchObject({
      recordsReviewed: 2,
      recordsWithError: 1,
    });
    expect((await supervisor.get('/api/dashboard?basis=week')).status).toBe(400);
  });

  it('claims no trend from one record a month', async () => {
    const res = await supervisor.get(`/api/dashboard?from=2024-04&to=2024-05&facility=${facility}`);
    const c001 = res.body.coders.find((c: any) => c.externalId === 'C001');
    expect(c001.trend).toMatchObject({
      previousMonth: '2024-04',
      lastMonth: '2024-05',
      direction: 'too_few',
      previousRecords: 1,
      lastRecords: 1,
    });
  });
});
