import { drgPaymentDelta, roundTo } from './payment';

describe('drgPaymentDelta', () => {
  it('(1.8765 − 1.2345) × 6000 = 0.6420 × 6000 = +3852.00: the audit raised the DRG, the coder under-coded', () => {
    expect(drgPaymentDelta(1.2345, 1.8765, 6000)).toEqual({ amount: 3852, weightDelta: 0.642, direction: 'under' });
  });

  it('a lower weight after audit is an overpayment: (0.9 − 1.4) × 5432.10 = −2716.05', () => {
    expect(drgPaymentDelta(1.4, 0.9, 5432.1)).toEqual({ amount: -2716.05, weightDelta: -0.5, direction: 'over' });
  });

  it('rounds to the cent: 0.0001 × 5432.10 = 0.54321 → 0.54; the same weight → 0, neutral', () => {
    expect(drgPaymentDelta(1, 1.0001, 5432.1).amount).toBe(0.54);
    expect(drgPaymentDelta(1.2, 1.2, 6000)).toEqual({ amount: 0, weightDelta: 0, direction: 'neutral' });
  });

  it('rejects negative or missing numbers', () => {
    expect(() => drgPaymentDelta(1, 2, -5)).toThrow(RangeError);
    expect(() => drgPaymentDelta(Number.NaN, 2, 5)).toThrow(RangeError);
  });
});

describe('roundTo', () => {
  it('rounds half away from zero, symmetric for over- and underpayments', () => {
    expect(roundTo(2.345, 2)).toBe(2.35);
    expect(roundTo(-2.345, 2)).toBe(-2.35);
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(Object.is(roundTo(-0.001, 2), 0)).toBe(true);
  });
});
