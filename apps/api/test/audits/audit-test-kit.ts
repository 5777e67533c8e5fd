import { CodeSetLookup } from '../../src/code-sets/code-set-lookup';
import { JobWorker } from '../../src/jobs/job-worker';
import { loadSpecCodeSets } from '../code-sets/code-set-fixtures';
import { startTestApp, type ApiClient, type ApiResponse, type TestApp } from '../support/test-app';

/** FY2026 sets the review specs validate and describe against (skipped by checksum when already loaded). */
const FY2026_SETS = /^(icd10cm-2026|icd10pcs-2026|icd10cm-poa-exempt-2026|msdrg-v43)\.csv(\.gz)?$/;

/** The HTTP app plus a BullMQ worker in the same process, so sampling and scoring jobs really run. */
export async function startAuditApp(opts: { codeSets?: boolean } = {}): Promise<TestApp> {
  const t = await startTestApp();
  if (opts.codeSets) {
    await loadSpecCodeSets(t.db, t.config.DATA_DIR, FY2026_SETS);
    t.app.get(CodeSetLookup).invalidate();
  }
  t.app.get(JobWorker).start({ audits: 2, rollups: 1 });
  return t;
}

export async function waitFor<T>(
  what: string,
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 30_000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() - started > timeoutMs)
      throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value).slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Polls the audit until sampling has finished (in review, or back in draft with the reason). */
export async function waitSampled(client: ApiClient, auditId: string): Promise<ApiResponse> {
  return waitFor(
    `audit ${auditId} to be sampled`,
    () => client.get(`/api/audits/${auditId}`),
    (res) => res.status === 200 && res.body.status !== 'sampling',
  );
}

export function put(client: ApiClient, path: string, body: unknown): Promise<ApiResponse> {
  return client.request('PUT', path, body);
}

export function del(client: ApiClient, path: string): Promise<ApiResponse> {
  return client.request('DELETE', path);
}
