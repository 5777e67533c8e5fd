// test cost: long
// test database: with code sets
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { ImportDetailDto } from '@recode/contracts';
import { signedIn, startTestApp, type ApiClient, type TestApp } from '../support/test-app';
import { countRows, ensureImportCodeSets, upload, waitForImport } from './import-kit';

// A real worker process is killed (SIGKILL) in the middle of an import; a second one must finish it
// with exactly the encounters and codes of the file: nothing lost, nothing twice.
const repo = path.resolve(__dirname, '../../../..');
const work = mkdtempSync(path.join(tmpdir(), 'recode-kill-'));
const uploadDir = path.join(work, 'uploads');
let t: TestApp;
let admin: ApiClient;
const workers: ChildProcess[] = [];
let parseFile: { file: string; rows: number };
let writeFile: { file: string; rows: number };

function startWorker(): ChildProcess {
  const child = spawn(process.execPath, ['apps/api/dist/worker.js'], {
    cwd: repo,
    env: { ...process.env, UPLOAD_DIR: uploadDir, LOG_LEVEL: 'warn', NODE_ENV: 'test' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  workers.push(child);
  return child;
}

function demoFile(name: string, encounters: number, seed: string): { file: string; rows: number } {
  const file = path.join(work, name);
  execFileSync(
    process.execPath,
    ['apps/api/dist/cli/demo-generate.js', '--encounters', String(encounters), '--seed', seed, '--out', file],
    { cwd: repo, stdio: 'ignore' },
  );
  return { file, rows: readFileSync(file, 'utf8').trimEnd().split('\n').length - 1 };
}

/** Polls the import until `ready` says it is the moment to strike. */
async function waitUntil(id: string, ready: (imp: ImportDetailDto) => boolean): Promise<ImportDetailDto> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const imp = (await admin.get<ImportDetailDto>(`/api/imports/${id}`)).body;
    if (ready(imp)) return imp;
    if (imp.status !== 'queued' && imp.status !== 'running')
      throw new Error(`import ended (${imp.status}) before the worker could be killed`);
    if (Date.now() > deadline) throw new Error(`import never reached the kill point: ${JSON.stringify(imp)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function killMidway(
  file: string,
  source: string,
  ready: (imp: ImportDetailDto) => boolean,
): Promise<{ atKill: ImportDetailDto; done: ImportDetailDto }> {
  const victim = startWorker();
  const res = await upload(admin, { name: path.basename(file), path: file }, { source });
  expect(res.status).toBe(202);
  const atKill = await waitUntil(res.body.importId, ready);
  victim.kill('SIGKILL');
  await new Promise((r) => victim.once('exit', r));
  startWorker(); // picks the stalled job up once its lock expires (BullMQ: ~30 s)
  const done = await waitForImport(admin, res.body.importId, 180_000);
  return { atKill, done };
}

beforeAll(async () => {
  execFileSync(path.join(repo, 'node_modules/.bin/tsc'), ['-b', 'apps/api'], { cwd: repo, stdio: 'inherit' });
  // Generated before the app starts: a blocking generator would stall the HTTP client's sockets.
  parseFile = demoFile('parse.csv', 20_000, 'kill-parse');
  writeFile = demoFile('write.csv', 30_000, 'kill-write');
  t = await startTestApp({ UPLOAD_DIR: uploadDir });
  await ensureImportCodeSets(t.db);
  admin = await signedIn(t, 'admin@recode.test');
}, 600_000);

afterAll(async () => {
  for (const w of workers) if (w.exitCode === null) w.kill('SIGTERM');
  await t.close();
});

/** Demo files name their encounters D<seed>-nnnnnnn (source "demo"). */
async function expectExactly(tag: string, encounters: number, codes: number): Promise<void> {
  const like = `D${tag}-%`;
  expect(await countRows(t.db, 'SELECT 1 FROM encounters WHERE external_id LIKE $1', [like])).toBe(encounters);
  expect(
    await countRows(
      t.db,
      'SELECT 1 FROM encounter_versions v JOIN encounters e ON e.id = v.encounter_id WHERE e.external_id LIKE $1',
      [like],
    ),
  ).toBe(encounters);
  expect(
    await countRows(
      t.db,
      'SELECT 1 FROM encounter_codes c JOIN encounter_versions v ON v.id = c.version_id JOIN encounters e ON e.id = v.encounter_id WHERE e.external_id LIKE $1',
      [like],
    ),
  ).toBe(codes);
  expect(
    await countRows(t.db, `SELECT 1 FROM encounters WHERE external_id LIKE $1 AND version_count <> 1`, [like]),
  ).toBe(0);
}

describe('killing the worker mid-import', () => {
  it('while it parses: the next worker resumes after the last committed batch', async () => {
    const { file, rows } = parseFile;
    const { atKill, done } = await killMidway(file, 'kill-parse', (imp) => imp.phase === 'parse' && imp.rowsParsed > 0);
    expect(atKill.rowsParsed).toBeLessThan(rows);
    expect(done).toMatchObject({
      status: 'succeeded',
      rowsTotal: rows,
      rowsWritten: rows,
      counts: { encountersCreated: 20_000, encountersRejected: 0, codesWritten: rows },
    });
    await expectExactly('killparse', 20_000, rows);
    const duplicated = await countRows(
      t.db,
      'SELECT 1 FROM import_errors WHERE import_id = $1 GROUP BY row_no, field, value, code HAVING count(*) > 1',
      [done.id],
    );
    expect(duplicated).toBe(0);
  }, 400_000);

  it('while it writes encounters: buckets already committed are not written twice', async () => {
    const { file, rows } = writeFile;
    const { atKill, done } = await killMidway(file, 'kill-write', (imp) => imp.phase === 'write' && imp.progress > 0.5);
    expect(atKill.rowsWritten).toBeGreaterThan(0);
    expect(atKill.rowsWritten).toBeLessThan(rows);
    expect(done).toMatchObject({
      status: 'succeeded',
      rowsWritten: rows,
      counts: { encountersCreated: 30_000, encountersUnchanged: 0, codesWritten: rows },
    });
    await expectExactly('killwrite', 30_000, rows);
    expect(await countRows(t.db, `SELECT 1 FROM pg_tables WHERE tablename LIKE 'import_stage_%'`)).toBe(0);
  }, 400_000);
});
