import { RATSTATS_SEED_MAX } from '@recode/domain';
import { z } from 'zod';

/**
 * How a RAT-STATS plan numbers its frame 1..N before the numbers are drawn; every order ends with the
 * encounter id, so it is total and the same frame is always numbered the same way.
 * - `externalId`: by the record number (encounter external id), byte order (PostgreSQL `COLLATE "C"`).
 * - `encounterDate`: by encounter date (discharge for inpatient), then record number.
 */
export const RATSTATS_FRAME_ORDERS = ['externalId', 'encounterDate'] as const;
export type RatStatsFrameOrder = (typeof RATSTATS_FRAME_ORDERS)[number];

/** The name the audit stores as its algorithm when it was drawn with RAT-STATS random numbers. */
export const RATSTATS_ALGORITHM = 'ratstats/single-stage-random-numbers/wichmann-hill-as183/v1';

/** A RAT-STATS seed as text: digits with an optional decimal part ("4967669.23"), greater than 0, at most RATSTATS_SEED_MAX. */
export function ratStatsSeedProblem(seed: string): string | null {
  const value = Number(seed);
  if (!/^\d+(\.\d+)?$/.test(seed) || !(value > 0 && value <= RATSTATS_SEED_MAX))
    return `a RAT-STATS seed is a number greater than 0 and at most ${RATSTATS_SEED_MAX}, such as 4967669.23; got "${seed}"`;
  return null;
}

/** The plan checks a RAT-STATS method adds: a seed RAT-STATS accepts, and no targeting rules (RAT-STATS numbers the whole frame). */
export function checkRatStatsPlan(
  plan: { method?: { type: string }; seed?: string | null; rules?: unknown },
  ctx: z.RefinementCtx,
): void {
  if (plan.method?.type !== 'ratstats') return;
  const problem = plan.seed ? ratStatsSeedProblem(plan.seed) : null;
  if (problem) ctx.addIssue({ code: 'custom', path: ['seed'], message: problem });
  if (plan.rules)
    ctx.addIssue({
      code: 'custom',
      path: ['rules'],
      message: 'RAT-STATS random numbers are drawn from the whole numbered frame: leave targeting rules out',
    });
}

/** GET /api/audits/:id/ratstats?part=frame|selection|report (admin, supervisor, the audit's auditors). */
export const ratStatsExportQuerySchema = z.object({ part: z.enum(['frame', 'selection', 'report']).default('report') });
export type RatStatsExportPart = z.infer<typeof ratStatsExportQuerySchema>['part'];
