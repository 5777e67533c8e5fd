import type { ImportLayout } from '@recode/contracts';
import type { PoolClient } from 'pg';
import { pgRow } from '../../database/pg-sql';
import { execute } from '../../database/sql';
import type { StayGrouper } from '../../grouper';
import { WriteLockRow } from '../import-rows';
import { mergeBucket } from '../staging/merge-bucket';
import { indexStageTables, type StageTables } from '../staging/stage-tables';
import { ImportCancelled, type ImportState } from './import-state';

/**
 * Serialises the write phases of concurrent imports: two imports of one encounter must not both add
 * "version 2". Held by the runner's session for its whole write phase (released if the worker dies).
 */
const ENCOUNTER_WRITE_LOCK = 7_301_005;
const LOCK_POLL_MS = 250;

/**
 * Phase 2: bucket by bucket, group staged rows into encounters and write them set-based. Buckets hold
 * disjoint encounters, so `lanes` (connections; the first is the runner's own) write several at once,
 * each bucket in one transaction with its checkpoint (appended to buckets_written): a resumed job
 * writes only the buckets not yet written. A cancel takes effect after the buckets being written:
 * encounters already written stay (each is complete). Returns the time spent grouping (summed over the lanes).
 */
export async function writePhase(
  lanes: readonly PoolClient[],
  state: ImportState,
  tables: StageTables,
  layout: ImportLayout,
  grouper?: StayGrouper,
): Promise<{ groupMs: number }> {
  const [main] = lanes;
  if (!main) throw new Error('the write phase needs a connection');
  // Here rather than at the end of parsing: each run, fresh or resumed in this phase, indexes and ANALYZEs once.
  await indexStageTables(main, tables);
  const written = new Set(state.bucketsWritten);
  const pending: number[] = [];
  for (let bucket = 0; bucket < (state.bucketCount ?? 1); bucket += 1) if (!written.has(bucket)) pending.push(bucket);
  let groupMs = 0;
  if (pending.length === 0) return { groupMs };

  await acquireWriteLock(main, state.id);
  try {
    let next = 0;
    let stop: 'cancel' | 'error' | null = null;
    const lane = async (client: PoolClient): Promise<void> => {
      while (stop === null && next < pending.length) {
        const bucket = pending[next++] as number;
        try {
          const merged = await mergeBucket(client, {
            importId: state.id,
            bucket,
            tables,
            layout,
            grouper,
          });
          groupMs += merged.groupMs;
          if (merged.cancelRequested && stop === null) stop = 'cancel';
        } catch (err) {
          stop = 'error';
          throw err;
        }
      }
    };
    const results = await Promise.allSettled(lanes.slice(0, pending.length).map(lane));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    if (stop === 'cancel' && next < pending.length) throw new ImportCancelled();
    return { groupMs };
  } finally {
    await execute(main, 'SELECT pg_advisory_unlock($1)', [ENCOUNTER_WRITE_LOCK]).catch(() => undefined);
  }
}

/** Waits for another import's write phase to finish; a cancel asked for meanwhile is honoured. */
async function acquireWriteLock(client: PoolClient, importId: string): Promise<void> {
  for (;;) {
    const lock = await pgRow(
      client,
      WriteLockRow,
      `SELECT pg_try_advisory_lock($1) AS ok, (SELECT cancel_requested_at IS NOT NULL FROM imports WHERE id = $2) AS cancel`,
      [ENCOUNTER_WRITE_LOCK, importId],
    );
    if (lock?.ok) return;
    if (lock?.cancel) throw new ImportCancelled();
    await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
  }
}
