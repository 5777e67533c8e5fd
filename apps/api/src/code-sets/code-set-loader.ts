import { createHash } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { CodeSetLoadStatus, CodeSetSystem } from '@recode/contracts';
import type { PoolClient } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { pgRow, pgRows } from '../database/pg-sql';
import { type CodeSetFileSpec, discoverCodeSetFiles } from './code-set-files';
import { CodeSetFileError } from './code-set-file-error';
import { ROW_READERS } from './code-set-rows';
import { ExistingCodeSetRow, SavedCodeSetRow } from './code-set-sql-rows';
import { assertNoDuplicates, createStage, stageFile } from './code-set-stage';

export interface CodeSetFileLoad {
  status: CodeSetLoadStatus;
  rows: number;
  /** code_sets ids, one per system of the file. */
  codeSetIds: number[];
  checksum: string;
}

export interface CodeSetLoadResult {
  fileName: string;
  systems: readonly CodeSetSystem[];
  version: string;
  status: CodeSetLoadStatus | 'failed';
  rows: number;
  ms: number;
  error?: Error;
}

export interface LoadFileOptions {
  /** Runs inside the load's transaction, e.g. to write the audit-log entry with it. */
  beforeCommit?: (manager: EntityManager, load: CodeSetFileLoad) => Promise<void>;
}

// One load at a time per code set (system and version) and database: two `npm start`s, or a test beside the CLI,
// must not interleave the same set; different sets (ICD-10-CM FY2025 beside FY2026) touch different rows and may
// load side by side. A file's sets are locked in name order, so two loaders never wait on each other in a circle.
const LOAD_LOCK_SQL = `SELECT pg_advisory_xact_lock(hashtext('recode.code-set-load:' || s)) FROM unnest($1::text[]) AS s ORDER BY s`;

