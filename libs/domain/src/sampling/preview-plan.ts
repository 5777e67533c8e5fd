import { allocatePlan, summarizeAllocations } from './allocation';
import { stratumKeyOf, type FrameItem, type StratifyBy } from './frame';
import { countPerCoder, prepareFrameForPlan, type DrawOptions } from './draw-sample';
import { WHOLE_FRAME_STRATUM, type SamplePlan, type StratumSummary } from './sample-plan';

export interface CoderPreview {
  readonly coderId: string;
  readonly frameSize: number;
  /** Exact when the plan stratifies by coder; otherwise the expected count (a mean, usually fractional). */
  readonly expectedSampleSize: number;
  readonly exact: boolean;
}

export interface SamplePlanPreview {
  readonly frameSize: number;
  readonly scopeSize: number;
  readonly excludedCount: number;
  readonly filteredOutCount: number;
  readonly sampleSize: number;
  readonly spareCount: number;
  readonly perStratum: StratumSummary[];
  readonly perCoder: CoderPreview[];
}

function stratifiedBy(plan: SamplePlan): StratifyBy | null {
  if (plan.method === 'simpleRandom' || (plan.method === 'percentage' && plan.per === 'overall')) return null;
  return plan.stratifyBy ?? 'coder';
}

/** What drawSample would give, in sizes only: nothing is drawn, so no seed is consumed. Throws the same errors. */
export function previewPlan<T extends FrameItem>(
  frame: readonly T[],
  plan: SamplePlan,
  options: Omit<DrawOptions, 'createRandomSource'> = {},
): SamplePlanPreview {
  const prepared = prepareFrameForPlan(frame, plan, options);
  const allocations = allocatePlan(prepared, plan);
  const by = stratifiedBy(plan);
  const shareOf = new Map(
    allocations.map((allocation) => [allocation.key, allocation.sampleSize / allocation.items.length]),
  );
  const expected = new Map<string, number>();
  for (const item of prepared.items) {
    const key = by === null ? WHOLE_FRAME_STRATUM : stratumKeyOf(item, by);
    expected.set(item.coderId, (expected.get(item.coderId) ?? 0) + (shareOf.get(key) ?? 0));
  }
  const perCoder = countPerCoder(prepared.items, []).map(({ coderId, frameSize }) => {
    const exact = by === 'coder';
    const mean = expected.get(coderId) ?? 0;
    return { coderId, frameSize, expectedSampleSize: exact ? Math.round(mean) : mean, exact };
  });
  return {
    frameSize: prepared.items.length,
    scopeSize: prepared.scopeSize,
    excludedCount: prepared.excludedCount,
    filteredOutCount: prepared.filteredOutCount,
    sampleSize: allocations.reduce((sum, allocation) => sum + allocation.sampleSize, 0),
    spareCount: allocations.reduce((sum, allocation) => sum + allocation.spareCount, 0),
    perStratum: summarizeAllocations(allocations),
    perCoder,
  };
}
