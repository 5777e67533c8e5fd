// test database: with code sets
import { randomBytes } from 'node:crypto';
import { coderIds, createEncounter, userId, type FactoryCode } from '../support/audit-factories';
import { ApiClient, signedIn, type TestApp } from '../support/test-app';
import { put, startAuditApp, waitFor, waitSampled } from './audit-test-kit';

/**
 * Three inpatient FY2026 records, reviewed by hand-checkable rules (see DOMAIN.md, Scores):
 * Each code reviewed weighs what an error on it would: 2 when principal on either side, else 1 (weighted codes).
 *  R1 (C001) I5023 E119 N179, DRG 291 → auditor I5023 E1122, DRG 292: revised E119→E1122 (coder), deleted N179
 *     (documentation: not scored), DRG 291→292 (coder). Codes reviewed {I5023,E119,N179,E1122} = 4, I5023 principal:
 *     weighted codes 2 + 3 = 5; weighted errors 1. Payment (0.849 − 1.2838) × 6500 = −2826.20 (overpaid).
 *  R2 (C001) J189 I10 → unchanged: 2 codes, weighted 2 + 1 = 3, no error.
 *  R3 (C002) N390 E119, DRG 690 → auditor A419 (principal) N390 E119, DRG 872: added principal A419 (weight 2) and
 *     DRG 690→872: 3 codes, N390 (the coder's) and A419 principal: weighted codes 2 + 2 + 1 = 5, weighted errors 2;
 *     payment (1.0233 − 0.8095) × 6500 = +1389.70 (underpaid).
 * Totals: code accuracy 1 − 3/13 = 76.9% (C001 1 − 1/8, C002 1 − 2/5); record accuracy 1/3; DRG accuracy 1/3.
 */
let t: TestApp;
let supervisor: ApiClient;
let auditor: ApiClient;
let auditId: string;
const facility = `FAC-R-${randomBytes(3).toString('hex')}`;
const items = new Map<string, any>();
const dx = (code: string, principal = false, poa = 'Y'): FactoryCode => ({ system: 'ICD10CM', code, principal, poa });
const line = (code: string, sequence: number, principal = false) => ({
  system: 'ICD10CM',
  code,
  sequence,
  principal,
  poa: 'Y',
});
const path = (name: string) => `/api/audits/${auditId}/items/${items.get(name).id}`;

