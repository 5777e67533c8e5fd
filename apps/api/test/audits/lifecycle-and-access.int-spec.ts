import { randomBytes } from 'node:crypto';
import { JobRegistry } from '../../src/jobs/job-registry';
import { JobQueue } from '../../src/jobs/job-queue';
import { resolvePeriod } from '../../src/audits/sampling/plan-definition';
import { coderIds, createFrame, teamId } from '../support/audit-factories';
import { createUser, FACTORY_PASSWORD } from '../support/factories';
import { ApiClient, signedIn, type TestApp } from '../support/test-app';
import { del, put, startAuditApp, waitFor, waitSampled } from './audit-test-kit';

let t: TestApp;
let supervisor: ApiClient;
let auditorA: ApiClient;
let auditorB: ApiClient;
let auditId: string;
let inpatient: string;
const facility = `FAC-L-${randomBytes(3).toString('hex')}`;

async function factoryAuditor(): Promise<{ id: string; client: ApiClient }> {
  const user = await createUser(t.db, { role: 'auditor', teamIds: [inpatient] });
  const client = new ApiClient(t.url, `10.8.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`);
  await client.login(user.email, FACTORY_PASSWORD);
  return { id: user.id, client };
}

beforeAll(async () => {
  t = await startAuditApp();
  supervisor = await signedIn(t, 'supervisor@recode.test');
  inpatient = await teamId(t.db, 'Inpatient');
  const [a, b] = [await factoryAuditor(), await factoryAuditor()];
  auditorA = a.client;
  auditorB = b.client;
  await createFrame(t.db, { coderIds: await coderIds(t.db, ['C001', 'C004']), perCoder: 6, facility });
  // Two fresh auditors with no load: the four sampled records split two and two.
  const plan = await supervisor.post('/api/audit-plans', {
    name: 'Lifecycle spec',
    scope: { facilities: [facility] },
    method: { type: 'fixedPerCoder', perCoder: 2 },
    seed: 'life',
    spares: 2,
    exclusionWindowDays: 0,
    auditorIds: [a.id, b.id],
  });
  const run = await supervisor.post(`/api/audit-plans/${plan.body.id}/run`, {});
  auditId = run.body.id;
  await waitSampled(supervisor, auditId);
}, 120_000);
afterAll(() => t.close());

const itemsOf = async (client: ApiClient, query = ''): Promise<any[]> =>
  (await client.get(`/api/audits/${auditId}/items${query}`)).body;

describe('lifecycle', () => {
  it('refuses illegal moves with 409 and names what is allowed', async () => {
    const res = await supervisor.post(`/api/audits/${auditId}/transitions`, { to: 'final' });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({
      code: 'AUDIT_ILLEGAL_TRANSITION',
      message: 'An audit cannot move from in_review to final; from in_review it can move to released',
    });
    expect(res.body.error.details[0]).toMatchObject({ from: 'in_review', to: 'final', allowed: ['released'] });
    expect((await supervisor.post(`/api/audits/${auditId}/transitions`, { to: 'sampling' })).body.error.code).toBe(
      'AUDIT_ILLEGAL_TRANSITION',
    );
    expect((await supervisor.post(`/api/audits/${auditId}/transitions`, { to: 'in_review' })).body.error.code).toBe(
      'VALIDATION_FAILED',
    );
  });

  it('will not release while records are unreviewed', async () => {
    const res = await supervisor.post(`/api/audits/${auditId}/transitions`, { to: 'released' });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({
      code: 'AUDIT_ITEMS_UNREVIEWED',
      details: [expect.objectContaining({ openItems: 4 })],
    });
    // An auditor of the audit meets the same rule, not a role refusal.
    expect((await auditorA.post(`/api/audits/${auditId}/transitions`, { to: 'released' })).body.error.code).toBe(
      'AUDIT_ITEMS_UNREVIEWED',
    );
  });

  it('lets an auditor of the audit release it, but neither sample nor finalize it', async () => {
    for (const to of ['sampling', 'final']) {
      const res = await auditorA.post(`/api/audits/${auditId}/transitions`, { to });
      expect([res.status, res.body.error.code, res.body.error.details[0].path]).toEqual([
        403,
        'AUDIT_TRANSITION_FORBIDDEN',
        'body.to',
      ]);
    }
    expect((await supervisor.get(`/api/audits/${auditId}`)).body.status).toBe('in_review');
  });

  it('returns a failed sampling to draft with the reason, and lets it be retried', async () => {
    const snapshot = {
      planId: null,
      scope: { facilities: ['NOWHERE'] },
      period: { from: null, to: null },
      method: { type: 'simpleRandom', sampleSize: 1 },
      rules: null,
      resolvedCoderLists: {},
      spares: 0,
      exclusionWindowDays: 0,
      dueInDays: 7,
      auditorIds: [],
    };
    const [{ id }] = await t.db.query(
      `INSERT INTO audits (name, status, team_ids, plan_snapshot, seed) VALUES ('Empty', 'draft', $1, $2, 's') RETURNING id`,
      [[inpatient], snapshot],
    );
    const res = await supervisor.post(`/api/audits/${id}/transitions`, { to: 'sampling' });
    expect(res.body.status).toBe('sampling');
    const failed = await waitSampled(supervisor, id);
    expect(failed.body).toMatchObject({
      status: 'draft',
      samplingError: { code: 'PLAN_SCOPE_EMPTY', message: 'The scope matches no encounters' },
    });
    expect((await supervisor.post(`/api/audits/${id}/transitions`, { to: 'sampling' })).body.status).toBe('sampling');
  });
});

