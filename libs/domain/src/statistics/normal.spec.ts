import { inverseNormalCdf } from './normal';

describe('inverseNormalCdf', () => {
  it.each([
    [0.975, 1.959964], // the 95% two-sided z every interval here uses
    [0.95, 1.644854],
    [0.8, 0.841621], // 80% power
    [0.5, 0],
    [0.025, -1.959964],
    [0.001, -3.090232], // lower tail branch
    [0.999, 3.090232], // upper tail branch
  ])('Φ⁻¹(%p) = %p to six decimals', (p, z) => {
    expect(inverseNormalCdf(p)).toBeCloseTo(z, 6);
  });

  it('is symmetric about 0.5', () => {
    expect(inverseNormalCdf(0.1)).toBeCloseTo(-inverseNormalCdf(0.9), 12);
  });

  it.each([0, 1, -0.1, Number.NaN])('rejects p = %p', (p) => {
    expect(() => inverseNormalCdf(p)).toThrow(RangeError);
  });
});
