// test cost: long
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source';
import { DEFAULT_RUNTIME_ROLE, grantRuntimeRole } from '../../src/database/runtime-role';
import { seedDemoAccounts } from '../../src/seed/demo-accounts';
import { loadSpecCodeSets } from '../code-sets/code-set-fixtures';
import {
  privateServersMissing,
  startPrivatePostgres,
  startPrivateRedis,
  type PrivatePostgres,
  type PrivateRedis,
} from '../support/private-servers';
import { signedIn, startTestApp, type ApiClient, type TestApp } from '../support/test-app';
import { fingerprint, makeFaultFiles, REPO, type FaultFiles } from './fault-kit';
import { DATA_DIR, upload, waitForImport } from './import-kit';

// One worker process rides out a PostgreSQL restart in immediate mode (every session killed, crash
// recovery, UNLOGGED staging emptied) and a Redis kill -9 + restart (append-only file) during one import:
// it never exits, and the import ends with exactly the rows of an undisturbed import. The servers are this
// spec's own (temp directory, free ports), so restarting them disturbs nothing else.
const ENCOUNTERS = 10_000;
/** Generous: only "stuck" fails; the measured seconds are printed (docs/operations.md has them). */
const STUCK_MS = 180_000;
const DATABASE = 'recode_restarts';
/** The fiscal years demo encounters fall in (src/demo/demo-code-sets.ts). */
const DEMO_CODE_SETS =
  /^(icd10cm-(2025|2026)|icd10pcs-(2025|2026)|icd10cm-poa-exempt-(2025|2026)|msdrg-v(42|43)|hcpcs-\d{4}q\d)\.csv(\.gz)?$/;

const missing = privateServersMissing();
if (missing) process.stderr.write(`server-restarts.int-spec: SKIPPED, ${missing}\n`);
const describeIfServers = missing ? describe.skip : describe;

const work = mkdtempSync(path.join(tmpdir(), 'recode-restarts-'));
const workerLog = path.join(work, 'worker.log');
let pg: PrivatePostgres | undefined;
let redis: PrivateRedis | undefined;
let t: TestApp | undefined;
let worker: ChildProcess | undefined;
let admin: ApiClient;
let files: FaultFiles;

interface Mark {
  status: string;
  phase: string;
  rowsParsed: number;
  buckets: number;
}
const markText = (m: Mark): string => `${m.status} ${m.phase} ${m.rowsParsed} rows, ${m.buckets} buckets`;

/** The import's checkpoint, read on a fresh connection (null while PostgreSQL is down or recovering). */
async function checkpoint(id: string): Promise<Mark | null> {
  const db = new Client({ connectionString: pg?.urlFor(DATABASE) });
  try {
    await db.connect();
    const { rows } = await db.query(
      `SELECT status, phase, rows_parsed AS "rowsParsed", cardinality(buckets_written) AS buckets FROM imports WHERE id = $1`,
      [id],
    );
    return (rows[0] as Mark | undefined) ?? null;
  } catch {
    return null;
  } finally {
    await db.end().catch(() => undefined);
  }
}

