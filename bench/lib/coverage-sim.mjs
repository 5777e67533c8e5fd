// Seeded random draws for the coverage harness: sfc32 for uniforms, Knuth for Poisson(6), Marsaglia–Tsang
// for gamma (hence beta), and Bernoulli sums for the small binomials of one record or one month.
export function rng(seed) {
  let a = 0x9e3779b9 ^ seed,
    b = 0x243f6a88,
    c = 0xb7e15162 ^ (seed * 31),
    d = 1;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 20; i++) next();
  return next;
}

export function poisson(u, lambda) {
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = u();
  while (p > limit) {
    k++;
    p *= u();
  }
  return k;
}

function normal(u) {
  return Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
}

function gamma(u, shape) {
  if (shape < 1) return gamma(u, shape + 1) * Math.pow(u(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(u);
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    if (Math.log(1 - u()) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** A draw of the per-unit rate: mean μ with intra-class correlation ρ (Beta with α + β = (1 − ρ)/ρ); ρ = 0 gives μ itself. */
export function rateDraw(u, mean, icc) {
  if (icc === 0) return mean;
  const s = (1 - icc) / icc;
  const x = gamma(u, mean * s);
  return x / (x + gamma(u, (1 - mean) * s));
}

export function binomial(u, n, p) {
  let k = 0;
  for (let i = 0; i < n; i++) if (u() < p) k++;
  return k;
}

/** P(a record is right) = E[(1 − q)^m], m = 1 + Poisson(6), q ~ Beta(μ, ρ): E[(1 − q)^k] = Π_{j<k} (b + j)/(a + b + j). */
export function recordRightProbability(mean, icc) {
  let total = 0;
  let pmf = Math.exp(-6);
  for (let j = 0; j < 80; j++) {
    const k = j + 1;
    let moment = 1;
    if (icc === 0) moment = (1 - mean) ** k;
    else {
      const s = (1 - icc) / icc;
      for (let i = 0; i < k; i++) moment *= ((1 - mean) * s + i) / (s + i);
    }
    total += pmf * moment;
    pmf *= 6 / (j + 1);
  }
  return total;
}

/** The code error rate μ that makes record accuracy equal `accuracy`, by bisection (record accuracy falls as μ rises). */
export function codeErrorRateForRecordAccuracy(accuracy, icc) {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (recordRightProbability(mid, icc) > accuracy) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** One sample of n records: their code counts and errors, as the product's cluster sums, and the records without an error. */
export function sampleRecords(u, n, mean, icc) {
  const sums = { clusters: 0, units: 0, errors: 0, errorsSquared: 0, unitsSquared: 0, errorsTimesUnits: 0 };
  let right = 0;
  for (let i = 0; i < n; i++) {
    const m = 1 + poisson(u, 6);
    const e = binomial(u, m, rateDraw(u, mean, icc));
    if (e === 0) right++;
    sums.clusters++;
    sums.units += m;
    sums.errors += e;
    sums.errorsSquared += e * e;
    sums.unitsSquared += m * m;
    sums.errorsTimesUnits += e * m;
  }
  return { sums, right };
}
