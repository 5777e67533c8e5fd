import type { EntityManager } from 'typeorm';
import { execute, selectRow } from '../../database/sql';
import { IsolationRow, SnapshotIdRow } from './sampling-rows';

export interface WalkPicks {
  readonly coder: string | null;
  /** Ascending ranks into the stratum's eligible ids (relative to the pivot for a pivot half). */
  readonly ranks: number[];
}

export interface WalkHalf {
  readonly picks: WalkPicks[];
  /** True when the walk starts at PIVOT instead of the start of its stratum. */
  readonly fromPivot: boolean;
}

/**
 * Splits one walk into two of about the same length. Strata are split by their sizes (consecutive
 * strata, so each half keeps key order); a single stratum is split at PIVOT, `belowPivot` being the
 * number of its eligible ids below it: ranks from there on are taken relative to the pivot.
 * `place` tells, for each pick of the original walk, which half and position hold it.
 */
export function splitWalk(
  picks: readonly WalkPicks[],
  sizes: readonly number[],
  belowPivot: number,
): { halves: [WalkHalf, WalkHalf]; place: (stratum: number, k: number) => [0 | 1, number, number] } {
  if (picks.length === 1 && picks[0]?.coder === null) {
    const ranks = picks[0].ranks;
    const cut = ranks.findIndex((rank) => rank >= belowPivot);
    const at = cut < 0 ? ranks.length : cut;
    const halves: [WalkHalf, WalkHalf] = [
      { picks: [{ coder: null, ranks: ranks.slice(0, at) }], fromPivot: false },
      { picks: [{ coder: null, ranks: ranks.slice(at).map((rank) => rank - belowPivot) }], fromPivot: true },
    ];
    return { halves, place: (_stratum, k) => (k < at ? [0, 0, k] : [1, 0, k - at]) };
  }
  const total = sizes.reduce((sum, size) => sum + size, 0);
  let running = 0;
  let cut = picks.length;
  for (let i = 0; i < picks.length; i += 1) {
    if (running >= total / 2) {
      cut = i;
      break;
    }
    running += sizes[i] ?? 0;
  }
  const halves: [WalkHalf, WalkHalf] = [
    { picks: picks.slice(0, cut), fromPivot: false },
    { picks: picks.slice(cut), fromPivot: false },
  ];
  return { halves, place: (stratum, k) => (stratum < cut ? [0, stratum, k] : [1, stratum - cut, k]) };
}

/**
 * Runs `first` on the caller's transaction and `second` on a second connection that imports the
 * caller's snapshot (pg_export_snapshot / SET TRANSACTION SNAPSHOT), concurrently: both see exactly
 * the same data, and the two index walks use two backends. Outside a REPEATABLE READ transaction
 * the two run one after the other on the caller's connection.
 */
export async function onTwinSnapshots<T>(
  m: EntityManager,
  first: (db: EntityManager) => Promise<T>,
  second: (db: EntityManager) => Promise<T>,
): Promise<[T, T]> {
  const isolation = await selectRow(m, IsolationRow, `SELECT current_setting('transaction_isolation') AS level`);
  if (!m.queryRunner?.isTransactionActive || isolation?.level !== 'repeatable read')
    return [await first(m), await second(m)];
  const { snapshot } = (await selectRow(m, SnapshotIdRow, 'SELECT pg_export_snapshot() AS snapshot')) ?? {
    snapshot: '',
  };
  const twin = m.connection.createQueryRunner();
  try {
    await twin.connect();
    await execute(twin, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await execute(twin, `SET TRANSACTION SNAPSHOT '${snapshot.replace(/'/g, "''")}'`);
    const results = await Promise.all([first(m), second(twin.manager)]);
    await execute(twin, 'COMMIT');
    return results;
  } catch (err) {
    if (twin.connection.isInitialized) await execute(twin, 'ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await twin.release();
  }
}
