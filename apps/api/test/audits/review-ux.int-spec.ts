// test database: with code sets
import { randomBytes } from 'node:crypto';
import { coderIds, createEncounter, userId, type FactoryCode } from '../support/audit-factories';
import { ApiClient, signedIn, type TestApp } from '../support/test-app';
import { startAuditApp, waitSampled } from './audit-test-kit';

/**
 * What the review screen needs beyond codes: the import's flags, which ICD-10-CM codes are POA-exempt
 * in the record's year (Z23 is, I4891 is not in FY2026).
 */
let t: TestApp;
let supervisor: ApiClient;
let auditor: ApiClient;
let auditId: string;
const facility = `FAC-UX-${randomBytes(3).toString('hex')}`;
const items = new Map<string, any>();
const dx = (code: string, principal = false, poa: string | null = 'Y'): FactoryCode => ({
  system: 'ICD10CM',
  code,
  principal,
  poa,
});
const path = (name: string) => `/api/audits/${auditId}/items/${items.get(name).id}`;

beforeAll(async () => {
  t = await startAuditApp({ codeSets: true });
  supervisor = await signedIn(t, 'supervisor@recode.test');
  auditor = await signedIn(t, 'auditor@recode.test');
  const [c001] = await coderIds(t.db, ['C001']);
  const base = { setting: 'inpatient' as const, encounterDate: '2026-01-15', facility, coderId: c001 as string };
  await createEncounter(t.db, {
    ...base,
    externalId: `${facility}-U1`,
    drg: '291',
    flagged: true,
    flags: ['POA_MISSING'],
    codes: [dx('I5021', true), dx('I4891', false, null), dx('Z23', false, null)],
  });
  await createEncounter(t.db, { ...base, externalId: `${facility}-U2`, codes: [dx('J189', true), dx('I10')] });
  const plan = await supervisor.post('/api/audit-plans', {
    name: 'Review UX spec',
    scope: { facilities: [facility] },
    method: { type: 'simpleRandom', sampleSize: 2 },
    seed: 7,
    exclusionWindowDays: 0,
    auditorIds: [await userId(t.db, 'auditor@recode.test')],
  });
  const run = await supervisor.post(`/api/audit-plans/${plan.body.id}/run`, {});
  auditId = run.body.id;
  expect((await waitSampled(supervisor, auditId)).body.status).toBe('in_review');
  for (const item of (await auditor.get('/api/worklist')).body.filter((i: any) => i.auditId === auditId))
    items.set(item.encounter.externalId.split('-').pop(), item);
}, 240_000);
afterAll(() => t.close());

describe('the review screen’s context', () => {
  it('carries the import’s flags and each diagnosis’s POA exemption', async () => {
    const res = await auditor.get(path('U1'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ importFlags: ['POA_MISSING'], flagged: true });
    expect(res.body.coderCodes.map((c: any) => [c.code, c.poaExempt])).toEqual([
      ['I5021', false],
      ['I4891', false],
      ['Z23', true],
    ]);
    const clean = await auditor.get(path('U2'));
    expect(clean.body).toMatchObject({ importFlags: [], flagged: false });
  });

  it('answers which codes added on screen are POA-exempt in the record’s year', async () => {
    const res = await auditor.get(`${path('U1')}/poa-exempt?codes=Z23,i48.91,Y92009`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ fiscalYear: 2026, exempt: ['Z23', 'Y92009'] });
    const none = await auditor.get(`${path('U1')}/poa-exempt?codes=`);
    expect(none.status).toBe(400);
    const coder = await signedIn(t, 'coder@recode.test');
    expect((await coder.get(`${path('U1')}/poa-exempt?codes=Z23`)).status).toBe(403);
  });
});

describe('reassigning an open record', () => {
  it('lets the supervisor give it to another auditor, whose worklist then holds it', async () => {
    const item = items.get('U2');
    const auditor2Id = await userId(t.db, 'auditor2@recode.test');
    expect(
      (await auditor.post(`${path('U2')}/reassign`, { version: item.version, auditorId: auditor2Id })).status,
    ).toBe(403);
    const stale = await supervisor.post(`${path('U2')}/reassign`, { version: item.version + 5, auditorId: auditor2Id });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('ITEM_VERSION_CONFLICT');
    const notAuditor = await supervisor.post(`${path('U2')}/reassign`, {
      version: item.version,
      auditorId: await userId(t.db, 'coder@recode.test'),
    });
    expect(notAuditor.status).toBe(400);
    expect(notAuditor.body.error.details[0].path).toBe('body.auditorId');

    const res = await supervisor.post(`${path('U2')}/reassign`, { version: item.version, auditorId: auditor2Id });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: item.id, auditor: { id: auditor2Id }, version: item.version + 1 });
    const auditor2 = await signedIn(t, 'auditor2@recode.test');
    expect((await auditor2.get('/api/worklist')).body.map((i: any) => i.id)).toContain(item.id);
    expect((await auditor.get('/api/worklist')).body.map((i: any) => i.id)).not.toContain(item.id);
    const [logged] = await t.db.query(
      `SELECT details FROM audit_log WHERE action = 'audit_item.reassigned' AND entity_id = $1`,
      [item.id],
    );
    expect(logged.details).toMatchObject({ auditId, to: auditor2Id });
  });
});
