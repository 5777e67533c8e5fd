import { allocatePlan, allocateProportionally, percentOfVolume } from './allocation';
import { prepareFrame, type FrameItem } from './frame';
import type { SamplePlan } from './sample-plan';

const strata = (...sizes: Array<[string, number]>) => sizes.map(([key, size]) => ({ key, size }));

function frameOf(sizes: Record<string, number>): FrameItem[] {
  return Object.entries(sizes).flatMap(([coderId, size]) =>
    Array.from({ length: size }, (_, i) => ({ id: `${coderId}-${String(i).padStart(4, '0')}`, coderId })),
  );
}

describe('allocateProportionally (largest remainder)', () => {
  it('splits exactly in proportion when it can', () => {
    expect(allocateProportionally(strata(['a', 50], ['b', 30], ['c', 20]), 10)).toEqual([5, 3, 2]);
  });

  it('gives leftovers to the largest remainders', () => {
    // Quotas 4.8 / 3.2 / 2.0 → 4 / 3 / 2, one left: a has the largest remainder (0.8).
    expect(allocateProportionally(strata(['a', 48], ['b', 32], ['c', 20]), 10)).toEqual([5, 3, 2]);
    // Quotas 1.4 / 1.4 / 4.2 of 7 → floor 1/1/4, one left, a and b tie at 0.4.
    expect(allocateProportionally(strata(['b', 20], ['a', 20], ['c', 60]), 7)).toEqual([1, 2, 4]);
  });

  it('breaks remainder ties by the larger stratum, then the earlier key', () => {
    // 9 of 12: quotas 1.5 / 4.5 / 3 → the one left goes to the larger of the tied strata.
    expect(allocateProportionally(strata(['a', 2], ['b', 6], ['c', 4]), 9)).toEqual([1, 5, 3]);
    // 2 of 4: quotas 0.5 / 0.5 / 1 → the tie between equal strata x and y goes to x.
    expect(allocateProportionally(strata(['y', 1], ['x', 1], ['big', 2]), 2)).toEqual([0, 1, 1]);
  });

  it('always sums to the total and never exceeds a stratum', () => {
    const sizes = strata(['a', 1], ['b', 2], ['c', 3], ['d', 97], ['e', 13]);
    for (let total = 0; total <= 116; total += 1) {
      const allocation = allocateProportionally(sizes, total);
      expect(allocation.reduce((sum, n) => sum + n, 0)).toBe(total);
      allocation.forEach((n, index) => expect(n).toBeLessThanOrEqual(sizes[index]?.size ?? 0));
    }
  });

  it('gives every non-empty stratum at least 1 when the total allows', () => {
    // Pure proportion would give the coder with 2 of 1000 encounters nothing.
    expect(allocateProportionally(strata(['a', 499], ['b', 499], ['c', 2]), 10)).toEqual([4, 5, 1]);
    expect(allocateProportionally(strata(['a', 998], ['b', 1], ['c', 1]), 3)).toEqual([1, 1, 1]);
  });

  it('lets small strata get 0 when the total is below the number of strata', () => {
    expect(allocateProportionally(strata(['a', 90], ['b', 5], ['c', 5]), 2)).toEqual([2, 0, 0]);
  });

  it('skips empty strata', () => {
    expect(allocateProportionally(strata(['a', 0], ['b', 10]), 3)).toEqual([0, 3]);
    expect(allocateProportionally([], 3)).toEqual([]);
  });
});

describe('percentOfVolume', () => {
  it.each([
    [101, 5, 6],
    [100, 5, 5],
    [3, 5, 1],
    [200, 2.5, 5],
    [3000, 0.1, 3],
    [30, 10, 3],
    [7, 100, 7],
    [1, 0.000001, 1],
    [300, 33.333333, 100],
  ])('%d encounters at %d%% → %d', (size, percent, expected) => expect(percentOfVolume(size, percent)).toBe(expected));
});

