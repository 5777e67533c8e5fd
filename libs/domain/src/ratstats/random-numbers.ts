import { RatStatsInputError, requireFinite, requireInteger } from './errors';
import { ratStatsSeeds } from './vb-seeding';
import { WichmannHill } from './wichmann-hill';

export interface RandomNumbersInput {
  /** RAT-STATS seed; decimals count (only the upper 32 bits of the double reach the generator). */
  seed: number;
  /** Quantity in sequential order: the sample. */
  n: number;
  low: number;
  high: number;
  /** Quantity of spares, reported in random (draw) order. */
  spares: number;
}

/** [selection order (1-based), number]. */
export type OrderedNumber = [order: number, value: number];

export interface RandomNumbersResult {
  /** The first n distinct numbers drawn, sorted ascending by number, each with its selection order. */
  sample: OrderedNumber[];
  /** The next `spares` distinct numbers, in the order they were drawn (orders n+1, n+2, …). */
  spares: OrderedNumber[];
  /** Sum of every number generated, sample and spares: RAT-STATS prints it as a check figure. */
  sum: number;
  frame_size: number;
}

/** Seeds outside this range are refused: RAT-STATS seeds are positive; the cap keeps typos out. */
export const RATSTATS_SEED_MAX = 1e12;

/**
 * RAT-STATS "Single Stage Random Numbers": Wichmann–Hill uniforms u mapped to low + ⌊u·(high − low + 1)⌋,
 * a number already drawn is skipped (the generator simply moves on), the first n distinct numbers are
 * the sample and the following ones the spares.
 */
export function singleStageRandomNumbers(input: RandomNumbersInput): RandomNumbersResult {
  const seed = requireFinite('seed', input.seed);
  if (!(seed > 0 && seed <= RATSTATS_SEED_MAX)) {
    throw new RatStatsInputError('seed', `must be greater than 0 and at most ${RATSTATS_SEED_MAX}, got ${seed}`);
  }
  const low = requireInteger('low', input.low, -Number.MAX_SAFE_INTEGER);
  const high = requireInteger('high', input.high, low);
  const frameSize = high - low + 1;
  if (!Number.isSafeInteger(frameSize)) throw new RatStatsInputError('high', 'the frame low..high is too large');
  const n = requireInteger('n', input.n, 1);
  if (n > frameSize)
    throw new RatStatsInputError('n', `asks for ${n} numbers but the frame ${low}..${high} holds only ${frameSize}`);
  const spareCount = requireInteger('spares', input.spares, 0);
  if (n + spareCount > frameSize) {
    throw new RatStatsInputError(
      'spares',
      `n + spares = ${n + spareCount} is more than the ${frameSize} numbers in the frame ${low}..${high}`,
    );
  }

  const generator = new WichmannHill(ratStatsSeeds(seed));
  const seen = new Set<number>();
  const drawn: number[] = [];
  let sum = 0;
  while (drawn.length < n + spareCount) {
    const value = low + Math.floor(generator.next() * frameSize);
    if (seen.has(value)) continue;
    seen.add(value);
    drawn.push(value);
    sum += value;
  }
  const sample = drawn.slice(0, n).map((value, i): OrderedNumber => [i + 1, value]);
  sample.sort((a, b) => a[1] - b[1]);
  const spares = drawn.slice(n).map((value, i): OrderedNumber => [n + i + 1, value]);
  return { sample, spares, sum, frame_size: frameSize };
}
