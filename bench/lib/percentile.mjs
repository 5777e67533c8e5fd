/** The q-quantile (nearest rank, 0 < q ≤ 1) of ascending values, to 0.1; NaN when there are none. */
export function percentile(/** @type {readonly number[]} */ sorted, /** @type {number} */ q) {
  return Math.round((sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN) * 10) / 10;
}