describe('allocatePlan', () => {
  const frame = prepareFrame(frameOf({ ana: 12, ben: 3, cy: 5 }), {});

  it('gives a short probe everything the coder has and reports the shortfall', () => {
    const plan: SamplePlan = { method: 'fixedPerStratum', perStratum: 4, spares: 2, seed: 1 };
    expect(
      allocatePlan(frame, plan).map(({ key, requestedSize, sampleSize, spareCount }) => ({
        key,
        requestedSize,
        sampleSize,
        spareCount,
      })),
    ).toEqual([
      { key: 'ana', requestedSize: 4, sampleSize: 4, spareCount: 2 },
      { key: 'ben', requestedSize: 4, sampleSize: 3, spareCount: 0 },
      { key: 'cy', requestedSize: 4, sampleSize: 4, spareCount: 1 },
    ]);
  });

  it('rounds percentages up per coder or overall', () => {
    const perCoder = allocatePlan(frame, { method: 'percentage', percent: 10, per: 'stratum', seed: 1 });
    expect(perCoder.map((a) => a.sampleSize)).toEqual([2, 1, 1]);
    const overall = allocatePlan(frame, { method: 'percentage', percent: 10, per: 'overall', seed: 1 });
    expect(overall.map((a) => [a.key, a.sampleSize])).toEqual([['*', 2]]);
  });

  it.each([
    [
      { method: 'simpleRandom', sampleSize: -1, seed: 1 },
      'SAMPLE_SIZE_INVALID',
      'sample size must be a whole number, at least 1; got -1',
    ],
    [
      { method: 'simpleRandom', sampleSize: 2.5, seed: 1 },
      'SAMPLE_SIZE_INVALID',
      'sample size must be a whole number, at least 1; got 2.5',
    ],
    [
      { method: 'simpleRandom', sampleSize: 0, seed: 1 },
      'SAMPLE_SIZE_INVALID',
      'sample size must be a whole number, at least 1; got 0',
    ],
    [
      { method: 'simpleRandom', sampleSize: 25, seed: 1 },
      'SAMPLE_SIZE_EXCEEDS_FRAME',
      'sample size 25 is larger than the frame of 20 eligible encounters by 5',
    ],
    [
      { method: 'proportional', sampleSize: 21, seed: 1 },
      'SAMPLE_SIZE_EXCEEDS_FRAME',
      'sample size 21 is larger than the frame of 20 eligible encounters by 1',
    ],
    [
      { method: 'fixedPerStratum', perStratum: 0, seed: 1 },
      'SAMPLE_SIZE_INVALID',
      'sample size per stratum must be a whole number, at least 1; got 0',
    ],
    [
      { method: 'simpleRandom', sampleSize: 2, spares: -2, seed: 1 },
      'SAMPLE_SIZE_INVALID',
      'spares must be a whole number, zero or more; got -2',
    ],
    [
      { method: 'percentage', percent: 0, per: 'overall', seed: 1 },
      'SAMPLE_SIZE_INVALID',
      'percent must be more than 0 and at most 100; got 0',
    ],
    [
      { method: 'percentage', percent: 120, per: 'overall', seed: 1 },
      'SAMPLE_SIZE_INVALID',
      'percent must be more than 0 and at most 100; got 120',
    ],
    [
      { method: 'percentage', percent: 5, per: 'team', seed: 1 },
      'SAMPLE_SIZE_INVALID',
      'percentage plans apply "overall" or per "stratum"; got "team"',
    ],
    [
      { method: 'systematic', sampleSize: 5, seed: 1 },
      'SAMPLE_METHOD_UNKNOWN',
      'unknown sampling method "systematic"; use one of simpleRandom, fixedPerStratum, proportional, percentage',
    ],
  ])('refuses %j', (plan, code, message) => {
    expect(() => allocatePlan(frame, plan as unknown as SamplePlan)).toThrow(
      expect.objectContaining({ code, message }),
    );
  });

  it('says by how much a sample exceeds the frame in the error details', () => {
    expect(() => allocatePlan(frame, { method: 'simpleRandom', sampleSize: 25, seed: 1 })).toThrow(
      expect.objectContaining({ details: { sampleSize: 25, frameSize: 20, excess: 5 } }),
    );
  });
});
