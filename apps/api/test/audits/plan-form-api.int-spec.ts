// What the web plan form needs beyond create/preview: the auditors it may name, and editing a saved plan.
import { ApiClient, signedIn, type TestApp } from '../support/test-app';
import { put, startAuditApp } from './audit-test-kit';

let t: TestApp;
let supervisor: ApiClient;

beforeAll(async () => {
  t = await startAuditApp();
  supervisor = await signedIn(t, 'supervisor@recode.test');
}, 120_000);
afterAll(() => t.close());

describe('GET /api/audit-plans/auditors', () => {
  it('lists the active auditors a supervisor may restrict a plan to, and the plan accepts them', async () => {
    const res = await supervisor.get('/api/audit-plans/auditors');
    expect(res.status).toBe(200);
    expect(res.body.map((a: { displayName: string }) => a.displayName)).toEqual(['Alex Auditor', 'Robin Reviewer']);
    const alex = res.body[0].id as string;
    const created = await supervisor.post('/api/audit-plans', {
      name: 'Alex only',
      method: { type: 'simpleRandom', sampleSize: 2 },
      auditorIds: [alex],
    });
    expect(created.status).toBe(201);
    expect(created.body.auditorIds).toEqual([alex]);
  });

  it('leaves out auditors who were deactivated', async () => {
    const [{ id }] = await t.db.query(
      `UPDATE users SET active = false WHERE email = 'auditor2@recode.test' RETURNING id`,
    );
    try {
      const res = await supervisor.get('/api/audit-plans/auditors');
      expect(res.body.map((a: { id: string }) => a.id)).not.toContain(id);
    } finally {
      await t.db.query('UPDATE users SET active = true WHERE id = $1', [id]);
    }
  });

  it('is not for auditors or coders', async () => {
    for (const email of ['auditor@recode.test', 'coder@recode.test']) {
      expect((await (await signedIn(t, email)).get('/api/audit-plans/auditors')).status).toBe(403);
    }
  });
});

describe('editing a saved plan (PUT)', () => {
  it('replaces the fields, puts the schedule on, and refuses the stale version with the current one', async () => {
    const created = await supervisor.post('/api/audit-plans', {
      name: 'To edit',
      method: { type: 'fixedPerCoder', perCoder: 5 },
    });
    const id = created.body.id as string;
    const edit = {
      name: 'Edited monthly',
      scope: { relativePeriod: 'previous_month', payers: ['Medicare'] },
      method: { type: 'proportional', sampleSize: 20 },
      rules: { combine: 'all', rules: [{ type: 'drgWeightAbove', weight: 2 }] },
      schedule: { frequency: 'monthly', dayOfMonth: 5, hour: 6 },
      version: 1,
    };
    const saved = await put(supervisor, `/api/audit-plans/${id}`, edit);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      version: 2,
      name: 'Edited monthly',
      schedulePattern: '0 6 5 * *',
      scope: edit.scope,
      rules: edit.rules,
    });
    const stale = await put(supervisor, `/api/audit-plans/${id}`, { ...edit, name: 'Lost update' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('AUDIT_PLAN_VERSION_CONFLICT');
    expect(stale.body.error.details[0].path).toBe('body.version');
    expect((await supervisor.get(`/api/audit-plans/${id}`)).body.name).toBe('Edited monthly');
  });

  it('names the field when a scheduled plan keeps fixed dates', async () => {
    const res = await supervisor.post('/api/audit-plans', {
      name: 'Bad schedule',
      scope: { dateFrom: '2026-01-01' },
      method: { type: 'simpleRandom', sampleSize: 2 },
      schedule: { frequency: 'weekly', dayOfWeek: 1 },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain('body.schedule');
  });
});
