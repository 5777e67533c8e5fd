import { randomBytes, randomUUID } from 'node:crypto';
import { drawSample, type FrameItem } from '@recode/domain';
import { frameHashOf } from '../../src/audits/sampling/sample-writer';
import { coderIds, createFrame } from '../support/audit-factories';
import { createCoder, createUser } from '../support/factories';
import { ApiClient, signedIn, type TestApp } from '../support/test-app';
import { startAuditApp, waitSampled } from './audit-test-kit';

let t: TestApp;
let supervisor: ApiClient;
const facility = `FAC-S-${randomBytes(3).toString('hex')}`;
let coders: string[];

beforeAll(async () => {
  t = await startAuditApp();
  supervisor = await signedIn(t, 'supervisor@recode.test');
  // C001 and C004 (Inpatient), C002 and C005 (Outpatient & ED): 40 encounters each, all at one facility of this spec.
  coders = await coderIds(t.db, ['C001', 'C002', 'C004', 'C005']);
  await createFrame(t.db, { coderIds: coders, perCoder: 40, facility, from: '2026-02-01' });
}, 120_000);
afterAll(() => t.close());

const probe = (extra: Record<string, unknown> = {}) => ({
  name: 'Probe 5 per coder',
  scope: { facilities: [facility] },
  method: { type: 'fixedPerCoder', perCoder: 5 },
  seed: 'audit-seed-42',
  spares: 2,
  exclusionWindowDays: 0,
  ...extra,
});

async function runPlan(planId: string, body: Record<string, unknown> = {}): Promise<{ audit: any; items: any[] }> {
  const run = await supervisor.post(`/api/audit-plans/${planId}/run`, body);
  expect(run.status).toBe(202);
  expect(run.body.status).toBe('sampling');
  const audit = await waitSampled(supervisor, run.body.id);
  expect(audit.body.status).toBe('in_review');
  const items = await supervisor.get(`/api/audits/${run.body.id}/items?includeSpares=true`);
  return { audit: audit.body, items: items.body };
}

describe('preview', () => {
  it('gives the frame size and the exact sample per coder before anything is drawn', async () => {
    const res = await supervisor.post('/api/audit-plans/preview', probe());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ frameSize: 160, scopeSize: 160, excludedCount: 0, sampleSize: 20, spareCount: 8 });
    const rows = res.body.perCoder.map((c: any) => [c.externalId, c.frameSize, c.expectedSampleSize, c.exact]).sort();
    expect(rows).toEqual(['C001', 'C002', 'C004', 'C005'].map((x) => [x, 40, 5, true]));
  });

  it('gives the expected (fractional) share per coder for a simple random sample', async () => {
    const res = await supervisor.post(
      '/api/audit-plans/preview',
      probe({ method: { type: 'simpleRandom', sampleSize: 16 } }),
    );
    expect(res.status).toBe(200);
    expect(res.body.sampleSize).toBe(16);
    for (const c of res.body.perCoder) expect(c).toMatchObject({ frameSize: 40, expectedSampleSize: 4, exact: false });
  });
});

