import { randomBytes } from 'node:crypto';
import { AuditWorkReconciler, MAX_ROLLUP_REQUEUES } from '../../src/audits/recovery/audit-work-reconciler';
import { rollupsJobId } from '../../src/audits/recovery/rollup-lag';
import { AuditScoresService } from '../../src/audits/scores/audit-scores.service';
import { RollupsService } from '../../src/audits/scores/rollups.service';
import { SCORING_METHOD_VERSION } from '@recode/domain';
import { JobQueue } from '../../src/jobs/job-queue';
import { JobWorker } from '../../src/jobs/job-worker';
import { coderIds, createFrame } from '../support/audit-factories';
import { signedIn, startTestApp, type ApiClient, type TestApp } from '../support/test-app';
import { waitFor, waitSampled } from './audit-test-kit';

// A score job that succeeded but whose `rollups.refresh` was lost (a worker killed in between, Redis
// losing the job): the audit reconciler sees rollups older than their score and queues the refresh again.
// The in-process worker samples the audit and is then stopped, so every refresh job waits in its queue
// until the spec loses it or runs it.
let t: TestApp;
let supervisor: ApiClient;
let auditId: string;
let coders: string[];

const rollupsQueue = () => t.app.get(JobQueue).queue('rollups');
const reconcile = () => t.app.get(AuditWorkReconciler).reconcile();

/** Scores the audit as its job would (which queues the refresh), loses every queued refresh, and ages the score past the lag. */
async function scoreAndLoseRefresh(): Promise<void> {
  await t.app.get(AuditScoresService).handle({ auditId });
  await rollupsQueue().obliterate({ force: true });
  await rollupsQueue().resume(); // obliterate pauses the queue first
  await t.db.query(`UPDATE audit_scores SET computed_at = now() - interval '1 minute' WHERE audit_id = $1`, [auditId]);
}

async function coderRollups(): Promise<{ coderId: string; stale: boolean }[]> {
  return t.db.query(
    `SELECT r.scope_id AS "coderId", r.updated_at < (SELECT max(computed_at) FROM audit_scores WHERE audit_id = $1) AS stale
       FROM score_rollups r WHERE r.scope = 'coder' AND r.scope_id = ANY($2::uuid[]) ORDER BY 1`,
    [auditId, coders],
  );
}

beforeAll(async () => {
  t = await startTestApp();
  supervisor = await signedIn(t, 'supervisor@recode.test');
  const frameCoders = await coderIds(t.db, ['C001', 'C002']);
  const facility = `FAC-RL-${randomBytes(3).toString('hex')}`;
  await createFrame(t.db, { coderIds: frameCoders, perCoder: 10, facility, from: '2026-03-01' });
  const plan = await supervisor.post('/api/audit-plans', {
    name: 'Rollup recovery probe',
    scope: { facilities: [facility] },
    method: { type: 'fixedPerCoder', perCoder: 2 },
    seed: 'rollup-recovery',
    spares: 0,
    exclusionWindowDays: 0,
  });
  expect(plan.status).toBe(201);
  const run = await supervisor.post(`/api/audit-plans/${plan.body.id}/run`, {});
  expect(run.status).toBe(202);
  auditId = run.body.id;
  t.app.get(JobWorker).start();
  expect((await waitSampled(supervisor, auditId)).body.status).toBe('in_review');
  // Let the audit's own score jobs finish, so none moves computed_at behind the spec's back.
  const audits = t.app.get(JobQueue).queue('audits');
  await waitFor(
    'the audit queue to drain',
    () => audits.getJobCounts('waiting', 'active', 'delayed'),
    (c) => c.waiting + c.active + c.delayed === 0,
  );
  await t.app.get(JobWorker).onApplicationShutdown();
  const drawn: { id: string }[] = await t.db.query(
    `SELECT DISTINCT coder_id AS id FROM audit_items WHERE audit_id = $1 AND status <> 'spare' ORDER BY 1`,
    [auditId],
  );
  coders = drawn.map((c) => c.id);
  expect(coders).toHaveLength(2);
  await t.db.query(`UPDATE audits SET updated_at = now() - interval '5 minutes' WHERE id = $1`, [auditId]);
}, 120_000);
afterAll(() => t.close());

