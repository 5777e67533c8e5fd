import { SamplingError } from './sampling-error';

/** A seed as stored with an audit: text, or a non-negative safe integer. */
export type SamplingSeed = string | number;

/**
 * The only randomness sampling uses. Any generator that can be specified bit for bit fits: a
 * RAT-STATS-compatible Wichmann-Hill source (as used by OIG RAT-STATS) would implement nextFloat
 * natively and derive nextUint32 as floor(nextFloat() × 2^32). Reproducing a RAT-STATS sample also
 * needs RAT-STATS's own mapping of floats to record numbers, which would be a separate draw method.
 */
export interface RandomSource {
  /** Names the generator and its seeding; store it with the seed so a sample can be redrawn years later. */
  readonly algorithm: string;
  /** An integer in [0, 2^32). */
  nextUint32(): number;
  /** A float in [0, 1). */
  nextFloat(): number;
}

export type RandomSourceFactory = (seed: SamplingSeed) => RandomSource;

const TWO_POW_32 = 0x1_0000_0000;

/**
 * An integer in [0, n) with no modulo bias: values from the incomplete last block of 2^32 are
 * rejected and redrawn (at most one draw in two is rejected, for n just above 2^31).
 */
export function uniformInt(rng: RandomSource, n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > TWO_POW_32) {
    throw new SamplingError('SAMPLE_SIZE_INVALID', `uniformInt needs a whole number from 1 to 2^32, got ${n}`);
  }
  const limit = TWO_POW_32 - (TWO_POW_32 % n);
  for (;;) {
    const value = rng.nextUint32();
    if (value < limit) return value % n;
  }
}
