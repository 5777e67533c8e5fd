import { type RandomSource, uniformInt } from './random-source';
import { createXoshiro128StarStar } from './xoshiro128-star-star';

/** A source that replays given 32-bit values, to check exactly which draws uniformInt keeps. */
function replay(values: number[]): RandomSource & { used: () => number } {
  let index = 0;
  const nextUint32 = (): number => {
    const value = values[index];
    index += 1;
    if (value === undefined) throw new Error('replay ran out of values');
    return value;
  };
  return { algorithm: 'replay', nextUint32, nextFloat: () => nextUint32() / 2 ** 32, used: () => index };
}

describe('uniformInt', () => {
  it('rejects draws from the incomplete last block instead of folding them (no modulo bias)', () => {
    // For n = 3, 2^32 mod 3 = 1, so only 4294967295 is rejected.
    const rng = replay([4294967295, 4294967294, 7]);
    expect(uniformInt(rng, 3)).toBe(4294967294 % 3);
    expect(rng.used()).toBe(2);
    expect(uniformInt(rng, 3)).toBe(1);
  });

  it('rejects about half of the draws when n is just above 2^31', () => {
    const n = 2 ** 31 + 1;
    const rng = replay([2 ** 32 - 1, 2 ** 31 - 1, 5]);
    expect(uniformInt(rng, n)).toBe(2 ** 31 - 1);
    expect(rng.used()).toBe(2);
  });

  it('consumes exactly one value when n is 1 or a power of two', () => {
    const rng = replay([123456789, 4294967295]);
    expect(uniformInt(rng, 1)).toBe(0);
    expect(uniformInt(rng, 2 ** 32)).toBe(4294967295);
    expect(rng.used()).toBe(2);
  });

  it('stays within [0, n)', () => {
    const rng = createXoshiro128StarStar('bounds');
    for (const n of [1, 2, 3, 7, 10, 1000, 2 ** 31 + 1]) {
      for (let i = 0; i < 200; i += 1) {
        const value = uniformInt(rng, n);
        expect(Number.isInteger(value) && value >= 0 && value < n).toBe(true);
      }
    }
  });

  it('is roughly uniform', () => {
    const rng = createXoshiro128StarStar('uniform');
    const counts = new Array<number>(6).fill(0);
    for (let i = 0; i < 6000; i += 1) counts[uniformInt(rng, 6)] += 1;
    for (const count of counts) expect(Math.abs(count - 1000)).toBeLessThan(150);
  });

  it.each([0, -1, 2.5, 2 ** 32 + 1, Number.NaN])('refuses n = %p', (n) => {
    expect(() => uniformInt(createXoshiro128StarStar('x'), n)).toThrow(
      expect.objectContaining({ code: 'SAMPLE_SIZE_INVALID' }),
    );
  });
});