describe('who sees what', () => {
  it('gives each auditor only their own items; another’s record is 403', async () => {
    const mineA = await itemsOf(auditorA);
    const mineB = await itemsOf(auditorB);
    expect([mineA.length, mineB.length]).toEqual([2, 2]);
    const other = mineB[0];
    expect((await auditorA.get(`/api/audits/${auditId}/items/${mineA[0].id}`)).status).toBe(200);
    const peek = await auditorA.get(`/api/audits/${auditId}/items/${other.id}`);
    expect(peek.status).toBe(403);
    expect(peek.body.error.code).toBe('ITEM_NOT_ASSIGNED_TO_YOU');
    expect(
      (await put(auditorA, `/api/audits/${auditId}/items/${other.id}/review`, { version: 1, codes: [] })).status,
    ).toBe(403);
  });

  it('refuses a finding change on another auditor’s record (403) and on an unknown audit (404)', async () => {
    const itemB = (await itemsOf(auditorB))[0];
    const saved = await put(auditorB, `/api/audits/${auditId}/items/${itemB.id}/review`, { version: 1, codes: [] });
    expect(saved.status).toBe(200);
    const finding = saved.body.findings[0];
    expect(finding.type).toBe('deleted');
    const patch = await auditorA.patch(`/api/audits/${auditId}/items/${itemB.id}/findings/${finding.id}`, {
      version: 2,
      rootCause: 'coder',
    });
    expect(patch.status).toBe(403);
    const stranger = await signedIn(t, 'auditor2@recode.test');
    const res = await stranger.patch(`/api/audits/${auditId}/items/${itemB.id}/findings/${finding.id}`, {
      version: 2,
      rootCause: 'coder',
    });
    expect([res.status, res.body.error.code]).toEqual([404, 'AUDIT_NOT_FOUND']);
    const own = await auditorB.patch(`/api/audits/${auditId}/items/${itemB.id}/findings/${finding.id}`, {
      version: 2,
      rootCause: 'system',
      impact: 'data_quality',
    });
    expect(own.body).toMatchObject({
      itemVersion: 3,
      finding: { rootCause: 'system', impact: 'data_quality', classified: false },
    });
  });

  it('keeps audits within the supervisor’s teams and away from coders', async () => {
    const other = await signedIn(t, 'supervisor2@recode.test');
    expect((await other.get(`/api/audits/${auditId}`)).body.error.code).toBe('AUDIT_NOT_FOUND');
    expect((await other.get('/api/audits')).body.items.map((a: any) => a.id)).not.toContain(auditId);
    expect((await supervisor.get('/api/audits')).body.items.map((a: any) => a.id)).toContain(auditId);
    const coder = await signedIn(t, 'coder@recode.test');
    expect((await coder.get(`/api/audits/${auditId}`)).status).toBe(403);
    expect(
      (
        await put(supervisor, `/api/audits/${auditId}/items/${(await itemsOf(supervisor))[0].id}/review`, {
          version: 1,
          codes: [],
        })
      ).status,
    ).toBe(403);
    expect(
      (await auditorA.post('/api/audit-plans', { name: 'x', method: { type: 'simpleRandom', sampleSize: 1 } })).status,
    ).toBe(403);
  });
});

describe('spares', () => {
  it('replace an unreviewable record with the next spare of its coder, in draw order, until none are left', async () => {
    const all = await itemsOf(supervisor, '?includeSpares=true');
    let item = (await itemsOf(auditorA))[0];
    const spares = all
      .filter((i) => i.status === 'spare' && i.stratum === item.stratum)
      .sort((x, y) => x.drawOrder - y.drawOrder);
    expect(spares).toHaveLength(2);
    const stale = await auditorA.post(`/api/audits/${auditId}/items/${item.id}/unreviewable`, {
      version: 99,
      reason: 'Chart missing',
    });
    expect(stale.body.error.code).toBe('ITEM_VERSION_CONFLICT');
    for (const spare of spares) {
      const res = await auditorA.post(`/api/audits/${auditId}/items/${item.id}/unreviewable`, {
        version: item.version,
        reason: 'Chart missing',
      });
      expect(res.status).toBe(200);
      expect(res.body.item).toMatchObject({
        status: 'unreviewable',
        unreviewableReason: 'Chart missing',
        replacedByItemId: spare.id,
      });
      expect(res.body.replacement).toMatchObject({
        id: spare.id,
        status: 'assigned',
        replacesItemId: item.id,
        auditor: { id: item.auditor.id },
      });
      item = res.body.replacement;
    }
    const last = await auditorA.post(`/api/audits/${auditId}/items/${item.id}/unreviewable`, {
      version: item.version,
      reason: 'Wrong patient',
    });
    expect(last.body.replacement).toBeNull();
  });
});