beforeAll(async () => {
  t = await startAuditApp({ codeSets: true });
  const admin = await signedIn(t, 'admin@recode.test');
  expect((await admin.patch('/api/settings/audit', { facilityBaseRates: { [facility]: 6500 } })).status).toBe(200);
  supervisor = await signedIn(t, 'supervisor@recode.test');
  auditor = await signedIn(t, 'auditor@recode.test');
  const [c001, c002] = await coderIds(t.db, ['C001', 'C002']);
  const base = { setting: 'inpatient' as const, encounterDate: '2026-01-15', facility };
  await createEncounter(t.db, {
    ...base,
    coderId: c001 as string,
    externalId: `${facility}-R1`,
    drg: '291',
    codes: [dx('I5023', true), dx('E119'), dx('N179')],
  });
  await createEncounter(t.db, {
    ...base,
    coderId: c001 as string,
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
    name: 'Review spec',
    scope: { facilities: [facility] },
    method: { type: 'simpleRandom', sampleSize: 3 },
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

describe('worklist and the side-by-side review', () => {
  it('lists the auditor’s three records with due dates', () => {
    expect([...items.keys()].sort()).toEqual(['R1', 'R2', 'R3']);
    for (const item of items.values())
      expect(item).toMatchObject({
        status: 'assigned',
        version: 1,
        overdue: false,
        dueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      });
  });

  it('shows the coder’s codes with FY2026 descriptions and the DRG with its weight', async () => {
    const res = await auditor.get(path('R1'));
    expect(res.status).toBe(200);
    expect(res.body.coderCodes.map((c: any) => [c.code, c.description])).toEqual([
      ['I5023', 'Acute on chronic systolic (congestive) heart failure'],
      ['E119', 'Type 2 diabetes mellitus without complications'],
      ['N179', 'Acute kidney failure, unspecified'],
    ]);
    expect(res.body.codeSets).toContainEqual({ system: 'ICD10CM', label: 'ICD-10-CM FY2026', fiscalYear: 2026 });
    expect(res.body.coderDrg).toEqual({ drg: '291', title: 'HEART FAILURE AND SHOCK WITH MCC', weight: 1.2838 });
    expect(res.body).toMatchObject({ auditorCodesSaved: false, editable: true, findings: [] });
  });
});

describe('saving the auditor’s codes', () => {
  it('derives findings, prices the DRG change at the facility’s base rate and marks the differences', async () => {
    const res = await put(auditor, `${path('R1')}/review`, {
      version: 1,
      codes: [line('I50.23', 1, true), line('e11.22', 2)],
      drg: '292',
      drgOverrideReason: 'chart review',
    });
    expect(res.status).toBe(200);
    expect(res.body.item).toMatchObject({ status: 'in_progress', version: 2 });
    expect(res.body.findings.map((f: any) => f.key)).toEqual([
      'revised|ICD10CM|E119|E1122',
      'deleted|ICD10CM|N179|',
      'drg_changed|MSDRG|291|292',
    ]);
    expect(res.body.findings[2]).toMatchObject({
      weightBefore: 1.2838,
      weightAfter: 0.849,
      weightDelta: -0.4348,
      paymentDelta: -2826.2,
      baseRate: 6500,
      suggestedDirection: 'over',
      classified: false,
    });
    expect(res.body.coderCodes.map((c: any) => c.diff)).toEqual(['same', 'removed', 'removed']);
    expect(res.body.auditorCodes.map((c: any) => [c.code, c.diff])).toEqual([
      ['I5023', 'same'],
      ['E1122', 'added'],
    ]);
  });

  it('refuses to complete a record with unclassified findings, and saves nothing', async () => {
    const res = await put(auditor, `${path('R1')}/review`, {
      version: 2,
      codes: [line('I5023', 1, true), line('E1122', 2)],
      drg: '292',
      drgOverrideReason: 'chart review',
      complete: true,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('FINDING_UNCLASSIFIED');
    expect(res.body.error.details).toHaveLength(3);
    expect((await auditor.get(path('R1'))).body.item).toMatchObject({ version: 2, status: 'in_progress' });
  });

  it('completes once every finding has a root cause, impact, direction and rationale', async () => {
    const classify = (key: string, rootCause: string, impact: string, direction: string) => ({
      key,
      rootCause,
      impact,
      direction,
      rationale: `${key}: see the discharge summary`,
    });
    const res = await put(auditor, `${path('R1')}/review`, {
      version: 2,
      codes: [line('I5023', 1, true), line('E1122', 2)],
      drg: '292',
      drgOverrideReason: 'chart review',
      complete: true,
      classifications: [
        {
          ...classify('revised|ICD10CM|E119|E1122', 'coder', 'data_quality', 'under'),
          reference: { kind: 'guidelines', citation: 'I.C.4.a' },
        },
        classify('deleted|ICD10CM|N179|', 'documentation', 'compliance', 'over'),
        classify('drg_changed|MSDRG|291|292', 'coder', 'financial', 'over'),
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.item).toMatchObject({ status: 'reviewed', version: 3 });
    expect(res.body.findings[0]).toMatchObject({
      rootCause: 'coder',
      reference: { kind: 'guidelines', citation: 'I.C.4.a' },
      fiscalYear: 2026,
      classified: true,
    });
  });

  it('names the field of a code that does not exist in the encounter’s year, and saves nothing', async () => {
    const res = await put(auditor, `${path('R3')}/review`, {
      version: 1,
      codes: [line('N390', 1, true), line('E11.99', 2)],
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: 'AUDIT_CODE_UNKNOWN',
      message: 'body.codes.1.code: E1199 is not in ICD-10-CM FY2026',
    });
    const header = await put(auditor, `${path('R3')}/review`, { version: 1, codes: [line('E11', 1, true)] });
    expect(header.body.error).toMatchObject({
      code: 'AUDIT_CODE_INVALID',
      details: [expect.objectContaining({ path: 'body.codes.0.code' })],
    });
    const drg = await put(auditor, `${path('R3')}/review`, {
      version: 1,
      codes: [line('N390', 1, true)],
      drg: '400',
      drgOverrideReason: 'chart review',
    });
    expect(drg.body.error).toMatchObject({
      code: 'AUDIT_DRG_UNKNOWN',
      details: [{ path: 'body.drg', message: 'is not an MS-DRG of FY2026' }],
    });
    const after = await auditor.get(path('R3'));
    expect(after.body).toMatchObject({
      auditorCodesSaved: false,
      findings: [],
      item: { version: 1, status: 'assigned' },
    });
  });

  it('records a principal diagnosis added by the auditor and the DRG it moves', async () => {
    const classifications = [
      {
        key: 'added||A419'.replace('||', '|ICD10CM||'),
        rootCause: 'coder',
        impact: 'financial',
        direction: 'under',
        rationale: 'Sepsis documented on admission',
      },
      {
        key: 'drg_changed|MSDRG|690|872',
        rootCause: 'coder',
        impact: 'financial',
        direction: 'under',
        rationale: 'Follows the principal diagnosis',
      },
    ];
    const res = await put(auditor, `${path('R3')}/review`, {
      version: 1,
      codes: [line('A419', 1, true), line('N390', 2), line('E119', 3)],
      drg: '872',
      drgOverrideReason: 'chart review',
      classifications,
      complete: true,
    });
    expect(res.status).toBe(200);
    expect(res.body.findings.map((f: any) => [f.type, f.category, f.principal, f.paymentDelta])).toEqual([
      ['added', 'principal_dx', true, null],
      ['drg_changed', 'drg', false, 1389.7],
    ]);
  });
});

describe('optimistic locking', () => {
  it('gives the second of two saves from the same version 409 with the newer version', async () => {
    const otherTab = await signedIn(t, 'auditor@recode.test');
    const body = { version: 1, codes: [line('J189', 1, true), line('I10', 2)] };
    expect((await put(auditor, `${path('R2')}/review`, body)).status).toBe(200);
    const stale = await put(otherTab, `${path('R2')}/review`, body);
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('ITEM_VERSION_CONFLICT');
    expect(stale.body.error.details[0]).toMatchObject({ path: 'body.version', currentVersion: 2, yourVersion: 1 });
  });

  it('lets exactly one of two simultaneous saves win', async () => {
    const body = { version: 2, codes: [line('J189', 1, true), line('I10', 2)] };
    const results = await Promise.all([
      put(auditor, `${path('R2')}/review`, body),
      put(auditor, `${path('R2')}/review`, body),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const done = await put(auditor, `${path('R2')}/review`, { ...body, version: 3, complete: true });
    expect(done.body.item).toMatchObject({ status: 'reviewed', version: 4 });
  });
});

describe('scores', () => {
  it('are recomputed by the job after each change, with intervals, sample sizes and the method version', async () => {
    const res = await waitFor(
      '3 scored records',
      () => supervisor.get(`/api/audits/${auditId}/scores`),
      (r) => r.body.preliminary?.overall.recordsReviewed === 3,
    );
    const { preliminary, final } = res.body;
    expect(final).toBeNull();
    expect(preliminary).toMatchObject({
      kind: 'preliminary',
      methodVersion: 'recode-score/2',
      settings: { principalWeight: 2, otherWeight: 1 },
    });
    const o = preliminary.overall;
    expect(o).toMatchObject({
      codesReviewed: 9,
      weightedCodes: 13,
      weightedErrors: 3,
      recordsWithError: 2,
      inpatientRecordsReviewed: 3,
      preliminary: true,
    });
    // The audit's frame held exactly the 3 records sampled (2 of C001, 1 of C002): a census of each coder, so the
    // stratified figures are the observed rates with zero width, and the population is named beside them.
    expect(o.codeAccuracy).toMatchObject({ n: 9, clusters: 3, method: 'census', population: 3 });
    expect(o.codeAccuracy.estimate).toBeCloseTo(10 / 13, 10);
    expect(o.codeAccuracy.lower).toBeCloseTo(10 / 13, 10);
    expect(o.codeAccuracy.upper).toBeCloseTo(10 / 13, 10);
    expect(o.recordAccuracy).toMatchObject({ n: 3, method: 'census', population: 3 });
    expect(
      [o.recordAccuracy.estimate, o.recordAccuracy.lower, o.recordAccuracy.upper].map((x: number) => x.toFixed(4)),
    ).toEqual(['0.3333', '0.3333', '0.3333']);
    expect(o.drgAccuracy.estimate).toBeCloseTo(1 / 3, 10);
    expect(o.overpayment).toEqual({ amount: 2826.2, weight: 0.4348, count: 1 });
    expect(o.underpayment).toEqual({ amount: 1389.7, weight: 0.2138, count: 1 });
    expect(o.nonCoderFindings).toEqual({ documentation: 1, system: 0, guideline_ambiguity: 0 });
    expect(o.ratesByCategory.principal_dx).toMatchObject({ errors: 1, weightedErrors: 2 });
    // 1 of 3 records right, all of them reviewed: the rate is known, so no sample-size warning.
    expect(o.sampleWarning).toBeNull();
    const byCoder = Object.fromEntries(preliminary.perCoder.map((c: any) => [c.externalId, c.score]));
    expect(byCoder.C001.codeAccuracy.estimate).toBeCloseTo(7 / 8, 10);
    expect(byCoder.C001.recordAccuracy.estimate).toBe(0.5);
    expect(byCoder.C002.codeAccuracy.estimate).toBeCloseTo(3 / 5, 10);
  });

  it('keeps coder and team month rollups current for the dashboard', async () => {
    const [c001] = await coderIds(t.db, ['C001']);
    const [row] = await waitFor(
      'C001 rollup',
      () =>
        t.db.query(`SELECT * FROM score_rollups WHERE scope = 'coder' AND scope_id = $1 AND month = '2026-01-01'`, [
          c001,
        ]),
      (rows: any[]) => rows[0]?.records_reviewed === 2,
    );
    expect(row).toMatchObject({
      codes_reviewed: 6,
      weighted_codes: 8,
      weighted_errors: 1,
      records_with_error: 1,
      overpayment: '2826.20',
      underpayment: '0.00',
      preliminary: true,
      method_version: 'recode-score/2',
    });
    expect(row.code_accuracy).toBeCloseTo(7 / 8, 10);
    const [team] = await t.db.query(
      `SELECT r.* FROM score_rollups r JOIN teams t ON t.id = r.scope_id WHERE r.scope = 'team' AND t.name = 'Outpatient & ED' AND r.month = '2026-01-01'`,
    );
    expect(team).toMatchObject({ records_reviewed: 1, codes_reviewed: 3, weighted_codes: 5, weighted_errors: 2 });
  });
});

describe('release, notifications and final scores', () => {
  it('shows coders nothing before release', async () => {
    const coder = await signedIn(t, 'coder@recode.test');
    expect((await coder.get('/api/feedback/findings')).body).toEqual([]);
    expect((await coder.get('/api/audits')).status).toBe(403);
  });

  it('releases, notifies each coder in the app and shows them only their own findings', async () => {
    const res = await supervisor.post(`/api/audits/${auditId}/transitions`, { to: 'released' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'released', rebuttalDueAt: expect.any(String) });
    const coder = await signedIn(t, 'coder@recode.test');
    const notes = await coder.get('/api/notifications');
    const note = notes.body.items.find((n: any) => n.entityId === auditId);
    expect(note).toMatchObject({ kind: 'audit.released', link: `/feedback?audit=${auditId}`, readAt: null });
    expect(note.body).toMatch(/^2 of your records were reviewed with 3 finding\(s\)/);
    expect((await coder.post(`/api/notifications/${note.id}/read`)).body.readAt).not.toBeNull();
    const mine = (await coder.get('/api/feedback/findings')).body;
    expect(mine.map((f: any) => f.codeBefore ?? f.codeAfter)).toEqual(['E119', 'N179', '291']);
    expect(mine.every((f: any) => f.encounterExternalId === `${facility}-R1`)).toBe(true);
    const coder2 = await signedIn(t, 'coder2@recode.test');
    expect((await coder2.get('/api/feedback/findings')).body).toHaveLength(2);
  });

  it('finalizes only after the rebuttal window; open findings then count as agreed; both scores are kept', async () => {
    const early = await supervisor.post(`/api/audits/${auditId}/transitions`, { to: 'final' });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('AUDIT_REBUTTAL_WINDOW_OPEN');
    await t.db.query(`UPDATE audits SET rebuttal_due_at = now() - interval '1 minute' WHERE id = $1`, [auditId]);
    const res = await supervisor.post(`/api/audits/${auditId}/transitions`, { to: 'final' });
    expect(res.body.status).toBe('final');
    const scores = await waitFor(
      'final scores',
      () => supervisor.get(`/api/audits/${auditId}/scores`),
      (r) => r.body.final !== null,
    );
    expect(scores.body.final.overall).toMatchObject({ preliminary: false, codesReviewed: 9, weightedErrors: 3 });
    expect(scores.body.preliminary.overall.preliminary).toBe(true);
    const [statuses] = await t.db.query(
      `SELECT array_agg(DISTINCT status) AS s FROM audit_findings WHERE audit_id = $1`,
      [auditId],
    );
    expect(statuses.s).toEqual(['agreed']);
  });

  it('exports items, findings and scores as CSV', async () => {
    const findings = await supervisor.get(`/api/audits/${auditId}/export?part=findings`);
    expect(findings.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = String(findings.body).trim().split('\r\n');
    expect(rows).toHaveLength(6);
    expect(rows[0]).toMatch(/^item_id,encounter,coder,ordinal,type/);
    expect(rows.some((r) => r.includes(',drg_changed,drg,MSDRG,291,292,') && r.includes('-2826.20'))).toBe(true);
    expect(
      String((await supervisor.get(`/api/audits/${auditId}/export?part=items`)).body)
        .trim()
        .split('\r\n'),
    ).toHaveLength(4);
    const scores = String((await supervisor.get(`/api/audits/${auditId}/export?part=scores`)).body);
    expect(scores).toMatch(/\r\nfinal,audit,,recode-score\/2,3,9,0\.7692,/);
    // weighted_errors, weighted_codes: 3 of 13
    expect(scores).toMatch(/\r\nfinal,audit,,[^\r]*,3,13,2,2826\.20,/);
  });

  it('keeps who did what in the audit trail', async () => {
    const rows: { action: string }[] = await t.db.query(
      `SELECT DISTINCT action FROM audit_log WHERE entity_id = $1 OR details->>'auditId' = $1`,
      [auditId],
    );
    expect(rows.map((r) => r.action).sort()).toEqual(
      [
        'audit.created',
        'audit.exported',
        'audit.finalized',
        'audit.released',
        'audit.sampled',
        'audit.sampling_started',
        'audit_item.saved',
        'encounter.viewed',
      ].sort(),
    );
  });
});
