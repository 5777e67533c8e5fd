import { compareCodeUnits, groupIntoStrata, type FrameItem, type PreparedFrame } from './frame';
import { SAMPLING_METHODS, WHOLE_FRAME_STRATUM, type SamplePlan, type StratumSummary } from './sample-plan';
import { SamplingError } from './sampling-error';

export interface StratumAllocation<T extends FrameItem> {
  readonly key: string;
  /** False for the single stratum of an unstratified plan. */
  readonly stratified: boolean;
  readonly items: readonly T[];
  readonly requestedSize: number;
  readonly sampleSize: number;
  readonly spareCount: number;
}

export interface StratumSize {
  readonly key: string;
  readonly size: number;
}

/**
 * Largest-remainder (Hamilton) allocation of `total` in proportion to stratum sizes, in exact integer
 * arithmetic. Remainder ties go to the larger stratum, then the earlier key. When total ≥ the number
 * of strata, a stratum left at 0 gets 1, taken from the stratum with the largest allocation (ties: earlier key),
 * visiting zero strata in key order.
 */
export function allocateProportionally(strata: readonly StratumSize[], total: number): number[] {
  const frameSize = strata.reduce((sum, stratum) => sum + stratum.size, 0);
  if (frameSize === 0) return strata.map(() => 0);
  // (product − remainder) / frameSize divides exactly, so no float rounding can creep into a quota.
  const shares = strata.map((stratum, index) => {
    const remainder = (total * stratum.size) % frameSize;
    return { index, stratum, quota: (total * stratum.size - remainder) / frameSize, remainder };
  });
  const allocation = shares.map((share) => share.quota);
  let left = total - allocation.reduce((sum, quota) => sum + quota, 0);
  const byRemainder = [...shares].sort(
    (a, b) =>
      b.remainder - a.remainder || b.stratum.size - a.stratum.size || compareCodeUnits(a.stratum.key, b.stratum.key),
  );
  for (const share of byRemainder) {
    if (left === 0) break;
    allocation[share.index] += 1;
    left -= 1;
  }
  const nonEmpty = strata.filter((stratum) => stratum.size > 0).length;
  if (total < nonEmpty) return allocation;
  const inKeyOrder = shares
    .filter((share) => share.stratum.size > 0)
    .sort((a, b) => compareCodeUnits(a.stratum.key, b.stratum.key));
  for (const starved of inKeyOrder.filter((share) => allocation[share.index] === 0)) {
    const donor = inKeyOrder.reduce((best, share) => (allocation[share.index] > allocation[best.index] ? share : best));
    allocation[donor.index] -= 1;
    allocation[starved.index] = 1;
  }
  return allocation;
}

/** ceil(percent × size / 100) with percent fixed to 6 decimals, in exact integers: 5% of 100 is 5, 5% of 101 is 6. */
export function percentOfVolume(size: number, percent: number): number {
  const scaledPercent = BigInt(Math.round(percent * 1_000_000));
  return Number((scaledPercent * BigInt(size) + 99_999_999n) / 100_000_000n);
}

function requireWholeNumber(value: unknown, label: string, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    const least = min === 0 ? 'zero or more' : `at least ${min}`;
    throw new SamplingError('SAMPLE_SIZE_INVALID', `${label} must be a whole number, ${least}; got ${String(value)}`, {
      field: label,
      value,
    });
  }
  return value;
}

function requirePercent(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > 100) {
    throw new SamplingError(
      'SAMPLE_SIZE_INVALID',
      `percent must be more than 0 and at most 100; got ${String(value)}`,
      { field: 'percent', value },
    );
  }
  return value;
}

function requireWithinFrame(sampleSize: number, frameSize: number): void {
  if (sampleSize > frameSize) {
    throw new SamplingError(
      'SAMPLE_SIZE_EXCEEDS_FRAME',
      `sample size ${sampleSize} is larger than the frame of ${frameSize} eligible encounters by ${sampleSize - frameSize}`,
      { sampleSize, frameSize, excess: sampleSize - frameSize },
    );
  }
}

