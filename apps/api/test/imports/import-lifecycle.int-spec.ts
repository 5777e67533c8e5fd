// test cost: long
// test database: with code sets
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { finished } from 'node:stream/promises';
import type { ImportDetailDto } from '@recode/contracts';
import { generateDemo } from '../../src/demo/generate-demo';
import { ImportRunner } from '../../src/imports/runner/import-runner';
import { bucketCountFor, bucketOf } from '../../src/imports/staging/bucket';
import { JobWorker } from '../../src/jobs/job-worker';
import { waitFor, waitSampled } from '../audits/audit-test-kit';
import { signedIn, startTestApp, type ApiClient, type TestApp } from '../support/test-app';
import {
  codeLinesCsv,
  countRows,
  DATA_DIR,
  ensureImportCodeSets,
  importFile,
  upload,
  waitForImport,
} from './import-kit';

// What happens to an import and its encounters over time: cancelled while it runs, and imported
// again after an audit sampled them.
const work = mkdtempSync(path.join(tmpdir(), 'recode-lifecycle-'));
const bigFile = path.join(work, 'cancel.csv');
let t: TestApp;
let admin: ApiClient;
let supervisor: ApiClient;
const FINISHED: readonly string[] = ['succeeded', 'failed', 'cancelled'];
const WRITE_CONNECTIONS = 2;

beforeAll(async () => {
  // Generated before the app starts (the generator is CPU-bound); ~20 MB, so the write phase has several 4 MB buckets.
  const out = createWriteStream(bigFile);
  await generateDemo({ encounters: 20_000, seed: 'cancel-run', dataDir: DATA_DIR, out });
  out.end();
  await finished(out);
  t = await startTestApp({ IMPORT_WRITE_CONNECTIONS: String(WRITE_CONNECTIONS) });
  await ensureImportCodeSets(t.db);
  t.app.get(JobWorker).start({ imports: 1, audits: 1, rollups: 1 });
  admin = await signedIn(t, 'admin@recode.test');
  supervisor = await signedIn(t, 'supervisor@recode.test');
}, 900_000);
afterAll(async () => {
  await t.close();
  rmSync(work, { recursive: true, force: true });
});

describe('cancelling a running import', () => {
  it('stops after the buckets in hand: whole encounters of finished buckets stay, nothing of the rest, staging dropped', async () => {
    // From the file: how many code rows each encounter has.
    const rowsPerEncounter = new Map<string, number>();
    for (const line of readFileSync(bigFile, 'utf8').trimEnd().split('\n').slice(1)) {
      const external = line.split(',')[1] as string;
      rowsPerEncounter.set(external, (rowsPerEncounter.get(external) ?? 0) + 1);
    }
    const buckets = bucketCountFor(statSync(bigFile).size);
    expect(buckets).toBeGreaterThan(WRITE_CONNECTIONS + 2);
    // Buckets 1 and 2, which the two write connections take after bucket 0, are held up: an uncommitted
    // encounter row with keys of theirs makes their INSERT wait. So the cancel below surely arrives mid-write.
    const blocker = await t.db.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    const held = [...rowsPerEncounter.keys()].filter((external) =>
      [1, 2].includes(bucketOf('demo', external, buckets)),
    );
    await blocker.query(
      `INSERT INTO encounters (source, external_id, current_version_id, version_count, coder_id, setting, encounter_date, fiscal_year, flagged, code_count)
       SELECT 'demo', x, gen_random_uuid(), 1, (SELECT id FROM coders LIMIT 1), 'inpatient', '2026-01-01', 2026, false, 0 FROM unnest($1::text[]) x`,
      [held],
    );
    let id = '';
    try {
      const res = await upload(admin, { name: 'cancel.csv', path: bigFile });
      expect(res.status).toBe(202);
      id = res.body.importId;
      await waitFor(
        'bucket 0 to be written',
        () => admin.get<ImportDetailDto>(`/api/imports/${id}`),
        (r) => FINISHED.includes(r.body.status) || r.body.rowsWritten > 0,
        600_000,
      );
      const cancel = await admin.post(`/api/imports/${id}/cancel`);
      expect(cancel.status).toBe(200);
      expect(cancel.body).toMatchObject({ status: 'running', cancelRequested: true });
    } finally {
      await blocker.rollbackTransaction();
      await blocker.release();
    }
    const done = await waitForImport(admin, id, 300_000);
    expect(done.status).toBe('cancelled');

    const [{ bucket_count: bucketCount, buckets_done: bucketsDone, buckets_written: written }] = await t.db.query(
      'SELECT bucket_count, buckets_done, buckets_written FROM imports WHERE id = $1',
      [id],
    );
    expect(bucketCount).toBe(buckets);
    // Bucket 0, then the two held up (they finish once released, and see the cancel at their checkpoint).
    expect([...written].sort()).toEqual([0, 1, 2]);
    expect(bucketsDone).toBe(3);
    const finished = new Set<number>(written);
    const expected = [...rowsPerEncounter.keys()]
      .filter((external) => finished.has(bucketOf('demo', external, buckets)))
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(rowsPerEncounter.size);
    const stored: { external_id: string; codes: number; code_count: number }[] = await t.db.query(
      `SELECT e.external_id, e.code_count, (SELECT count(*)::int FROM encounter_codes c WHERE c.version_id = e.current_version_id) AS codes
         FROM encounters e WHERE e.external_id LIKE 'Dcancelrun-%' ORDER BY e.external_id`,
    );
    expect(stored.map((s) => s.external_id)).toEqual(expected);
    expect(stored.filter((s) => s.codes !== rowsPerEncounter.get(s.external_id) || s.code_count !== s.codes)).toEqual(
      [],
    );
    // The runner drops its staging tables right after recording the status.
    await waitFor(
      'staging tables to be dropped',
      () => countRows(t.db, `SELECT 1 FROM pg_tables WHERE tablename LIKE 'import_stage_%'`),
      (n) => n === 0,
      15_000,
    );
    const again = await admin.post(`/api/imports/${id}/cancel`);
    expect(again.status).toBe(409);
  }, 900_000);
});