async function sha256File(filePath: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(filePath)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function writeSystem(
  client: PoolClient,
  spec: CodeSetFileSpec,
  system: CodeSetSystem,
  checksum: string,
): Promise<{ id: number; replaced: boolean }> {
  const saved = await pgRow(
    client,
    SavedCodeSetRow,
    `INSERT INTO code_sets (system, version, fiscal_year, effective_from, effective_to, source_file, row_count, checksum)
     SELECT $1, $2, $3, $4, $5, $6, count(*), $7 FROM code_set_stage WHERE system = $1
     ON CONFLICT (system, version) DO UPDATE SET fiscal_year = EXCLUDED.fiscal_year, effective_from = EXCLUDED.effective_from,
       effective_to = EXCLUDED.effective_to, source_file = EXCLUDED.source_file, row_count = EXCLUDED.row_count,
       checksum = EXCLUDED.checksum, loaded_at = now()
     RETURNING id, (xmax <> 0) AS replaced, row_count`,
    [system, spec.version, spec.fiscalYear, spec.effectiveFrom, spec.effectiveTo, spec.fileName, checksum],
  );
  if (!saved) throw new Error(`code_sets upsert returned nothing for ${system} ${spec.version}`);
  if (saved.row_count === 0) throw new CodeSetFileError(spec.fileName, null, null, `has no ${system} rows`);

  if (system === 'POA_EXEMPT') {
    await client.query('DELETE FROM poa_exempt_codes WHERE fiscal_year = $1', [spec.fiscalYear]);
    await client.query(
      'INSERT INTO poa_exempt_codes (fiscal_year, code) SELECT $1, code FROM code_set_stage ORDER BY code',
      [spec.fiscalYear],
    );
  } else if (system === 'MSDRG') {
    await client.query('DELETE FROM ms_drgs WHERE fiscal_year = $1', [spec.fiscalYear]);
    await client.query(
      `INSERT INTO ms_drgs (fiscal_year, drg, version, mdc, type, title, relative_weight, gmlos)
       SELECT $1, code, $2, mdc, drg_type, long_description, relative_weight, gmlos FROM code_set_stage ORDER BY code`,
      [spec.fiscalYear, spec.version],
    );
  } else {
    if (saved.replaced) await client.query('DELETE FROM codes WHERE code_set_id = $1', [saved.id]);
    await client.query(
      `INSERT INTO codes (code_set_id, code, system, fiscal_year, billable, short_description, long_description)
       SELECT $1, code, system, $2, billable, short_description, long_description FROM code_set_stage WHERE system = $3 ORDER BY code`,
      [saved.id, spec.fiscalYear, system],
    );
  }
  return { id: saved.id, replaced: saved.replaced };
}

/**
 * Loads one file in one transaction: skipped when every system of the file already holds this
 * version with the same checksum; otherwise staged with COPY and written (or replaced) set-based.
 * Any error rolls the whole file back and is thrown (a CodeSetFileError for problems in the file).
 */
export async function loadCodeSetFile(
  db: DataSource,
  spec: CodeSetFileSpec,
  options: LoadFileOptions = {},
): Promise<CodeSetFileLoad> {
  const checksum = await sha256File(spec.filePath);
  const runner = db.createQueryRunner();
  const client = (await runner.connect()) as PoolClient;
  await runner.startTransaction();
  try {
    await client.query(LOAD_LOCK_SQL, [spec.systems.map((system) => `${system}:${spec.version}`).sort()]);
    const existing = await pgRows(
      client,
      ExistingCodeSetRow,
      'SELECT id, checksum, row_count FROM code_sets WHERE version = $1 AND system = ANY($2::text[])',
      [spec.version, spec.systems],
    );
    if (existing.length === spec.systems.length && existing.every((row) => row.checksum === checksum)) {
      await runner.commitTransaction();
      const rows = existing.reduce((sum, row) => sum + row.row_count, 0);
      return { status: 'skipped', rows, codeSetIds: existing.map((row) => row.id), checksum };
    }
    await createStage(client);
    const rows = await stageFile(client, spec, ROW_READERS[spec.kind]);
    await assertNoDuplicates(client, spec.fileName);
    const written = [];
    for (const system of spec.systems) written.push(await writeSystem(client, spec, system, checksum));
    const load: CodeSetFileLoad = {
      status: written.some((w) => w.replaced) ? 'replaced' : 'loaded',
      rows,
      codeSetIds: written.map((w) => w.id),
      checksum,
    };
    if (options.beforeCommit) await options.beforeCommit(runner.manager, load);
    await runner.commitTransaction();
    return load;
  } catch (err) {
    await runner.rollbackTransaction();
    throw err;
  } finally {
    await runner.release();
  }
}

export interface LoadCodeSetsOptions {
  /** Load only some files (tests and benchmarks); default: every code-set file in the folder. */
  filter?: (fileName: string) => boolean;
}

/** Files loading at once: one file's parse (Node) overlaps the others' writes (PostgreSQL). */
const LOAD_LANES = 3;

/**
 * Loads every code-set file found in dataDir, one transaction per file. A bad file is reported and
 * left out (the database keeps what it had for it); the others still load. LOAD_LANES files load side by
 * side, the largest first; the results come back in the folder's order.
 */
export async function loadCodeSets(
  db: DataSource,
  dataDir: string,
  log: (line: string) => void,
  options: LoadCodeSetsOptions = {},
): Promise<CodeSetLoadResult[]> {
  if (!existsSync(dataDir))
    throw new Error(`DATA_DIR ${dataDir} does not exist; set DATA_DIR to the folder holding the code-set files`);
  const specs = discoverCodeSetFiles(dataDir).filter((spec) => options.filter?.(spec.fileName) ?? true);
  const results = new Array<CodeSetLoadResult>(specs.length);
  const queue = specs.map((spec, i) => ({ i, bytes: statSync(spec.filePath).size })).sort((a, b) => b.bytes - a.bytes);
  const lane = async (): Promise<void> => {
    for (let next = queue.shift(); next; next = queue.shift()) results[next.i] = await loadOne(db, specs[next.i]!, log);
  };
  await Promise.all(Array.from({ length: LOAD_LANES }, lane));
  return results;
}

async function loadOne(db: DataSource, spec: CodeSetFileSpec, log: (line: string) => void): Promise<CodeSetLoadResult> {
  const started = performance.now();
  const base = { fileName: spec.fileName, systems: spec.systems, version: spec.version };
  try {
    const load = await loadCodeSetFile(db, spec);
    return { ...base, status: load.status, rows: load.rows, ms: Math.round(performance.now() - started) };
  } catch (err) {
    const error = err instanceof Error ? err : new Error(String(err));
    log(`FAILED ${error.message}`);
    return { ...base, status: 'failed', rows: 0, ms: Math.round(performance.now() - started), error };
  }
}