describe('plans', () => {
  const body = { name: 'CRUD', scope: { facilities: [facility] }, method: { type: 'simpleRandom', sampleSize: 2 } };

  it('are kept within the supervisor’s teams, versioned and archived', async () => {
    const created = await supervisor.post('/api/audit-plans', body);
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(created.body.teamIds.sort()).toEqual(
      (await t.db.query(`SELECT id FROM teams WHERE name IN ('Inpatient', 'Outpatient & ED') ORDER BY id`))
        .map((r: any) => r.id)
        .sort(),
    );
    const other = await signedIn(t, 'supervisor2@recode.test');
    expect((await other.get(`/api/audit-plans/${id}`)).body.error.code).toBe('AUDIT_PLAN_NOT_FOUND');
    const profee = await teamId(t.db, 'Professional fee');
    expect((await supervisor.post('/api/audit-plans', { ...body, scope: { teamIds: [profee] } })).body.error.code).toBe(
      'PLAN_TEAM_OUT_OF_SCOPE',
    );
    expect(
      (await put(supervisor, `/api/audit-plans/${id}`, { ...body, name: 'Renamed', version: 1 })).body,
    ).toMatchObject({ name: 'Renamed', version: 2 });
    expect((await put(supervisor, `/api/audit-plans/${id}`, { ...body, version: 1 })).body.error.code).toBe(
      'AUDIT_PLAN_VERSION_CONFLICT',
    );
    expect((await del(supervisor, `/api/audit-plans/${id}`)).body.archived).toBe(true);
    expect((await supervisor.get('/api/audit-plans')).body.map((p: any) => p.id)).not.toContain(id);
    expect((await supervisor.post(`/api/audit-plans/${id}/run`, {})).status).toBe(409);
  });

  it('run on a BullMQ job scheduler; a tick creates and samples one audit, even when retried', async () => {
    const period = resolvePeriod({ relativePeriod: 'previous_week' }, new Date());
    const fac = `${facility}-W`;
    await createFrame(t.db, {
      coderIds: await coderIds(t.db, ['C001']),
      perCoder: 7,
      facility: fac,
      from: period.from as string,
      days: 7,
    });
    expect(
      (
        await supervisor.post('/api/audit-plans', {
          ...body,
          scope: { dateFrom: '2026-01-01' },
          schedule: { frequency: 'weekly', dayOfWeek: 1 },
        })
      ).body.error.code,
    ).toBe('VALIDATION_FAILED');
    const plan = await supervisor.post('/api/audit-plans', {
      ...body,
      scope: { facilities: [fac], relativePeriod: 'previous_week' },
      schedule: { frequency: 'weekly', dayOfWeek: 1, hour: 6 },
    });
    expect(plan.body.schedulePattern).toBe('0 6 * * 1');
    const queue = t.app.get(JobQueue).queue('audits');
    expect(await queue.getJobScheduler(`audit-plan:${plan.body.id}`)).toMatchObject({
      pattern: '0 6 * * 1',
      name: 'audits.run-plan',
    });
    expect((await queue.getJobSchedulers()).map((s) => s.key)).toContain(`audit-plan:${plan.body.id}`);
    const tick = t.app.get(JobRegistry).get('audits.run-plan');
    const job = { jobId: `repeat:test:${plan.body.id}`, attempt: 1, updateProgress: async () => undefined };
    const first = (await tick?.({ planId: plan.body.id }, job)) as { auditId: string };
    const again = (await tick?.({ planId: plan.body.id }, { ...job, attempt: 2 })) as { auditId: string };
    expect(again.auditId).toBe(first.auditId);
    const audit = await waitFor(
      'scheduled audit',
      () => supervisor.get(`/api/audits/${first.auditId}`),
      (r) => r.body.status === 'in_review',
    );
    expect(audit.body).toMatchObject({ frameSize: 7, sampleSize: 2, plan: { period } });
    await del(supervisor, `/api/audit-plans/${plan.body.id}`);
    expect((await queue.getJobSchedulers()).map((s) => s.key)).not.toContain(`audit-plan:${plan.body.id}`);
  });
});

describe('settings', () => {
  it('are the admin’s to change', async () => {
    expect((await supervisor.patch('/api/settings/audit', { defaultBaseRate: 1 })).status).toBe(403);
    const admin = await signedIn(t, 'admin@recode.test');
    expect((await admin.patch('/api/settings/audit', { defaultBaseRate: -5 })).body.error.code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await supervisor.get('/api/settings/audit')).body).toMatchObject({
      scoringWeights: { principalWeight: 2, otherWeight: 1 },
      rebuttalBusinessDays: 5,
    });
  });
});
