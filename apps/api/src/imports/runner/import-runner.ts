import { rm } from 'node:fs/promises';
import type { ImportFailure, ImportStatus } from '@recode/contracts';
import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { pgRow } from '../../database/pg-sql';
import { execute } from '../../database/sql';
import { LockRow } from '../../database/rows';
import { ImportFileError } from '../file/import-file-error';
import { dropStageTables, lastFragmentId, stageTablesFor, type StageTables } from '../staging/stage-tables';
import type { CodeSetIndex } from '../validation/code-set-index';
import { ImportCancelled, loadImportState, type ImportState } from './import-state';
import { parsePhase } from './parse-phase';
import type { StayGrouper } from '../../grouper';
import { writePhase } from './write-phase';

export class ImportBusyError extends Error {}

/** Progress notes for the worker's log (phase timings). */
export type RunLog = (message: string, data: Record<string, unknown>) => void;

export interface RunnerOptions {
  /** Connections writing buckets side by side in the write phase (the runner's own included). */
  writeConnections: number;
  /** Groups inpatient stays in the write phase (the grouper DRG beside the billed one); without it they are not grouped. */
  grouper?: StayGrouper;
}

export interface RunOptions {
  /** On the last attempt an unexpected error marks the import failed instead of waiting for a retry. */
  finalAttempt: boolean;
}

/**
 * Runs (or resumes) one import: parse phase, then write phase, then clean-up. Used by the BullMQ
 * handler and by the demo loader, so both go through exactly the same pipeline.
 */
export class ImportRunner {
  /** `codeSets` is called once per run, so a run sees code sets reloaded since the last one. */
  constructor(
    private readonly db: DataSource,
    private readonly codeSets: () => Promise<CodeSetIndex>,
    private readonly log: RunLog = () => undefined,
    private readonly options: RunnerOptions = { writeConnections: 1 },
  ) {}

  async run(importId: string, options: RunOptions): Promise<ImportStatus> {
    const queryRunner = this.db.createQueryRunner();
    // TypeORM types its driver connection as any; for postgres it is a pg PoolClient (needed for COPY).
    const client = (await queryRunner.connect()) as PoolClient;
    const tables = stageTablesFor(importId);
    try {
      // One runner per import at a time, across processes; released when the session ends (even killed).
      const lock = await pgRow(client, LockRow, 'SELECT pg_try_advisory_lock(hashtextextended($1, 7301005)) AS ok', [
        importId,
      ]);
      if (!lock?.ok) throw new ImportBusyError(`import ${importId} is being run by another worker`);
      await roomForTempTables(client);
      try {
        return await this.runLocked(client, importId, tables, options);
      } finally {
        await execute(client, 'SELECT pg_advisory_unlock(hashtextextended($1, 7301005))', [importId]).catch(
          () => undefined,
        );
      }
    } finally {
      await queryRunner.release();
    }
  }

