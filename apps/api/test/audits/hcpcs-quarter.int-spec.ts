// test database: with the HCPCS 2025 Q4 file only
import { randomBytes } from 'node:crypto';
import { CodeSetLookup } from '../../src/code-sets/code-set-lookup';
import { loadSpecCodeSets } from '../code-sets/code-set-fixtures';
import { coderIds, createEncounter, userId } from '../support/audit-factories';
import { ApiClient, signedIn, type TestApp } from '../support/test-app';
import { startAuditApp, waitSampled } from './audit-test-kit';

/** A 2018 claim with a HCPCS line, while only the 2025 Q4 HCPCS file is loaded: the review says which quarter stood in. */
let t: TestApp;
let supervisor: ApiClient;
let auditor: ApiClient;
const facility = `FAC-HQ-${randomBytes(3).toString('hex')}`;

beforeAll(async () => {
  t = await startAuditApp();
  await loadSpecCodeSets(t.db, t.config.DATA_DIR, /^hcpcs-2025q4\.csv$/);
  t.app.get(CodeSetLookup).invalidate();
  supervisor = await signedIn(t, 'supervisor@recode.test');
  auditor = await signedIn(t, 'auditor@recode.test');
  const [c002] = await coderIds(t.db, ['C002']);
  const base = { setting: 'outpatient' as const, facility, coderId: c002 as string };
  await createEncounter(t.db, {
    ...base,
    externalId: `${facility}-2018`,
    encounterDate: '2018-02-06',
    codes: [
      { system: 'ICD10CM', code: 'E119', principal: true },
      { system: 'HCPCS', code: 'J1100' },
    ],
  });
  await createEncounter(t.db, {
    ...base,
    externalId: `${facility}-2025`,
    encounterDate: '2025-11-12',
    codes: [
      { system: 'ICD10CM', code: 'E119', principal: true },
      { system: 'HCPCS', code: 'J1100' },
    ],
  });
  const plan = await supervisor.post('/api/audit-plans', {
    name: 'HCPCS quarter spec',
    scope: { facilities: [facility] },
    method: { type: 'simpleRandom', sampleSize: 2 },
    seed: 7,
    exclusionWindowDays: 0,
    auditorIds: [await userId(t.db, 'auditor@recode.test')],
  });
  const run = await supervisor.post(`/api/audit-plans/${plan.body.id}/run`, {});
  expect((await waitSampled(supervisor, run.body.id)).body.status).toBe('in_review');
}, 240_000);
afterAll(() => t.close());

async function reviewOf(externalId: string): Promise<any> {
  const item = (await auditor.get('/api/worklist')).body.find((i: any) => i.encounter.externalId === externalId);
  const res = await auditor.get(`/api/audits/${item.auditId}/items/${item.id}`);
  expect(res.status).toBe(200);
  return res.body;
}

describe('the HCPCS quarter used for a claim', () => {
  it('is named on a claim whose own quarter is not loaded', async () => {
    const hcpcs = (await reviewOf(`${facility}-2018`)).codeSets.find((s: any) => s.system === 'HCPCS');
    expect(hcpcs.note).toBe(
      'HCPCS 2025 Q4 used: no HCPCS set is loaded for 2018 Q1, the claim’s quarter, so codes added or deleted in between are not caught',
    );
  });

  it('goes unmentioned when the claim’s quarter is the one loaded', async () => {
    const hcpcs = (await reviewOf(`${facility}-2025`)).codeSets.find((s: any) => s.system === 'HCPCS');
    expect(hcpcs.label).toMatch(/2025\s*Q4/);
    expect(hcpcs.note).toBeUndefined();
  });

  it('is what the picker’s search answers with (the stand-in and its warning)', async () => {
    const res = await auditor.get('/api/codes/search?system=HCPCS&q=J1100&date=2018-02-06&limit=5&offset=0');
    expect(res.status).toBe(200);
    expect(res.body.codeSet.version).toBe('2025Q4');
    expect(res.body.codeSet.warnings.length).toBeGreaterThan(0);
  });
});
