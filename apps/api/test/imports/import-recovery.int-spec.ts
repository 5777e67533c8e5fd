// test database: with code sets
import type { ImportDetailDto } from '@recode/contracts';
import { ImportReconciler, MAX_RESUMES_WITHOUT_PROGRESS } from '../../src/imports/recovery/import-reconciler';
import { JobQueue } from '../../src/jobs/job-queue';
import { JobWorker } from '../../src/jobs/job-worker';
import { createUser } from '../support/factories';
import { ApiClient, signedIn, startTestApp, type TestApp } from '../support/test-app';
import { codeLinesCsv, ensureImportCodeSets, upload, waitForImport } from './import-kit';

// The reconciler and the admin's resume, driven by hand: the worker only starts for the last test.
let t: TestApp;
let admin: ApiClient;
const csv = (id: string): string =>
  codeLinesCsv([
    ['rec', id, 'North', 'profee', '', '', '2026-03-02', 'Aetna', 'C002', '', '90', 'ICD-10-CM', 'I10', '1', 'Y'],
  ]);

beforeAll(async () => {
  t = await startTestApp();
  await ensureImportCodeSets(t.db);
  admin = await signedIn(t, 'admin@recode.test');
}, 300_000);
afterAll(() => t.close());

/** An upload whose queue job is then lost, while its row says it is running (as after a worker died twice). */
async function orphan(externalId: string): Promise<string> {
  const res = await upload(admin, { name: `${externalId}.csv`, content: csv(externalId) });
  expect(res.status).toBe(202);
  const id: string = res.body.importId;
  await (await t.app.get(JobQueue).queue('imports').getJob(id))?.remove();
  await t.db.query(
    `UPDATE imports SET status = 'running', phase = 'parse', updated_at = now() - interval '1 minute' WHERE id = $1`,
    [id],
  );
  return id;
}

const age = (id: string): Promise<unknown> =>
  t.db.query(`UPDATE imports SET updated_at = now() - interval '1 minute' WHERE id = $1`, [id]);

describe('the reconciler', () => {
  it('queues again an import whose job is gone, and fails it with a reason once resumes make no progress', async () => {
    const id = await orphan('REC-1');
    const reconciler = t.app.get(ImportReconciler);
    const queue = t.app.get(JobQueue).queue('imports');
    for (let i = 1; i <= MAX_RESUMES_WITHOUT_PROGRESS; i += 1) {
      expect(await reconciler.reconcile()).toEqual([id]);
      expect(await (await queue.getJob(id))?.getState()).toBe('waiting');
      // A job that is waiting is BullMQ's: nothing to do.
      await age(id);
      expect(await reconciler.reconcile()).toEqual([]);
      await (await queue.getJob(id))?.remove();
    }
    expect(await reconciler.reconcile()).toEqual([]);
    const imp = (await admin.get<ImportDetailDto>(`/api/imports/${id}`)).body;
    expect(imp.status).toBe('failed');
    expect(imp.failure).toMatchObject({
      code: 'IMPORT_STALLED',
      message: expect.stringContaining(
        `resumed ${MAX_RESUMES_WITHOUT_PROGRESS} times from the same point (parse phase, 0 rows read`,
      ),
    });
  });

  it('lets an admin resume a stalled import (audit-logged), which then finishes; others may not, nor resume a file failure', async () => {
    const id = await orphan('REC-2');
    await t.db.query(
      `UPDATE imports SET status = 'failed', failure = '{"code":"IMPORT_STALLED","message":"x","details":[]}' WHERE id = $1`,
      [id],
    );
    const supervisor = await createUser(t.db, { role: 'supervisor' });
    const client = new ApiClient(t.url, '10.41.0.1');
    await client.login(supervisor.email, supervisor.password);
    expect((await client.post(`/api/imports/${id}/resume`)).status).toBe(403);

    const res = await admin.post(`/api/imports/${id}/resume`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, status: 'queued', failure: null });
    const [audit] = await t.db.query(
      `SELECT action, details FROM audit_log WHERE entity_id = $1 AND action = 'import.resumed'`,
      [id],
    );
    expect(audit).toMatchObject({ action: 'import.resumed', details: { failure: 'IMPORT_STALLED' } });
    expect((await admin.post(`/api/imports/${id}/resume`)).body.error.code).toBe('IMPORT_NOT_RESUMABLE');

    t.app.get(JobWorker).start({ imports: 1 });
    expect(await waitForImport(admin, id)).toMatchObject({ status: 'succeeded', counts: { encountersCreated: 1 } });

    const bad = await upload(admin, { name: 'bad.csv', content: 'no,header,here\n1,2,3\n' });
    const failed = await waitForImport(admin, bad.body.importId);
    expect(failed.status).toBe('failed');
    const refused = await admin.post(`/api/imports/${failed.id}/resume`);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: 'IMPORT_NOT_RESUMABLE',
      message: expect.stringContaining('because of its file'),
    });
  }, 120_000);
});