/** One stratum's share, from sizes alone (no items): what a rank-based draw needs. */
export interface SizedAllocation {
  readonly key: string;
  readonly stratified: boolean;
  readonly size: number;
  readonly requestedSize: number;
  readonly sampleSize: number;
  readonly spareCount: number;
}

/**
 * Checks the plan's numbers and decides how many items, and spares, each stratum gives, from the
 * eligible frame size and (asked lazily, only for stratified plans) the stratum sizes in key order.
 */
export function allocateSizes(
  frameSize: number,
  strataSizes: () => readonly StratumSize[],
  plan: SamplePlan,
): SizedAllocation[] {
  const method: unknown = plan.method;
  if (!SAMPLING_METHODS.some((known) => known === method)) {
    throw new SamplingError(
      'SAMPLE_METHOD_UNKNOWN',
      `unknown sampling method ${JSON.stringify(method)}; use one of ${SAMPLING_METHODS.join(', ')}`,
    );
  }
  const spares = requireWholeNumber(plan.spares ?? 0, 'spares', 0);
  const whole = [{ key: WHOLE_FRAME_STRATUM, size: frameSize, stratified: false }];
  const stratified = () => strataSizes().map((stratum) => ({ ...stratum, stratified: true }));
  const make = (
    stratum: { key: string; size: number; stratified: boolean },
    requestedSize: number,
  ): SizedAllocation => {
    const sampleSize = Math.min(requestedSize, stratum.size);
    return { ...stratum, requestedSize, sampleSize, spareCount: Math.min(spares, stratum.size - sampleSize) };
  };

  switch (plan.method) {
    case 'simpleRandom': {
      const sampleSize = requireWholeNumber(plan.sampleSize, 'sample size', 1);
      requireWithinFrame(sampleSize, frameSize);
      return whole.map((stratum) => make(stratum, sampleSize));
    }
    case 'fixedPerStratum': {
      const perStratum = requireWholeNumber(plan.perStratum, 'sample size per stratum', 1);
      return stratified().map((stratum) => make(stratum, perStratum));
    }
    case 'proportional': {
      const sampleSize = requireWholeNumber(plan.sampleSize, 'sample size', 1);
      requireWithinFrame(sampleSize, frameSize);
      const strata = stratified();
      const sizes = allocateProportionally(strata, sampleSize);
      return strata.map((stratum, index) => make(stratum, sizes[index]));
    }
    case 'percentage': {
      const percent = requirePercent(plan.percent);
      if (plan.per !== 'overall' && plan.per !== 'stratum') {
        throw new SamplingError(
          'SAMPLE_SIZE_INVALID',
          `percentage plans apply "overall" or per "stratum"; got ${JSON.stringify(plan.per)}`,
        );
      }
      const strata = plan.per === 'overall' ? whole : stratified();
      return strata.map((stratum) => make(stratum, percentOfVolume(stratum.size, percent)));
    }
  }
}

/** allocateSizes over an in-memory frame, with each stratum's items attached. */
export function allocatePlan<T extends FrameItem>(frame: PreparedFrame<T>, plan: SamplePlan): StratumAllocation<T>[] {
  let groups: { key: string; items: readonly T[] }[] | null = null;
  const strata = () =>
    (groups ??= groupIntoStrata(frame.items, 'stratifyBy' in plan ? (plan.stratifyBy ?? 'coder') : 'coder'));
  const sized = allocateSizes(
    frame.items.length,
    () => strata().map((stratum) => ({ key: stratum.key, size: stratum.items.length })),
    plan,
  );
  return sized.map(({ size: _size, ...allocation }, index) => ({
    ...allocation,
    items: allocation.stratified ? (strata()[index]?.items ?? []) : frame.items,
  }));
}

export function summarizeAllocations(allocations: readonly StratumAllocation<FrameItem>[]): StratumSummary[] {
  return allocations.map(({ key, items, requestedSize, sampleSize, spareCount }) => ({
    key,
    frameSize: items.length,
    requestedSize,
    sampleSize,
    shortfall: requestedSize - sampleSize,
    spareCount,
  }));
}
