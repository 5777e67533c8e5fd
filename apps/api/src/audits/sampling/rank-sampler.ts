import {
  compareCodeUnits,
  drawRanks,
  SamplingError,
  seedText,
  type FrameItem,
  type SampleDraw,
  type SamplePlan,
  type StratumRanks,
} from '@recode/domain';
import { EntityManager, type DataSource } from 'typeorm';
import { selectManyRows, selectRows } from '../../database/sql';
import { scopeConditions, type FrameScope } from './frame-loader';
import { IdRow } from '../../database/rows';
import { CoderFrameCountRow, VersionCoderRow } from './sampling-rows';
import { onTwinSnapshots, splitWalk } from './split-walk';

type Db = DataSource | EntityManager;

/** The middle of the uuid range: a walk over one stratum is split there, each half on its own connection. */
export const PIVOT = '80000000-0000-0000-0000-000000000000';

export interface FrameCounts {
  /** Eligible encounters per coder (scope minus recently audited), in coder id order. */
  readonly perCoder: { key: string; size: number }[];
  readonly scopeSize: number;
  /** Eligible encounters whose current version id sorts below PIVOT (splits an unstratified walk in two). */
  readonly belowPivot: number;
  /** Current version ids of the scope's recently audited encounters, sorted. */
  readonly excludedVersionIds: string[];
}

/** The scope's WHERE clause (with its parameters appended to `params`), or '' for no restriction. */
function whereOf(scope: FrameScope, params: unknown[]): string {
  const where = scopeConditions(scope, params);
  return where.length ? where.join(' AND ') : 'true';
}

/**
 * Per-coder counts from the (coder, current version) index, and the few recently audited versions
 * in scope, which are taken off those counts. The frame itself never leaves the database.
 */
export async function countFrame(db: Db, scope: FrameScope, exclusionWindowDays: number): Promise<FrameCounts> {
  const params: unknown[] = [];
  const where = whereOf(scope, params);
  const counts = await selectRows(
    db,
    CoderFrameCountRow,
    `SELECT e.coder_id::text AS key, count(*)::int AS size, (count(*) FILTER (WHERE e.current_version_id < '${PIVOT}'::uuid))::int AS below
       FROM encounters e WHERE ${where} GROUP BY e.coder_id ORDER BY e.coder_id`,
    params,
  );
  params.push(exclusionWindowDays);
  // Every recently audited version in scope (can be tens of thousands): the first row is checked.
  const excluded = await selectManyRows(
    db,
    VersionCoderRow,
    `SELECT e.current_version_id::text AS id, e.coder_id::text AS coder FROM encounters e
      WHERE ${where} AND e.id IN (SELECT ai.encounter_id FROM audit_items ai
        WHERE ai.status IN ('assigned', 'in_progress', 'reviewed') AND ai.created_at >= now() - make_interval(days => $${params.length}::int))
      ORDER BY e.current_version_id`,
    params,
  );
  const byCoder = new Map(counts.map((c) => [c.key, c.size]));
  for (const row of excluded) byCoder.set(row.coder, (byCoder.get(row.coder) ?? 0) - 1);
  const perCoder = [...byCoder.entries()]
    .filter(([, size]) => size > 0)
    .map(([key, size]) => ({ key, size }))
    .sort((a, b) => compareCodeUnits(a.key, b.key));
  const below = counts.reduce((sum, c) => sum + c.below, 0) - excluded.filter((row) => row.id < PIVOT).length;
  return {
    perCoder,
    scopeSize: counts.reduce((sum, c) => sum + c.size, 0),
    belowPivot: below,
    excludedVersionIds: excluded.map((row) => row.id),
  };
}

/**
 * The ids at `ranks` (0-based, ascending) of each stratum's eligible ids in id order, in one statement:
 * a recursive walk where each step skips forward from the previous pick along the index with
 * OFFSET gap LIMIT 1, so the whole walk reads each index entry at most once and returns only the picks.
 * uuid order in PostgreSQL (bytes) equals the code-unit order of their lowercase text, the domain's order.
 */
export async function idsAtRanks(
  db: Db,
  scope: FrameScope,
  excludedVersionIds: readonly string[],
  picks: readonly { coder: string | null; ranks: number[] }[],
  fromPivot = false,
): Promise<string[][]> {
  const coders: (string | null)[] = [];
  const ranks: number[] = [];
  for (const pick of picks) {
    for (const rank of pick.ranks) {
      coders.push(pick.coder);
      ranks.push(rank);
    }
  }
  if (ranks.length === 0) return picks.map(() => []);
  const stratified = picks.some((pick) => pick.coder !== null);
  // PostgreSQL refuses a parameter the text never uses, so the coder list is only sent when strata are.
  const params: unknown[] = stratified
    ? [ranks, ranks.length, excludedVersionIds, coders]
    : [ranks, ranks.length, excludedVersionIds];
  const where = whereOf(scope, params);
  const coderAt = (g: string): string => `($4::uuid[])[${g}]`;
  const step = (from: string, offset: string, g: string): string =>
    `(SELECT e.current_version_id FROM encounters e
       WHERE ${stratified ? `e.coder_id = ${coderAt(g)} AND ` : ''}${from} e.current_version_id <> ALL($3::uuid[]) AND ${where}
       ORDER BY ${stratified ? 'e.coder_id, ' : ''}e.current_version_id OFFSET ${offset} LIMIT 1)`;
  const start = fromPivot ? `e.current_version_id >= '${PIVOT}'::uuid AND` : '';
  const rows = await selectRows(
    db,
    IdRow,
    `WITH RECURSIVE walk(g, id) AS (
       SELECT 1, ${step(start, '($1::int[])[1]', '1')}
       UNION ALL
       SELECT w.g + 1, CASE WHEN ${stratified ? `${coderAt('w.g + 1')} = ${coderAt('w.g')}` : 'true'}
                       THEN ${step('e.current_version_id > w.id AND', '($1::int[])[w.g + 1] - ($1::int[])[w.g] - 1', 'w.g + 1')}
                       ELSE ${step(start, '($1::int[])[w.g + 1]', 'w.g + 1')} END
         FROM walk w WHERE w.g < $2::int)
     SELECT id::text AS id FROM walk ORDER BY g`,
    params,
  );
  const out: string[][] = [];
  let at = 0;
  for (const pick of picks) {
    out.push(rows.slice(at, at + pick.ranks.length).map((row) => row.id));
    at += pick.ranks.length;
  }
  return out;
}

