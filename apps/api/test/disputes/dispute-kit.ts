import { randomBytes } from 'node:crypto';
import { coderIds, createEncounter, userId, type FactoryCode } from '../support/audit-factories';
import type { ApiClient, ApiResponse, TestApp } from '../support/test-app';
import { put, waitSampled } from '../audits/audit-test-kit';

const dx = (code: string, principal = false): FactoryCode => ({ system: 'ICD10CM', code, principal, poa: 'Y' });
const line = (code: string, sequence: number, principal = false) => ({
  system: 'ICD10CM',
  code,
  sequence,
  principal,
  poa: 'Y',
});
const coderCause = (key: string, rationale: string) => ({
  key,
  rootCause: 'coder',
  impact: 'data_quality',
  direction: 'under',
  rationale,
});

export interface ReleasedAudit {
  auditId: string;
  /** Finding ids by record: R1 (C001, E119→E1122), R2 (C001, added N179), R3 (C002, E119→E1122). */
  findings: { R1: string; R2: string; R3: string };
}

/**
 * A released audit of three inpatient FY2026 records, each with one coder-caused finding, reviewed by
 * auditor@recode.test. C001 has R1 and R2 (record accuracy 0 of 2), C002 has R3.
 */
export async function arrangeReleasedAudit(
  t: TestApp,
  supervisor: ApiClient,
  auditor: ApiClient,
): Promise<ReleasedAudit> {
  const facility = `FAC-D-${randomBytes(3).toString('hex')}`;
  const [c001, c002] = (await coderIds(t.db, ['C001', 'C002'])) as [string, string];
  const base = { setting: 'inpatient' as const, encounterDate: '2026-02-10', facility };
  await createEncounter(t.db, {
    ...base,
    coderId: c001,
    externalId: `${facility}-R1`,
    codes: [dx('I5023', true), dx('E119')],
  });
  await createEncounter(t.db, {
    ...base,
    coderId: c001,
    externalId: `${facility}-R2`,
    codes: [dx('J189', true), dx('I10')],
  });
  await createEncounter(t.db, {
    ...base,
    coderId: c002,
    externalId: `${facility}-R3`,
    codes: [dx('N390', true), dx('E119')],
  });
  const plan = await supervisor.post('/api/audit-plans', {
    name: `Disputes ${facility}`,
    scope: { facilities: [facility] },
    method: { type: 'simpleRandom', sampleSize: 3 },
    seed: 11,
    exclusionWindowDays: 0,
    auditorIds: [await userId(t.db, 'auditor@recode.test')],
  });
  const auditId: string = (await supervisor.post(`/api/audit-plans/${plan.body.id}/run`, {})).body.id;
  expect((await waitSampled(supervisor, auditId)).body.status).toBe('in_review');
  const items = new Map<string, string>();
  for (const item of (await auditor.get('/api/worklist')).body.filter((i: any) => i.auditId === auditId))
    items.set(item.encounter.externalId.split('-').pop(), item.id);
  const review = (name: string, codes: unknown[], classifications: unknown[]): Promise<ApiResponse> =>
    put(auditor, `/api/audits/${auditId}/items/${items.get(name)}/review`, {
      version: 1,
      codes,
      classifications,
      complete: true,
    });
  const r1 = await review(
    'R1',
    [line('I5023', 1, true), line('E1122', 2)],
    [coderCause('revised|ICD10CM|E119|E1122', 'Diabetes with CKD is linked by guideline')],
  );
  const r2 = await review(
    'R2',
    [line('J189', 1, true), line('I10', 2), line('N179', 3)],
    [coderCause('added|ICD10CM||N179', 'AKI documented on day 2')],
  );
  const r3 = await review(
    'R3',
    [line('N390', 1, true), line('E1122', 2)],
    [coderCause('revised|ICD10CM|E119|E1122', 'Nephropathy documented')],
  );
  for (const r of [r1, r2, r3]) expect(r.status).toBe(200);
  expect((await supervisor.post(`/api/audits/${auditId}/transitions`, { to: 'released' })).status).toBe(200);
  return { auditId, findings: { R1: r1.body.findings[0].id, R2: r2.body.findings[0].id, R3: r3.body.findings[0].id } };
}
