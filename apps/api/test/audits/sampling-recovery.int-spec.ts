import { randomBytes } from 'node:crypto';
import { AuditWorkReconciler, MAX_SAMPLING_REQUEUES } from '../../src/audits/recovery/audit-work-reconciler';
import { samplingJobId, withSamplingLock } from '../../src/audits/sampling/sampling-job';
import { JobQueue } from '../../src/jobs/job-queue';
import { JobWorker } from '../../src/jobs/job-worker';
import { coderIds, createFrame } from '../support/audit-factories';
import { signedIn, startTestApp, type ApiClient, type TestApp } from '../support/test-app';
import { waitSampled } from './audit-test-kit';

// The audit reconciler driven by hand; the worker starts only once the queue's jobs have been lost.
let t: TestApp;
let supervisor: ApiClient;
const facility = `FAC-R-${randomBytes(3).toString('hex')}`;
let planId: string;

beforeAll(async () => {
  t = await startTestApp();
  supervisor = await signedIn(t, 'supervisor@recode.test');
  await createFrame(t.db, {
    coderIds: await coderIds(t.db, ['C001', 'C002']),
    perCoder: 20,
    facility,
    from: '2026-02-01',
  });
  const plan = await supervisor.post('/api/audit-plans', {
    name: 'Recovery probe',
    scope: { facilities: [facility] },
    method: { type: 'fixedPerCoder', perCoder: 3 },
    seed: 'recovery-seed',
    spares: 1,
    exclusionWindowDays: 0,
  });
  expect(plan.status).toBe(201);
  planId = plan.body.id;
}, 120_000);
afterAll(() => t.close());

const queue = () => t.app.get(JobQueue).queue('audits');
const reconciler = () => t.app.get(AuditWorkReconciler);

/** Runs the plan with no worker, then loses its queue job (as when Redis lost it or BullMQ failed it) and ages the row. */
async function orphanedSampling(): Promise<string> {
  const run = await supervisor.post(`/api/audit-plans/${planId}/run`, {});
  expect(run.status).toBe(202);
  const id: string = run.body.id;
  await loseJob(id);
  return id;
}

async function loseJob(id: string): Promise<void> {
  await (await queue().getJob(samplingJobId(id)))?.remove();
  await t.db.query(`UPDATE audits SET updated_at = now() - interval '1 minute' WHERE id = $1`, [id]);
}

describe('the audit reconciler, for sampling', () => {
  let stalled: string;

  it('leaves alone an audit whose job is waiting or that a live session is sampling', async () => {
    const run = await supervisor.post(`/api/audit-plans/${planId}/run`, {});
    const id: string = run.body.id;
    await t.db.query(`UPDATE audits SET updated_at = now() - interval '1 minute' WHERE id = $1`, [id]);
    expect((await reconciler().reconcile()).sampling).not.toContain(id);
    await (await queue().getJob(samplingJobId(id)))?.remove();
    const whileLocked = await withSamplingLock(t.db, id, () => reconciler().reconcile());
    expect(whileLocked?.sampling).not.toContain(id);
    expect((await reconciler().reconcile()).sampling).toContain(id);
  });

  it('queues again, and after repeated re-queues with no sample sends the audit back to draft with SAMPLING_STALLED', async () => {
    stalled = await orphanedSampling();
    for (let i = 1; i <= MAX_SAMPLING_REQUEUES; i += 1) {
      expect((await reconciler().reconcile()).sampling).toContain(stalled);
      expect(await (await queue().getJob(samplingJobId(stalled)))?.getState()).toBe('waiting');
      await loseJob(stalled);
    }
    expect((await reconciler().reconcile()).sampling).not.toContain(stalled);
    const audit = (await supervisor.get(`/api/audits/${stalled}`)).body;
    expect(audit.status).toBe('draft');
    expect(audit.samplingError).toMatchObject({
      code: 'SAMPLING_STALLED',
      message: expect.stringContaining('draw the sample again'),
    });
    const [log] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'audit.sampling_requeued'`,
      [stalled],
    );
    expect(log.n).toBe(MAX_SAMPLING_REQUEUES);
  });

  it('finishes an audit whose sampling job was deleted, once a worker runs; the supervisor resumes the stalled one', async () => {
    const lost = await orphanedSampling();
    expect((await reconciler().reconcile()).sampling).toContain(lost);
    const resumed = await supervisor.post(`/api/audits/${stalled}/transitions`, { to: 'sampling' });
    expect(resumed.body.status).toBe('sampling');
    t.app.get(JobWorker).start({ audits: 2, rollups: 1 });
    for (const id of [lost, stalled]) {
      const done = await waitSampled(supervisor, id);
      expect(done.body).toMatchObject({ status: 'in_review', sampleSize: 6, samplingError: null });
    }
  });
});