describe('the audit reconciler, for rollups', () => {
  it('leaves alone a scored audit with no reviewed record (its coder-months rightly have no rollup)', async () => {
    await scoreAndLoseRefresh();
    expect((await reconcile()).rollups).not.toContain(auditId);
  });

  it('queues the lost refresh again when a reviewed record has no rollup row, once until that job has run', async () => {
    await t.db.query(
      `UPDATE audit_items SET status = 'reviewed', codes_reviewed = 1, reviewed_at = now() - interval '5 minutes',
              updated_at = now() - interval '5 minutes' WHERE audit_id = $1`,
      [auditId],
    );
    await scoreAndLoseRefresh();
    expect(await coderRollups()).toEqual([]);
    expect((await reconcile()).rollups).toEqual([auditId]);
    const job = await rollupsQueue().getJob(rollupsJobId(auditId));
    expect(await job?.getState()).toBe('waiting');
    expect(new Set(job?.data.coderMonths.map((p: { coderId: string }) => p.coderId))).toEqual(new Set(coders));
    expect((await reconcile()).rollups).not.toContain(auditId); // still queued: not queued twice

    await t.app.get(RollupsService).refresh(job?.data); // what a worker on the rollups queue does
    await job?.remove();
    expect((await coderRollups()).map((r) => r.stale)).toEqual([false, false]);
    expect((await reconcile()).rollups).not.toContain(auditId);
  });

  it('queues it again for a rollup row older than the score, and stops after the re-queue limit', async () => {
    const [stale] = coders;
    await t.db.query(
      `UPDATE score_rollups SET updated_at = now() - interval '2 minutes' WHERE scope = 'coder' AND scope_id = $1`,
      [stale],
    );
    expect((await reconcile()).rollups).toEqual([auditId]);
    const job = await rollupsQueue().getJob(rollupsJobId(auditId));
    expect(job?.data.coderMonths.map((p: { coderId: string }) => p.coderId)).toEqual(
      job?.data.coderMonths.map(() => stale),
    );
    // The refresh keeps getting lost: two requeues so far for this score (one above, one here)…
    for (let i = 3; i <= MAX_ROLLUP_REQUEUES; i += 1) {
      await (await rollupsQueue().getJob(rollupsJobId(auditId)))?.remove();
      expect((await reconcile()).rollups).toEqual([auditId]);
    }
    await (await rollupsQueue().getJob(rollupsJobId(auditId)))?.remove();
    expect((await reconcile()).rollups).toEqual([]);
    const [log] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'audit.rollups_requeued'`,
      [auditId],
    );
    expect(log.n).toBe(MAX_ROLLUP_REQUEUES);
  });
});

describe('the audit reconciler, after a scoring-method change', () => {
  it('rescores an audit whose latest score is of an older method, and the refresh rewrites its rollups', async () => {
    // Each record: one code, on the principal line. Under recode-score/1 its weight was 1, under /2 the principal weight (2).
    await t.db.query(`UPDATE audit_items SET principal_codes = 1 WHERE audit_id = $1 AND status = 'reviewed'`, [
      auditId,
    ]);
    await t.db.query(`UPDATE audit_scores SET method_version = 'recode-score/1' WHERE audit_id = $1`, [auditId]);
    await t.db.query(
      `UPDATE score_rollups SET method_version = 'recode-score/1', weighted_codes = codes_reviewed WHERE scope = 'coder' AND scope_id = ANY($1::uuid[])`,
      [coders],
    );
    await t.app.get(JobQueue).queue('audits').obliterate({ force: true });
    await t.app.get(JobQueue).queue('audits').resume();
    expect((await reconcile()).scoring).toEqual([auditId]);
    const [queued] = await t.app.get(JobQueue).queue('audits').getJobs(['waiting']);
    expect(queued?.name).toBe('audits.score');
    expect(queued?.data).toEqual({ auditId });
    // The rescore still waits for the worker: the next pass leaves it be instead of queuing a repeat (it did, every
    // 5 s, until the third re-queue).
    expect((await reconcile()).scoring).toEqual([]);
    expect(await t.app.get(JobQueue).queue('audits').getJobs(['waiting'])).toHaveLength(1);
    const [log] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'audit.scoring_requeued'`,
      [auditId],
    );
    expect(log.n).toBe(1);

    await rollupsQueue().obliterate({ force: true });
    await rollupsQueue().resume();
    await t.app.get(AuditScoresService).handle(queued!.data as { auditId: string }); // what the worker does
    const [refresh] = await rollupsQueue().getJobs(['waiting']);
    await t.app.get(RollupsService).refresh(refresh!.data);
    const rows: { method_version: string; codes_reviewed: number; weighted_codes: number }[] = await t.db.query(
      `SELECT method_version, codes_reviewed, weighted_codes FROM score_rollups WHERE scope = 'coder' AND scope_id = ANY($1::uuid[])`,
      [coders],
    );
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).toMatchObject({ method_version: SCORING_METHOD_VERSION, codes_reviewed: 2 });
      expect(row.weighted_codes).toBe(4); // two records, one principal code each, weighing 2
    }
    const [score] = await t.db.query(
      `SELECT method_version FROM audit_scores WHERE audit_id = $1 ORDER BY computed_at DESC LIMIT 1`,
      [auditId],
    );
    expect(score.method_version).toBe(SCORING_METHOD_VERSION);
    expect((await reconcile()).scoring).not.toContain(auditId); // current now: not queued again
  });
});