describe('re-importing an encounter that an audit sampled', () => {
  const facility = `AUDITED-${randomBytes(3).toString('hex')}`;
  const row = (codes: [string, string, string][], drg: string) =>
    codes.map(([code, principal, poa], i) => [
      'av',
      'AV-1',
      facility,
      'inpatient',
      '2026-02-01',
      '2026-02-05',
      '',
      'Medicare',
      'C001',
      drg,
      '15000',
      'ICD-10-CM',
      code,
      String(i + 1),
      principal,
      poa,
    ]);
  const first = row(
    [
      ['A419', 'Y', 'Y'],
      ['E871', 'N', 'Y'],
    ],
    '872',
  );
  const changed = row(
    [
      ['A419', 'Y', 'Y'],
      ['E871', 'N', 'Y'],
      ['J9601', 'N', 'Y'],
    ],
    '871',
  );

  it('writes a new current version and leaves the audited one, and the audit item, as they were', async () => {
    expect((await importFile(admin, 'audited-v1.csv', codeLinesCsv(first))).counts).toMatchObject({
      encountersCreated: 1,
    });
    const plan = await supervisor.post('/api/audit-plans', {
      name: 'Audited version stays',
      scope: { facilities: [facility] },
      method: { type: 'simpleRandom', sampleSize: 1 },
      seed: 'audited',
      spares: 0,
      exclusionWindowDays: 0,
    });
    expect(plan.status).toBe(201);
    const runRes = await supervisor.post(`/api/audit-plans/${plan.body.id}/run`, {});
    expect(runRes.status).toBe(202);
    const audit = await waitSampled(supervisor, runRes.body.id);
    expect(audit.body.status).toBe('in_review');
    const [item] = (await supervisor.get(`/api/audits/${audit.body.id}/items`)).body;
    expect(item.encounter.externalId).toBe('AV-1');
    const auditedVersion: string = item.encounter.versionId;

    const second = await importFile(admin, 'audited-v2.csv', codeLinesCsv(changed));
    expect(second.counts).toMatchObject({ encountersCreated: 0, encountersVersioned: 1 });
    const versions = await t.db.query(
      `SELECT v.id, v.version, v.drg, e.current_version_id = v.id AS current FROM encounter_versions v JOIN encounters e ON e.id = v.encounter_id
        WHERE e.source = 'av' AND e.external_id = 'AV-1' ORDER BY v.version`,
    );
    expect(versions).toEqual([
      { id: auditedVersion, version: 1, drg: '872', current: false },
      { id: expect.any(String), version: 2, drg: '871', current: true },
    ]);
    const [stored] = await t.db.query('SELECT encounter_version_id FROM audit_items WHERE id = $1', [item.id]);
    expect(stored.encounter_version_id).toBe(auditedVersion);
    const review = await supervisor.get(`/api/audits/${audit.body.id}/items/${item.id}`);
    expect(review.status).toBe(200);
    expect(review.body.coderCodes.map((c: { code: string }) => c.code)).toEqual(['A419', 'E871']);
    expect(review.body.encounter.versionId).toBe(auditedVersion);
  }, 300_000);
});