  private async runLocked(
    client: PoolClient,
    importId: string,
    tables: StageTables,
    options: RunOptions,
  ): Promise<ImportStatus> {
    const state = await loadImportState(client, importId);
    if (!state) throw new Error(`import ${importId} does not exist`);
    if (state.status === 'succeeded' || state.status === 'failed' || state.status === 'cancelled') {
      await this.cleanUp(client, state, tables);
      return state.status;
    }
    try {
      if (state.cancelRequested) throw new ImportCancelled();
      await execute(
        client,
        `UPDATE imports SET status = 'running', started_at = coalesce(started_at, now()), updated_at = now() WHERE id = $1`,
        [importId],
      );
      let started = Date.now();
      if (state.phase === 'write' && !(await lastFragmentId(client, tables))) {
        // PostgreSQL restarted and emptied the UNLOGGED staging tables: stage the file again. Buckets
        // already written stay written; writing them again changes nothing (same content hash).
        await execute(client, `DELETE FROM import_errors WHERE import_id = $1`, [importId]);
        await execute(
          client,
          `UPDATE imports SET phase = 'parse', rows_parsed = 0, error_count = 0, rows_with_errors = 0 WHERE id = $1`,
          [importId],
        );
        Object.assign(state, { phase: 'parse', rowsParsed: 0 });
      }
      const layout =
        state.phase === 'write' && state.layout
          ? state.layout
          : await parsePhase(state, tables, { client, index: await this.codeSets(), today: today() });
      this.log('import parse phase done', { importId, ms: Date.now() - started, resumedAt: state.rowsParsed });
      started = Date.now();
      const fresh = (await loadImportState(client, importId)) as ImportState;
      const grouper = this.options.grouper && timedGrouper(this.options.grouper);
      const written = await this.withLanes(client, (lanes) => writePhase(lanes, fresh, tables, layout, grouper?.group));
      // groupMs: the grouping steps (their SQL too); grouperMs: inside the grouper itself (worker CPU).
      this.log('import write phase done', {
        importId,
        ms: Date.now() - started,
        resumedAtBucket: fresh.bucketsDone,
        grouper: grouper ? 'on' : 'off',
        staysGrouped: grouper?.stats.stays ?? 0,
        groupMs: Math.round(written.groupMs),
        grouperMs: Math.round(grouper?.stats.ms ?? 0),
      });
      await execute(
        client,
        `UPDATE imports SET status = 'succeeded', phase = 'done', finished_at = now(), updated_at = now(), rows_written = rows_total,
           rows_with_errors = (SELECT count(DISTINCT row_no) FROM import_errors WHERE import_id = $1)
         WHERE id = $1`,
        [importId],
      );
      await this.cleanUp(client, state, tables);
      return 'succeeded';
    } catch (err) {
      if (err instanceof ImportCancelled) return this.finish(client, state, tables, 'cancelled', null);
      if (err instanceof ImportFileError) return this.finish(client, state, tables, 'failed', err.toFailure());
      if (options.finalAttempt) {
        const message = err instanceof Error ? err.message : String(err);
        // Not the file's fault: the upload and staged rows stay, so an admin can resume (docs/operations.md).
        const failure = {
          code: 'INTERNAL',
          message: `The import stopped on an internal error: ${message.slice(0, 500)}`,
          details: [],
        };
        await execute(
          client,
          `UPDATE imports SET status = 'failed', failure = $2::jsonb, finished_at = now(), updated_at = now() WHERE id = $1`,
          [state.id, JSON.stringify(failure)],
        );
      }
      throw err;
    }
  }

  /** The runner's connection plus `writeConnections - 1` more from the pool, released afterwards. */
  private async withLanes<T>(client: PoolClient, work: (lanes: PoolClient[]) => Promise<T>): Promise<T> {
    const runners = Array.from({ length: Math.max(0, this.options.writeConnections - 1) }, () =>
      this.db.createQueryRunner(),
    );
    try {
      const extra = (await Promise.all(runners.map((r) => r.connect()))) as PoolClient[];
      await Promise.all(extra.map(roomForTempTables));
      return await work([client, ...extra]);
    } finally {
      await Promise.all(runners.map((r) => r.release()));
    }
  }

  private async finish(
    client: PoolClient,
    state: ImportState,
    tables: StageTables,
    status: 'failed' | 'cancelled',
    failure: ImportFailure | null,
  ): Promise<ImportStatus> {
    await execute(
      client,
      `UPDATE imports SET status = $2, failure = $3::jsonb, finished_at = now(), updated_at = now() WHERE id = $1`,
      [state.id, status, failure ? JSON.stringify(failure) : null],
    );
    await this.cleanUp(client, state, tables);
    return status;
  }

  /** Staged rows and the upload are only needed while the import runs; the file may hold patient data. */
  private async cleanUp(client: PoolClient, state: ImportState, tables: StageTables): Promise<void> {
    await dropStageTables(client, tables);
    await rm(state.filePath, { force: true });
  }
}

/**
 * Each bucket builds a few temporary tables; 8 MB of temp buffers (the default) would push them to disk.
 * Only possible before the session's first temporary table, so a reused connection may keep its setting.
 */
async function roomForTempTables(client: PoolClient): Promise<void> {
  await execute(client, `SET temp_buffers = '64MB'`).catch(() => undefined);
}

/** The grouper, counting the stays it grouped and the time it took. */
function timedGrouper(inner: StayGrouper): { group: StayGrouper; stats: { stays: number; ms: number } } {
  const stats = { stays: 0, ms: 0 };
  const group: StayGrouper = (date, input) => {
    const start = performance.now();
    try {
      return inner(date, input);
    } finally {
      stats.ms += performance.now() - start;
      stats.stays += 1;
    }
  };
  return { group, stats };
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