/**
 * drawSample without reading the frame into Node: counts per coder, ranks drawn by the domain from those
 * sizes, ids fetched at the ranks. Gives exactly drawSample's sample for plans without targeting rules.
 */
export async function drawByRank(
  db: Db,
  scope: FrameScope,
  plan: SamplePlan,
  exclusionWindowDays: number,
): Promise<SampleDraw<FrameItem> & { excludedVersionIds: string[] }> {
  seedText(plan.seed); // a bad seed is reported before any frame problem, as drawSample does
  const counts = await countFrame(db, scope, exclusionWindowDays);
  const frameSize = counts.perCoder.reduce((sum, c) => sum + c.size, 0);
  // The same refusals, in the same words, as the domain's prepareFrame.
  if (counts.scopeSize === 0) throw new SamplingError('SAMPLE_FRAME_EMPTY', 'the scope matches no encounters');
  if (frameSize === 0) {
    const excludedCount = counts.excludedVersionIds.length;
    throw new SamplingError(
      'SAMPLE_FRAME_EMPTY_AFTER_EXCLUSION',
      `all ${counts.scopeSize} encounters in scope were audited recently and are excluded`,
      { excludedCount },
    );
  }
  const { strata, algorithm } = drawRanks(frameSize, () => counts.perCoder, plan);
  // Each stratum's ranks ascending for the walk; then put back in draw order.
  const sorted = strata.map((s) => [...s.sampleRanks, ...s.spareRanks].sort((a, b) => a - b));
  const picks = strata.map((s, i) => ({ coder: s.stratified ? s.key : null, ranks: sorted[i] ?? [] }));
  // The walk reads about the whole frame once: split in two halves read by two backends on one snapshot.
  const { halves, place } = splitWalk(
    picks,
    strata.map((s) => s.size),
    counts.belowPivot,
  );
  const walk = (half: 0 | 1) => (on: Db) =>
    idsAtRanks(on, scope, counts.excludedVersionIds, halves[half].picks, halves[half].fromPivot);
  const found =
    db instanceof EntityManager ? await onTwinSnapshots(db, walk(0), walk(1)) : [await walk(0)(db), await walk(1)(db)];
  const ids = picks.map((pick, i) =>
    pick.ranks.map((_rank, k) => {
      const [half, stratum, at] = place(i, k);
      return found[half][stratum]?.[at] ?? '';
    }),
  );
  const coderOf = await codersOf(db, ids.flat());
  const sample: FrameItem[] = [];
  const spares: FrameItem[] = [];
  strata.forEach((s: StratumRanks, i) => {
    const idAt = new Map((sorted[i] ?? []).map((rank, k) => [rank, ids[i]?.[k] ?? '']));
    const item = (rank: number): FrameItem => {
      const id = idAt.get(rank) ?? '';
      return { id, coderId: coderOf.get(id) ?? '' };
    };
    sample.push(...s.sampleRanks.map(item));
    spares.push(...s.spareRanks.map(item));
  });
  const sampledPerCoder = new Map<string, number>();
  for (const item of sample) sampledPerCoder.set(item.coderId, (sampledPerCoder.get(item.coderId) ?? 0) + 1);
  return {
    sample,
    spares,
    frameSize,
    scopeSize: counts.scopeSize,
    excludedCount: counts.excludedVersionIds.length,
    filteredOutCount: 0,
    perStratum: strata.map(({ key, size, requestedSize, sampleSize, spareCount }) => ({
      key,
      frameSize: size,
      requestedSize,
      sampleSize,
      shortfall: requestedSize - sampleSize,
      spareCount,
    })),
    perCoder: counts.perCoder.map((c) => ({
      coderId: c.key,
      frameSize: c.size,
      sampleSize: sampledPerCoder.get(c.key) ?? 0,
    })),
    algorithm,
    excludedVersionIds: counts.excludedVersionIds,
  };
}

async function codersOf(db: Db, versionIds: readonly string[]): Promise<Map<string, string>> {
  const rows = await selectRows(
    db,
    VersionCoderRow,
    `SELECT current_version_id::text AS id, coder_id::text AS coder FROM encounters WHERE current_version_id = ANY($1::uuid[])`,
    [versionIds],
  );
  return new Map(rows.map((row) => [row.id, row.coder]));
}
