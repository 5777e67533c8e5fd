import { randomInt } from 'node:crypto';
import {
  RATSTATS_ALGORITHM,
  ratStatsSeedProblem,
  type AuditPlanSnapshot,
  type RatStatsFrameOrder,
} from '@recode/contracts';
import {
  RatStatsInputError,
  singleStageRandomNumbers,
  type FrameItem,
  type RandomNumbersResult,
  type SampleDraw,
} from '@recode/domain';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { AppError, badRequest } from '../../common/errors';
import { execute, selectRow, selectRows } from '../../database/sql';
import { scopeConditions, type FrameScope } from './frame-loader';
import { writeFrameFromScope } from './sample-writer';

/** The SQL of each stated frame order; every one ends with the encounter id, so the numbering is total. */
const FRAME_ORDER_SQL: Readonly<Record<RatStatsFrameOrder, string>> = {
  externalId: 'e.external_id COLLATE "C", e.id',
  encounterDate: 'e.encounter_date, e.external_id COLLATE "C", e.id',
};

/** Encounters audited within the exclusion window (the same rule as every other plan); `$p` is the window in days. */
const recentlyAudited = (p: string): string =>
  `e.id IN (SELECT ai.encounter_id FROM audit_items ai
             WHERE ai.status IN ('assigned', 'in_progress', 'reviewed') AND ai.created_at >= now() - make_interval(days => ${p}::int))`;

/** A seed for a RAT-STATS plan that names none: a whole number RAT-STATS accepts and a person can type. */
export function generateRatStatsSeed(): string {
  return String(randomInt(1, 1_000_000_000));
}

/** Where each RAT-STATS input sits in the plan and run requests, for the 4xx's `details[].path`. */
const FIELD_PATHS: Readonly<Record<string, string>> = {
  seed: 'body.seed',
  n: 'body.method.sampleSize',
  spares: 'body.spares',
  high: 'body.scope',
  frame: 'body.scope',
};

/**
 * RAT-STATS Single Stage Random Numbers over the frame 1..frameSize — the same function behind
 * `npm run ratstats -- random` — with its input errors as a 400 naming the plan's field.
 */
export function ratStatsNumbers(
  seed: string,
  n: number,
  spares: number,
  frameSize: number,
  seedPath = 'body.seed',
): RandomNumbersResult {
  try {
    if (frameSize < 1) throw new RatStatsInputError('frame', 'the frame is empty: there is nothing to number');
    return singleStageRandomNumbers({ seed: Number(seed), n, spares, low: 1, high: frameSize });
  } catch (err) {
    if (!(err instanceof RatStatsInputError)) throw err;
    const path = err.field === 'seed' ? seedPath : (FIELD_PATHS[err.field] ?? 'body');
    return badRequestFor(err, path);
  }
}

function badRequestFor(err: RatStatsInputError, path: string): never {
  throw badRequest('RATSTATS_INPUT_INVALID', `RAT-STATS random numbers: ${err.message}`, [
    { path, message: err.message },
  ]);
}

/** The scope's WHERE clause with its parameters appended to `params`. */
function whereOf(scope: FrameScope, params: unknown[]): string {
  const where = scopeConditions(scope, params);
  return where.length ? where.join(' AND ') : 'true';
}

const PICK_ROW = z.object({ id: z.string(), coderId: z.string() });
const SCOPE_ROW = z.object({ scopeSize: z.number().int(), excluded: z.array(z.string()) });

/**
 * The sampling job's RAT-STATS path, inside the caller's REPEATABLE READ transaction: numbers the
 * eligible frame (scope minus recently audited) 1..N in the plan's stated order and stores it, draws
 * with the audit's seed, stores the numbers (sample in selection order, spares in draw order) and maps
 * them to the versions at those frame numbers. The frame never passes through Node.
 */