describe('reproducible samples', () => {
  let planId: string;
  let first: { audit: any; items: any[] };

  beforeAll(async () => {
    const plan = await supervisor.post('/api/audit-plans', probe());
    expect(plan.status).toBe(201);
    planId = plan.body.id;
    first = await runPlan(planId);
  });

  it('snapshots the frame and stores seed, generator and sizes with the audit', async () => {
    expect(first.audit).toMatchObject({
      seed: 'audit-seed-42',
      algorithm: 'xoshiro128**/cyrb128/v1',
      frameSize: 160,
      scopeSize: 160,
      sampleSize: 20,
      spareCount: 8,
    });
    expect(first.audit.frameHash).toMatch(/^[0-9a-f]{64}$/);
    const [frame] = await t.db.query(
      'SELECT scope_size, cardinality(scope_version_ids) AS ids FROM audit_frames WHERE audit_id = $1',
      [first.audit.id],
    );
    expect(frame).toEqual({ scope_size: 160, ids: 160 });
    expect(first.items.filter((i) => i.status === 'assigned')).toHaveLength(20);
    expect(first.items.filter((i) => i.status === 'spare')).toHaveLength(8);
    // Five of each coder, and each item is in its coder's stratum.
    for (const id of coders)
      expect(first.items.filter((i) => i.status === 'assigned' && i.coder.id === id)).toHaveLength(5);
    expect(first.items.every((i) => i.stratum === i.coder.id)).toBe(true);
  });

  it('draws the same sample and spares, in the same order, from the same frame and seed', async () => {
    const second = await runPlan(planId);
    expect(second.audit.id).not.toBe(first.audit.id);
    expect(second.audit.frameHash).toBe(first.audit.frameHash);
    const order = (r: { items: any[] }) => r.items.map((i) => [i.drawOrder, i.encounter.versionId, i.status]);
    expect(order(second)).toEqual(order(first));
  });

  it('matches drawSample from @recode/domain run here on the stored frame (any machine gets the same)', async () => {
    const rows: { id: string; coder_id: string }[] = await t.db.query(
      `SELECT v.id, v.coder_id FROM audit_frames f, unnest(f.scope_version_ids) AS x(id) JOIN encounter_versions v ON v.id = x.id WHERE f.audit_id = $1`,
      [first.audit.id],
    );
    const frame: FrameItem[] = rows.reverse().map((r) => ({ id: r.id, coderId: r.coder_id }));
    const local = drawSample(frame, {
      method: 'fixedPerStratum',
      perStratum: 5,
      stratifyBy: 'coder',
      seed: 'audit-seed-42',
      spares: 2,
    });
    expect(first.items.filter((i) => i.status === 'assigned').map((i) => i.encounter.versionId)).toEqual(
      local.sample.map((s) => s.id),
    );
    expect(first.items.filter((i) => i.status === 'spare').map((i) => i.encounter.versionId)).toEqual(
      local.spares.map((s) => s.id),
    );
  });

  it('a different seed draws a different sample from the same frame', async () => {
    const other = await runPlan(planId, { seed: 'another-seed' });
    expect(other.audit.frameHash).toBe(first.audit.frameHash);
    expect(other.items.map((i) => i.encounter.versionId)).not.toEqual(first.items.map((i) => i.encounter.versionId));
  });

  it('generates and stores a seed when the plan has none, and that seed redraws the sample', async () => {
    const plan = await supervisor.post('/api/audit-plans', probe({ seed: null, name: 'No seed given' }));
    const generated = await runPlan(plan.body.id);
    expect(generated.audit.seed).toMatch(/^\d+$/);
    const again = await runPlan(plan.body.id, { seed: generated.audit.seed });
    expect(again.items.map((i) => i.encounter.versionId)).toEqual(generated.items.map((i) => i.encounter.versionId));
  });

  it('leaves out encounters audited within the exclusion window', async () => {
    const sampled: { n: number }[] = await t.db.query(
      `SELECT count(DISTINCT i.encounter_id)::int AS n FROM audit_items i JOIN encounters e ON e.id = i.encounter_id
        WHERE e.facility = $1 AND i.status IN ('assigned', 'in_progress', 'reviewed')`,
      [facility],
    );
    const res = await supervisor.post('/api/audit-plans/preview', probe({ exclusionWindowDays: 30 }));
    expect(res.status).toBe(200);
    expect(res.body.excludedCount).toBe(sampled[0]?.n);
    expect(res.body.frameSize).toBe(160 - (sampled[0]?.n ?? 0));
  });

  it('draws by rank, with an exclusion window, exactly what drawSample draws from the stored frame minus the stored exclusions', async () => {
    const plan = await supervisor.post(
      '/api/audit-plans',
      probe({
        name: 'Simple 12 excl',
        method: { type: 'simpleRandom', sampleSize: 12 },
        exclusionWindowDays: 30,
        seed: 'rank-seed',
      }),
    );
    expect(plan.status).toBe(201);
    const run = await runPlan(plan.body.id);
    const [stored]: { scope: string[]; excluded: string[] }[] = await t.db.query(
      'SELECT scope_version_ids::text[] AS scope, excluded_version_ids::text[] AS excluded FROM audit_frames WHERE audit_id = $1',
      [run.audit.id],
    );
    expect(stored.excluded.length).toBeGreaterThan(0);
    expect(run.audit).toMatchObject({
      scopeSize: 160,
      excludedCount: stored.excluded.length,
      frameSize: 160 - stored.excluded.length,
    });
    // The hash PostgreSQL computed is the one Node computes over the same lists.
    expect(run.audit.frameHash).toBe(frameHashOf(stored.scope, stored.excluded));
    const rows: { id: string; coder_id: string }[] = await t.db.query(
      'SELECT id::text, coder_id::text FROM encounter_versions WHERE id = ANY($1::uuid[])',
      [stored.scope],
    );
    const local = drawSample(
      rows.map((r) => ({ id: r.id, coderId: r.coder_id })),
      { method: 'simpleRandom', sampleSize: 12, seed: 'rank-seed', spares: 2 },
      { excludedIds: stored.excluded },
    );
    expect(run.items.filter((i) => i.status === 'assigned').map((i) => i.encounter.versionId)).toEqual(
      local.sample.map((s) => s.id),
    );
    expect(run.items.filter((i) => i.status === 'spare').map((i) => i.encounter.versionId)).toEqual(
      local.spares.map((s) => s.id),
    );
  });
});