describe('two imports of the same encounters at the same time', () => {
  const facility = `TWICE-${randomBytes(3).toString('hex')}`;
  const encounter = (n: number, third: string) =>
    [
      ['A419', 'Y', 'Y'],
      ['E871', 'N', 'Y'],
      [third, 'N', 'Y'],
    ].map(([code, principal, poa], i) => [
      'tw',
      `TW-${n}`,
      facility,
      'inpatient',
      '2026-02-01',
      '2026-02-05',
      '',
      'Medicare',
      'C001',
      '872',
      '15000',
      'ICD-10-CM',
      code as string,
      String(i + 1),
      principal as string,
      poa as string,
    ]);
  /** An import row and its file, as the upload leaves them, for the runner to pick up directly. */
  async function queuedImport(name: string, csv: string): Promise<string> {
    const id = crypto.randomUUID();
    const file = path.join(work, `${id}.upload`);
    writeFileSync(file, csv);
    await t.db.query(
      `INSERT INTO imports (id, file_name, file_path, file_bytes, file_sha256, requested_layout, source) VALUES ($1, $2, $3, $4, '', 'code-lines', 'spec')`,
      [id, name, file, Buffer.byteLength(csv)],
    );
    return id;
  }

  it('write one after the other: every encounter once, versions 1, 2 without gaps or doubles', async () => {
    const count = 300;
    const a = codeLinesCsv(Array.from({ length: count }, (_, i) => encounter(i, 'J9601')).flat());
    // The second file changes every other encounter's third code.
    const b = codeLinesCsv(Array.from({ length: count }, (_, i) => encounter(i, i % 2 ? 'J9601' : 'N179')).flat());
    const [first, second] = [await queuedImport('twice-a.csv', a), await queuedImport('twice-b.csv', b)];
    const runner = t.app.get(ImportRunner);
    const statuses = await Promise.all([
      runner.run(first, { finalAttempt: true }),
      runner.run(second, { finalAttempt: true }),
    ]);
    expect(statuses).toEqual(['succeeded', 'succeeded']);

    const counts = await t.db.query(
      `SELECT encounters_created AS created, encounters_versioned AS versioned, encounters_unchanged AS unchanged FROM imports WHERE id = ANY($1::uuid[])`,
      [[first, second]],
    );
    // Whichever wrote first created all of them; the other versioned the changed half and left the rest.
    expect(counts.map((c: { created: number }) => c.created).sort((x: number, y: number) => x - y)).toEqual([0, count]);
    expect(counts.find((c: { created: number }) => c.created === 0)).toEqual({
      created: 0,
      versioned: count / 2,
      unchanged: count / 2,
    });
    const chains = await t.db.query(
      `SELECT e.version_count, array_agg(v.version ORDER BY v.version) AS versions, bool_or(v.id = e.current_version_id AND v.version = e.version_count) AS current_is_last
         FROM encounters e JOIN encounter_versions v ON v.encounter_id = e.id WHERE e.facility = $1 GROUP BY e.id`,
      [facility],
    );
    expect(chains).toHaveLength(count);
    expect(
      chains.filter(
        (c: { versions: number[]; version_count: number; current_is_last: boolean }) =>
          !c.current_is_last || c.versions.join() !== Array.from({ length: c.version_count }, (_, i) => i + 1).join(),
      ),
    ).toEqual([]);
    expect(chains.filter((c: { version_count: number }) => c.version_count === 2)).toHaveLength(count / 2);
  }, 120_000);
});
