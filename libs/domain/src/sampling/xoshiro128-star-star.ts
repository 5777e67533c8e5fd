import type { RandomSource, SamplingSeed } from './random-source';
import { SamplingError } from './sampling-error';

/**
 * Specified to the bit, because a stored seed must redraw the same sample on any machine, forever:
 * - seed text: a string as given (UTF-16 code units), an integer as its decimal digits (so 42 ≡ '42');
 * - seed state: cyrb128 (bryc, public domain; the variant ending h1 ^= h2 ^ h3 ^ h4, then h2, h3, h4 ^= h1)
 *   of the text, 4 × 32 bits; an all-zero state becomes [1, 0, 0, 0];
 * - generator: xoshiro128** 1.1 (Blackman & Vigna, public domain); floats are nextUint32 / 2^32.
 * All arithmetic is 32-bit via Math.imul and `>>> 0`. Changing any of this is a new algorithm id, never an edit.
 */
export const XOSHIRO128_ALGORITHM = 'xoshiro128**/cyrb128/v1';

export type Xoshiro128State = readonly [number, number, number, number];

/** The canonical text of a seed; rejects seeds that would be easy to mistype or to store differently. */
export function seedText(seed: SamplingSeed): string {
  if (typeof seed === 'number') {
    if (!Number.isSafeInteger(seed) || seed < 0) {
      throw new SamplingError(
        'SAMPLE_SEED_INVALID',
        `a numeric seed must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}, got ${seed}`,
      );
    }
    return String(seed);
  }
  if (seed.length === 0 || seed.trim() !== seed) {
    throw new SamplingError('SAMPLE_SEED_INVALID', 'a seed must be non-empty text without leading or trailing spaces');
  }
  return seed;
}

/** cyrb128: four interleaved 32-bit multiplicative hashes of the text's UTF-16 code units. */
export function seedFromString(text: string): Xoshiro128State {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i += 1) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  const state: Xoshiro128State = [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
  // xoshiro never leaves the all-zero state; the chance of hashing to it is 2^-128, but it must be defined.
  return state.every((word) => word === 0) ? [1, 0, 0, 0] : state;
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

export function createXoshiro128StarStar(seed: SamplingSeed): RandomSource {
  return xoshiro128StarStarFromState(seedFromString(seedText(seed)));
}

/** The bare generator from a given state; exposed so it can be checked against the reference C code. */
export function xoshiro128StarStarFromState(state: Xoshiro128State): RandomSource {
  let [s0, s1, s2, s3] = state;
  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5) >>> 0, 7), 9) >>> 0;
    const t = (s1 << 9) >>> 0;
    s2 = (s2 ^ s0) >>> 0;
    s3 = (s3 ^ s1) >>> 0;
    s1 = (s1 ^ s2) >>> 0;
    s0 = (s0 ^ s3) >>> 0;
    s2 = (s2 ^ t) >>> 0;
    s3 = rotl(s3, 11);
    return result;
  };
  return {
    algorithm: XOSHIRO128_ALGORITHM,
    nextUint32,
    nextFloat: () => nextUint32() / 0x1_0000_0000,
  };
}