describe('assignment', () => {
  it('balances the load and never gives auditors their own encounters', async () => {
    const [team] = await t.db.query(`SELECT id FROM teams WHERE name = 'Inpatient'`);
    const coderX = await createCoder(t.db, { teamId: team.id });
    const auditorX = await createUser(t.db, { role: 'auditor', coderId: coderX.id, teamIds: [team.id] });
    const auditorY = await createUser(t.db, { role: 'auditor', teamIds: [team.id] });
    const fac = `FAC-A-${randomBytes(3).toString('hex')}`;
    await createFrame(t.db, { coderIds: [coderX.id, coders[0] as string], perCoder: 10, facility: fac });
    const plan = await supervisor.post(
      '/api/audit-plans',
      probe({
        scope: { facilities: [fac] },
        method: { type: 'fixedPerCoder', perCoder: 4 },
        spares: 0,
        auditorIds: [auditorX.id, auditorY.id],
      }),
    );
    const { items } = await runPlan(plan.body.id);
    expect(items.filter((i) => i.coder.id === coderX.id).every((i) => i.auditor.id === auditorY.id)).toBe(true);
    const load = (id: string) => items.filter((i) => i.auditor.id === id).length;
    expect([load(auditorX.id), load(auditorY.id)]).toEqual([4, 4]);
    expect(items.every((i) => i.dueDate !== null)).toBe(true);
  });
});

describe('bad plans get a clear 4xx and save nothing', () => {
  const countAudits = async (): Promise<number> => (await t.db.query('SELECT count(*)::int AS n FROM audits'))[0].n;

  it('a scope that matches nothing', async () => {
    const before = await countAudits();
    const body = probe({ scope: { facilities: ['NO-SUCH-FACILITY'] } });
    const preview = await supervisor.post('/api/audit-plans/preview', body);
    expect(preview.status).toBe(400);
    expect(preview.body.error.code).toBe('PLAN_SCOPE_EMPTY');
    const plan = await supervisor.post('/api/audit-plans', body);
    const run = await supervisor.post(`/api/audit-plans/${plan.body.id}/run`, {});
    expect(run.status).toBe(400);
    expect(run.body.error).toMatchObject({ code: 'PLAN_SCOPE_EMPTY', message: 'The scope matches no encounters' });
    expect(await countAudits()).toBe(before);
  });

  it('a sample larger than the frame, with both numbers', async () => {
    const res = await supervisor.post(
      '/api/audit-plans/preview',
      probe({ method: { type: 'simpleRandom', sampleSize: 1000 } }),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('SAMPLE_LARGER_THAN_FRAME');
    expect(res.body.error.details[0]).toMatchObject({
      path: 'body.method',
      sampleSize: 1000,
      frameSize: 160,
      excess: 840,
    });
  });

  it.each([
    [-3, 'must be at least 1'],
    [2.5, 'must be a whole number'],
    ['ten', 'must be a number'],
  ])('a size of %p', async (size, message) => {
    const before = await countAudits();
    const res = await supervisor.post(
      '/api/audit-plans',
      probe({ method: { type: 'simpleRandom', sampleSize: size } }),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.details).toContainEqual({ path: 'body.method.sampleSize', message });
    expect(await countAudits()).toBe(before);
  });

  it('an unknown coder, named by its field', async () => {
    const ghost = randomUUID();
    const res = await supervisor.post(
      '/api/audit-plans',
      probe({ scope: { facilities: [facility], coderIds: [coders[0], ghost] } }),
    );
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'PLAN_CODER_UNKNOWN' });
    expect(res.body.error.details).toEqual([
      expect.objectContaining({ path: 'body.scope.coderIds.1', coderId: ghost }),
    ]);
  });

  it('a coder of another team is unknown to this supervisor', async () => {
    const [c003] = await coderIds(t.db, ['C003']); // Professional fee
    const res = await supervisor.post('/api/audit-plans', probe({ scope: { coderIds: [c003] } }));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('PLAN_CODER_UNKNOWN');
  });
});
