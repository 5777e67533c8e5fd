import { allocateSizes, type SizedAllocation, type StratumSize } from './allocation';
import { stratumSeed } from './draw-sample';
import { uniformInt, type RandomSource, type RandomSourceFactory } from './random-source';
import type { SamplePlan } from './sample-plan';
import { createXoshiro128StarStar, seedText } from './xoshiro128-star-star';

/**
 * The positions partialShuffle(items, count, rng) picks, computed from the length alone: only the
 * swapped positions are remembered (a sparse map), so a draw from a stratum of 10⁶ costs `count` steps
 * and no array. Same rng calls, same order: items[positions[k]] is exactly partialShuffle(...)[k].
 */
export function partialShufflePositions(length: number, count: number, rng: RandomSource): number[] {
  const moved = new Map<number, number>();
  const positions: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const j = i + uniformInt(rng, length - i);
    positions.push(moved.get(j) ?? j);
    // Position i is never looked at again; j now holds what was at i.
    moved.set(j, moved.get(i) ?? i);
  }
  return positions;
}

export interface StratumRanks extends SizedAllocation {
  /** 0-based ranks into the stratum's eligible ids in canonical (code-unit) order, in draw order. */
  readonly sampleRanks: number[];
  readonly spareRanks: number[];
}

export interface RankDraw {
  readonly strata: StratumRanks[];
  readonly algorithm: string;
}

/**
 * drawSample on sizes only: the caller knows each stratum's size (strata in key order) and fetches
 * the ids at the returned ranks. Same seed + same sizes + same ids in canonical order = the sample
 * drawSample gives, item for item (draw-ranks.spec shows it).
 */
export function drawRanks(
  frameSize: number,
  strataSizes: () => readonly StratumSize[],
  plan: SamplePlan,
  createRandomSource: RandomSourceFactory = createXoshiro128StarStar,
): RankDraw {
  seedText(plan.seed);
  let algorithm = '';
  const strata = allocateSizes(frameSize, strataSizes, plan).map((allocation) => {
    const rng = createRandomSource(stratumSeed(plan.seed, allocation.stratified ? allocation.key : null));
    algorithm = rng.algorithm;
    const drawn = partialShufflePositions(allocation.size, allocation.sampleSize + allocation.spareCount, rng);
    return {
      ...allocation,
      sampleRanks: drawn.slice(0, allocation.sampleSize),
      spareRanks: drawn.slice(allocation.sampleSize),
    };
  });
  return { strata, algorithm };
}
