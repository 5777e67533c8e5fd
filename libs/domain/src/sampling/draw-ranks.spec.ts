import { drawSample, partialShuffle } from './draw-sample';
import { drawRanks, partialShufflePositions } from './draw-ranks';
import { canonicalOrder, groupIntoStrata, type FrameItem } from './frame';
import type { SamplePlan } from './sample-plan';
import { createXoshiro128StarStar } from './xoshiro128-star-star';

/** `size` encounters with ids in no particular order, over `coders` coders of uneven volume. */
function makeFrame(size: number, coders: number, seed: string): FrameItem[] {
  const rng = createXoshiro128StarStar(seed);
  return Array.from({ length: size }, (_, i) => ({
    id: `e-${rng.nextUint32().toString(16).padStart(8, '0')}-${i}`,
    coderId: `c${rng.nextUint32() % coders}`,
  }));
}

/** What the database does in the rank path: strata in key order, ids in canonical order, ids picked at ranks. */
function drawByRanks(frame: readonly FrameItem[], plan: SamplePlan) {
  const sorted = canonicalOrder(frame);
  const strata = groupIntoStrata(sorted, 'coder');
  const result = drawRanks(sorted.length, () => strata.map((s) => ({ key: s.key, size: s.items.length })), plan);
  const at = (stratumIndex: number, stratified: boolean, ranks: number[]) =>
    ranks.map((r) => (stratified ? strata[stratumIndex]?.items[r] : sorted[r])?.id);
  return {
    sample: result.strata.flatMap((s, i) => at(i, s.stratified, s.sampleRanks)),
    spares: result.strata.flatMap((s, i) => at(i, s.stratified, s.spareRanks)),
    algorithm: result.algorithm,
  };
}

describe('partialShufflePositions', () => {
  it('picks the positions partialShuffle picks, in the same order, for every count up to the length', () => {
    const items = Array.from({ length: 37 }, (_, i) => i);
    for (let count = 0; count <= items.length; count += 1) {
      const expected = partialShuffle(items, count, createXoshiro128StarStar(`p${count}`));
      expect(partialShufflePositions(items.length, count, createXoshiro128StarStar(`p${count}`))).toEqual(expected);
    }
  });

  it('draws every position once when count is the whole length', () => {
    const positions = partialShufflePositions(500, 500, createXoshiro128StarStar('all'));
    expect(new Set(positions).size).toBe(500);
    expect(Math.max(...positions)).toBe(499);
  });
});

describe('drawRanks: the same sample as drawSample from sizes alone', () => {
  const plans: SamplePlan[] = [
    { method: 'simpleRandom', sampleSize: 25, spares: 3, seed: 'audit-2025-11' },
    { method: 'fixedPerStratum', perStratum: 4, spares: 2, seed: 'probe' },
    { method: 'fixedPerStratum', perStratum: 80, spares: 1, seed: 'short strata' },
    { method: 'proportional', sampleSize: 30, spares: 1, seed: 7 },
    { method: 'percentage', percent: 5, per: 'stratum', seed: 'pct' },
    { method: 'percentage', percent: 12.5, per: 'overall', spares: 2, seed: 'pct-all' },
  ];
  it.each(plans.map((plan) => [plan.method, plan] as const))('%s', (_method, plan) => {
    for (const [size, coders] of [
      [400, 7],
      [53, 3],
      [30, 1],
    ] as const) {
      const frame = makeFrame(size, coders, `${size}/${coders}`);
      const expected = drawSample(frame, plan);
      const got = drawByRanks(frame, plan);
      expect(got.sample).toEqual(expected.sample.map((item) => item.id));
      expect(got.spares).toEqual(expected.spares.map((item) => item.id));
      expect(got.algorithm).toBe(expected.algorithm);
    }
  });

  it('refuses a sample larger than the frame, as drawSample does', () => {
    expect(() => drawRanks(10, () => [], { method: 'simpleRandom', sampleSize: 11, seed: 's' })).toThrow(
      /larger than the frame of 10/,
    );
  });
});
