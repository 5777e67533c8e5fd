import type { FindingDirection } from './types';

export interface DrgPaymentDelta {
  /** (after − before) × base rate in money, to the cent; negative when the audit lowered the payment. */
  amount: number;
  /** after − before, to the 4 decimals MS-DRG relative weights are published with. */
  weightDelta: number;
  /** A lower weight after audit means the claim was over-coded (overpaid); a higher one, under-coded. */
  direction: FindingDirection;
}

/** Payment difference of a DRG change: Δweight × the facility's base rate. */
export function drgPaymentDelta(weightBefore: number, weightAfter: number, baseRate: number): DrgPaymentDelta {
  for (const value of [weightBefore, weightAfter, baseRate]) {
    if (!Number.isFinite(value) || value < 0)
      throw new RangeError(`weights and base rate must be finite and ≥ 0, got ${value}`);
  }
  // Rounding Δweight first keeps float dust (1.8765 − 1.2345 = 0.6419999…) out of the money.
  const weightDelta = roundTo(weightAfter - weightBefore, 4);
  const amount = roundTo(weightDelta * baseRate, 2);
  const direction = weightDelta < 0 ? 'over' : weightDelta > 0 ? 'under' : 'neutral';
  return { amount, weightDelta, direction };
}

/** Rounds half away from zero, so an overpayment and an underpayment of the same size round alike. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  // toPrecision(15) strips binary noise (e.g. 1.005 × 100 = 100.49999…) before the decision at .5.
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = (Math.sign(value) * Math.round(scaled)) / factor;
  return rounded === 0 ? 0 : rounded; // never hand back −0
}
