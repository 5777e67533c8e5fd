// How RAT-STATS turns one decimal seed (e.g. 4967669.23) into the three starting values of its
// Wichmann–Hill generator. RAT-STATS is a Visual Basic program: it calls VB's Rnd(-1), then
// Randomize(seed), then draws three VB Rnd() values scaled to the three moduli. VB's Rnd is a 24-bit
// linear congruential generator, x ← (1140671485·x + 12820163) mod 2²⁴, and Randomize mixes the upper
// 32 bits of the seed's IEEE-754 double into bits 8–23 of the state. Source of the steps: the
// RAT-STATS 2017 rewrite written for HHS-OIG's sampling-tool challenge (cbtek/RStats2017,
// RStatsSSRN.cpp, MIT), checked there against RAT-STATS 2010 screenshots; see docs/ratstats.md.

const TWO_POW_24 = 16777216;
// The multiplier reduced mod 2²⁴ keeps every product below 2⁵³, so the arithmetic stays exact in doubles.
const MULTIPLIER = 1140671485 % TWO_POW_24;
const INCREMENT = 12820163;

/** The state VB's Rnd(-1) leaves: the float32 bits of −1 (0xBF800000) folded to 24 bits. */
const RND_MINUS_ONE_STATE = (0xbf800000 >>> 24) + (0xbf800000 & 0xffffff);

function vbStep(state: number): number {
  return (state * MULTIPLIER + INCREMENT) % TWO_POW_24;
}

/**
 * One "scaled" draw as RAT-STATS takes it: value = modulus·x/2²⁴ + 1, drawn again while it reaches the
 * modulus, so the resulting start value lies in 1..modulus − 1.
 */
function vbScaledDraw(state: number, modulus: number): { state: number; value: number } {
  let next = state;
  let value: number;
  do {
    next = vbStep(next);
    value = (modulus * next) / TWO_POW_24 + 1;
  } while (value >= modulus);
  return { state: next, value: Math.floor(value) };
}

/** VB's Randomize(seed): XOR of the two 16-bit halves of the double's high word, shifted into bits 8–23. */
function vbRandomize(seed: number, state: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, seed); // big-endian: bytes 0–3 are the high word
  const high = view.getUint32(0);
  const mixed = ((high & 0xffff) ^ (high >>> 16)) & 0xffff;
  return ((mixed << 8) | (state & 0xff)) >>> 0;
}

/** The three Wichmann–Hill start values RAT-STATS derives from a seed. */
export function ratStatsSeeds(seed: number): [number, number, number] {
  const afterRndMinusOne = vbStep(RND_MINUS_ONE_STATE);
  const state = vbRandomize(seed, afterRndMinusOne);
  const a = vbScaledDraw(state, 30269);
  const b = vbScaledDraw(a.state, 30307);
  const c = vbScaledDraw(b.state, 30323);
  return [a.value, b.value, c.value];
}
