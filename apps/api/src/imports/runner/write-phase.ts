import type { ImportLayout } from '@recode/contracts';
import type { PoolClient } from 'pg';
import { mergeBucket } from '../staging/merge-bucket';
import { indexStageTables, type StageTables } from '../staging/stage-tables';
import { ImportCancelled, type ImportState } from './import-state';

/**
 * Phase 2: bucket by bucket, group staged rows into encounters and write them set-based. Each bucket
 * commits with its checkpoint, so a resumed job starts at the first bucket not yet written.
 * A cancel takes effect after the current bucket: encounters already written stay (each is complete).
 */
export async function writePhase(client: PoolClient, state: ImportState, tables: StageTables, layout: ImportLayout): Promise<void> {
  // Here rather than at the end of parsing: each run, fresh or resumed in this phase, indexes and ANALYZEs once.
  await indexStageTables(client, tables);
  const bucketCount = state.bucketCount ?? 1;
  for (let bucket = state.bucketsDone; bucket < bucketCount; bucket += 1) {
    const { cancelRequested } = await mergeBucket(client, { importId: state.id, bucket, tables, layout });
    if (cancelRequested && bucket < bucketCount - 1) throw new ImportCancelled();
  }
}