/** Polls until `ready`; throws when the import ends first or nothing happens for STUCK_MS. */
async function waitFor(id: string, what: string, ready: (m: Mark) => boolean): Promise<Mark> {
  const deadline = Date.now() + STUCK_MS;
  let last: Mark | null = null;
  for (;;) {
    const m = await checkpoint(id);
    if (m && ready(m)) return m;
    last = m ?? last;
    if (m && m.status !== 'queued' && m.status !== 'running')
      throw new Error(`import ended (${markText(m)}) before ${what}`);
    if (Date.now() > deadline)
      throw new Error(`stuck: no ${what} in ${STUCK_MS / 1000} s (last: ${last && markText(last)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Committed progress past `from`: a later batch or bucket (a parse restarted from the top counts once it commits a batch again). */
const movedOn =
  (from: Mark) =>
  (m: Mark): boolean =>
    m.status === 'succeeded' ||
    (m.phase === 'write' && from.phase !== 'write') ||
    (m.phase === from.phase && (m.buckets > from.buckets || (m.phase === 'parse' && m.rowsParsed > from.rowsParsed)));

const alive = (w: ChildProcess | undefined): boolean => !!w && w.exitCode === null && w.signalCode === null;

beforeAll(async () => {
  if (missing) return;
  execFileSync(path.join(REPO, 'node_modules/.bin/tsc'), ['-b', 'apps/api'], { cwd: REPO, stdio: 'inherit' });
  files = makeFaultFiles(work, ENCOUNTERS, 'restarts');
  [pg, redis] = await Promise.all([startPrivatePostgres(), startPrivateRedis()]);
  const server = new Client({ connectionString: pg.urlFor('postgres') });
  await server.connect();
  await server.query(`CREATE DATABASE ${DATABASE}`).finally(() => server.end());
  const owner = await new DataSource(dataSourceOptions(pg.urlFor(DATABASE))).initialize();
  try {
    await owner.runMigrations({ transaction: 'each' });
    await seedDemoAccounts(owner);
    await grantRuntimeRole(owner, DEFAULT_RUNTIME_ROLE);
    await loadSpecCodeSets(owner, DATA_DIR, DEMO_CODE_SETS);
  } finally {
    await owner.destroy();
  }
  const env = {
    DATABASE_URL: pg.urlFor(DATABASE, DEFAULT_RUNTIME_ROLE),
    MIGRATION_DATABASE_URL: pg.urlFor(DATABASE),
    REDIS_URL: redis.url,
    REDIS_PREFIX: 'recode_restarts',
    UPLOAD_DIR: path.join(work, 'uploads'),
  };
  t = await startTestApp(env);
  admin = await signedIn(t, 'admin@recode.test');
  worker = spawn(process.execPath, ['apps/api/dist/worker.js'], {
    cwd: REPO,
    env: { ...process.env, ...env, LOG_LEVEL: 'warn', NODE_ENV: 'test', IMPORT_WRITE_CONNECTIONS: '1' },
    stdio: ['ignore', openSync(workerLog, 'a'), openSync(workerLog, 'a')],
  });
}, 900_000);

afterAll(async () => {
  // Always, even when setup failed half-way: no server of this spec outlives it.
  if (alive(worker)) worker?.kill('SIGKILL');
  await t?.close().catch(() => undefined);
  redis?.stop();
  pg?.stop();
  rmSync(work, { recursive: true, force: true });
}, 60_000);

describeIfServers(`workers and server restarts${missing ? ` (skipped: ${missing})` : ''}`, () => {
  it('a worker rides out a PostgreSQL immediate restart and a Redis kill + restart; the import ends with the undisturbed rows', async () => {
    const calm = await upload(admin, { name: 'calm.csv', path: files.calm }, { source: 'calm' });
    expect(calm.status).toBe(202);
    expect(await waitForImport(admin, calm.body.importId, 300_000)).toMatchObject({ status: 'succeeded' });

    const res = await upload(admin, { name: 'fault.csv', path: files.fault }, { source: 'fault' });
    expect(res.status).toBe(202);
    const id: string = res.body.importId;
    const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
    const report: string[] = [];

    // PostgreSQL, mid-parse after a committed batch: every session dies, staging (UNLOGGED) is emptied.
    const beforePg = await waitFor(id, 'a first parsed batch', (m) => m.phase === 'parse' && m.rowsParsed > 0);
    let struck = Date.now();
    const downMs = await (pg as PrivatePostgres).restartImmediate();
    const afterPg = await waitFor(id, 'progress after the PostgreSQL restart', movedOn(beforePg));
    report.push(
      `PostgreSQL restart (immediate) at "${markText(beforePg)}": back up after ${seconds(downMs)}, progress again after ${seconds(Date.now() - struck)} ("${markText(afterPg)}")`,
    );
    expect(alive(worker)).toBe(true);

    // Redis, killed (SIGKILL) and restarted on its append-only file, once the write phase runs.
    const beforeRedis = await waitFor(id, 'the write phase', (m) => m.phase === 'write' || m.status === 'succeeded');
    struck = Date.now();
    const redisDownMs = await (redis as PrivateRedis).killAndRestart();
    const afterRedis = await waitFor(id, 'progress after the Redis restart', movedOn(beforeRedis));
    report.push(
      `Redis kill + restart at "${markText(beforeRedis)}": back up after ${seconds(redisDownMs)}, progress again after ${seconds(Date.now() - struck)} ("${markText(afterRedis)}")`,
    );
    expect(alive(worker)).toBe(true);

    const done = await waitFor(id, 'the end of the import', (m) => m.status !== 'queued' && m.status !== 'running');
    process.stderr.write(`server-restarts: ${report.join('; ')}\n`);
    expect(alive(worker)).toBe(true);
    // No lost connection may surface as a stray rejection (the worker's last-resort handler logs those).
    expect(readFileSync(workerLog, 'utf8')).not.toMatch(
      /Worker failed to start|unhandled rejection|PromiseRejectionHandled/,
    );
    const detail = await admin.get(`/api/imports/${id}`);
    expect(done.status).toBe('succeeded');
    expect(detail.body).toMatchObject({
      status: 'succeeded',
      rowsTotal: files.rows,
      rowsWritten: files.rows,
      counts: { encountersCreated: ENCOUNTERS, codesWritten: files.rows },
    });
    const db = (t as TestApp).db;
    const expected = await fingerprint((sql, p) => db.query(sql, p), 'calm');
    expect(expected.encounters?.n).toBe(ENCOUNTERS);
    expect(await fingerprint((sql, p) => db.query(sql, p), 'fault')).toEqual(expected);
  }, 900_000);
});