export async function drawRatStats(
  m: EntityManager,
  auditId: string,
  seed: string,
  scope: FrameScope,
  snapshot: AuditPlanSnapshot,
): Promise<{ draw: SampleDraw<FrameItem>; snapshotFrame: () => Promise<string> }> {
  const { method } = snapshot;
  if (method.type !== 'ratstats') throw new Error(`drawRatStats called for a ${method.type} plan`);
  const countParams: unknown[] = [snapshot.exclusionWindowDays];
  const counts = await selectRow(
    m,
    SCOPE_ROW,
    `SELECT count(*)::int AS "scopeSize",
            coalesce(array_agg(e.current_version_id::text ORDER BY e.current_version_id) FILTER (WHERE ${recentlyAudited('$1')}), '{}') AS excluded
       FROM encounters e WHERE ${whereOf(scope, countParams)}`,
    countParams,
  );
  const params: unknown[] = [auditId, seed, method.frameOrder, snapshot.exclusionWindowDays];
  const inScope = whereOf(scope, params);
  const [numbered] = await selectRows(
    m,
    z.object({ frameSize: z.number().int() }),
    `INSERT INTO audit_ratstats_draws (audit_id, seed, frame_order, frame_size, frame_version_ids, sample_numbers, spare_numbers, numbers_sum)
     SELECT $1, $2, $3, count(*)::int, coalesce(array_agg(e.current_version_id ORDER BY ${FRAME_ORDER_SQL[method.frameOrder]}), '{}'), '{}', '{}', 0
       FROM encounters e WHERE ${inScope} AND NOT ${recentlyAudited('$4')}
     RETURNING frame_size AS "frameSize"`,
    params,
  );
  const frameSize = numbered?.frameSize ?? 0;
  if (frameSize === 0) {
    const code = (counts?.scopeSize ?? 0) > 0 ? 'PLAN_SCOPE_EMPTY_AFTER_EXCLUSION' : 'PLAN_SCOPE_EMPTY';
    throw new AppError(400, code, 'The frame is empty: no encounter in scope is left to number', [
      {
        path: code === 'PLAN_SCOPE_EMPTY' ? 'body.scope' : 'body.exclusionWindowDays',
        message: 'no encounter to number',
      },
    ]);
  }
  const numbers = ratStatsNumbers(seed, method.sampleSize, snapshot.spares, frameSize);
  const sampleNumbers = [...numbers.sample].sort((a, b) => a[0] - b[0]).map(([, value]) => value);
  const spareNumbers = numbers.spares.map(([, value]) => value);
  await execute(
    m,
    `UPDATE audit_ratstats_draws SET sample_numbers = $2::int[], spare_numbers = $3::int[], numbers_sum = $4 WHERE audit_id = $1`,
    [auditId, sampleNumbers, spareNumbers, numbers.sum],
  );
  const picked = await selectRows(
    m,
    PICK_ROW,
    `SELECT v.id::text AS id, v.coder_id::text AS "coderId"
       FROM audit_ratstats_draws d CROSS JOIN LATERAL unnest(d.sample_numbers || d.spare_numbers) WITH ORDINALITY AS x(k, ord)
       JOIN encounter_versions v ON v.id = d.frame_version_ids[x.k]
      WHERE d.audit_id = $1 ORDER BY x.ord`,
    [auditId],
  );
  const excluded = counts?.excluded ?? [];
  const draw: SampleDraw<FrameItem> = {
    sample: picked.slice(0, sampleNumbers.length),
    spares: picked.slice(sampleNumbers.length),
    frameSize,
    scopeSize: counts?.scopeSize ?? frameSize,
    excludedCount: excluded.length,
    filteredOutCount: 0,
    perStratum: [],
    perCoder: [],
    algorithm: RATSTATS_ALGORITHM,
  };
  return { draw, snapshotFrame: () => writeFrameFromScope(m, auditId, scope, excluded) };
}

/**
 * Before a RAT-STATS audit is created: the seed is one RAT-STATS accepts and seed, quantity and
 * spares fit the frame the preview just counted, so a bad run is a 400 naming the field, not a failed job.
 */
export function checkRatStatsRun(snapshot: AuditPlanSnapshot, seed: string, seedPath: string, frameSize: number): void {
  if (snapshot.method.type !== 'ratstats') return;
  const problem = ratStatsSeedProblem(seed);
  if (problem)
    throw badRequest('RATSTATS_INPUT_INVALID', `RAT-STATS random numbers: ${problem}`, [
      { path: seedPath, message: problem },
    ]);
  ratStatsNumbers(seed, snapshot.method.sampleSize, snapshot.spares, frameSize, seedPath);
}
