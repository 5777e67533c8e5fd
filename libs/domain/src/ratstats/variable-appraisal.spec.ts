import { type RatStatsInputError } from './errors';
import { stratifiedAppraisal } from './stratified-appraisal';
import { appraiseSummary, tQuantiles, variableAppraisal } from './variable-appraisal';

// Published outputs: "Example Comparison Guide Between RAT-STATS 2017 and RAT-STATS 2010" (April 20,
// 2017), github.com/cbtek/RStats2017, submission/rstats_help/rstats_example_comparisons.pdf. Its
// "Unrestricted Variable Appraisal" screenshots show OIG's reference workbook UnresVariableAppraisal.xlsm
// (the RAT-STATS computation in Excel VBA). The sample values themselves are not printed, only their sum
// and standard deviation (to the cent), so these cases start from those summaries.
describe('variable appraisal against published RAT-STATS output', () => {
  it('Test00: N=1000, n=999 differences, sum 14,220,663.30, s 31,492.46', () => {
    const out = appraiseSummary({ N: 1000, n: 999, sum: 14220663.3, stdDev: 31492.46 }, tQuantiles(999));
    expect(out.mean).toBeCloseTo(14234.9, 2);
    expect(out.se_mean).toBeCloseTo(31.51, 2);
    expect(Math.round(out.se_total)).toBe(31508);
    expect(Math.round(out.point_estimate)).toBe(14234898);
    const row = (c: 80 | 90 | 95) => {
      const l = out.limits[c];
      return [
        l.t_value?.toFixed(12),
        Math.round(l.lower),
        Math.round(l.upper),
        Math.round(l.precision),
        l.precision_percent.toFixed(2),
      ];
    };
    expect(row(80)).toEqual(['1.282400420316', 14194492, 14275304, 40406, '0.28']);
    expect(row(90)).toEqual(['1.646381876635', 14183024, 14286773, 51875, '0.36']);
    expect(row(95)).toEqual(['1.962343846216', 14173068, 14296728, 61830, '0.43']);
    expect(out.one_sided_90_lower_limit).toBe(out.limits[80].lower);
  });

  describe('Test01 Run 3b: N=782,543, n=3', () => {
    const at = (sum: number, stdDev: number) => appraiseSummary({ N: 782543, n: 3, sum, stdDev }, tQuantiles(3));

    // The exact t₀.₉₇₅,₂ is 4.3026527297494…; the workbook prints 4.302652729750 (Excel's T.INV is good
    // to about 15 significant digits), so the comparison is to 11 decimals.
    it('t-values on 2 degrees of freedom agree to 11 decimals', () => {
      const { limits } = at(8824.43, 3685.66);
      expect(limits[80].t_value).toBeCloseTo(1.885618083164, 11);
      expect(limits[90].t_value).toBeCloseTo(2.919985580354, 11);
      expect(limits[95].t_value).toBeCloseTo(4.30265272975, 11);
    });

    it('examined values: point estimate 2,301,831,975, precision 136.41% / 211.24% / 311.26%', () => {
      const out = at(8824.43, 3685.66);
      expect(Math.round(out.point_estimate)).toBe(2301831975);
      // s is printed to the cent, so SE(total) can be reproduced only to about ±2,300 of 1,665,184,761.
      expect(Math.abs(out.se_total - 1665184761)).toBeLessThan(2500);
      expect([80, 90, 95].map((c) => out.limits[c as 80].precision_percent.toFixed(2))).toEqual([
        '136.41',
        '211.24',
        '311.26',
      ]);
    });

    it('audited values: negative point estimate -87,273,342,838 prints a precision percent of 0.00%', () => {
      const out = at(-334575.9, 185982.42);
      expect(Math.round(out.point_estimate)).toBe(-87273342838);
      for (const c of [80, 90, 95] as const) expect(out.limits[c].precision_percent).toBe(0);
      expect(Math.abs(out.limits[90].precision - 245357514651) / 245357514651).toBeLessThan(1e-5);
    });

    it('difference values: point estimate 89,575,174,813, precision 180.39% / 279.34% / 411.61%', () => {
      const out = at(343400.33, 189667.73);
      expect(Math.round(out.point_estimate)).toBe(89575174813);
      expect([80, 90, 95].map((c) => out.limits[c as 80].precision_percent.toFixed(2))).toEqual([
        '180.39',
        '279.34',
        '411.61',
      ]);
    });
  });
});

describe('variableAppraisal hand-worked', () => {
  // N=10, values 10, 20, 30: x̄ = 20, s = 10, SE(x̄) = 10·√(0.7/3) = 4.830459, SE(total) = 48.30459,
  // point estimate 200; t₀.₉₅,₂ = 2.919986 → 90% precision 141.0487, limits 58.951..341.049, 70.52%.
  it('N=10, values 10/20/30', () => {
    const out = variableAppraisal({ N: 10, values: [10, 20, 30] });
    expect(out.mean).toBe(20);
    expect(out.std_dev).toBeCloseTo(10, 12);
    expect(out.se_mean).toBeCloseTo(4.830459, 6);
    expect(out.se_total).toBeCloseTo(48.30459, 5);
    expect(out.point_estimate).toBe(200);
    expect(out.limits[90].precision).toBeCloseTo(141.0487, 3);
    expect(out.limits[90].lower).toBeCloseTo(58.9513, 3);
    expect(out.limits[90].upper).toBeCloseTo(341.0487, 3);
    expect(out.limits[90].precision_percent).toBeCloseTo(70.524, 3);
  });

  it('n = N: no sampling error, every limit is the point estimate', () => {
    const out = variableAppraisal({ N: 4, values: [1, 2, 3, 10] });
    expect(out.se_total).toBe(0);
    for (const c of [80, 90, 95] as const)
      expect(out.limits[c]).toMatchObject({ precision: 0, lower: 16, upper: 16, precision_percent: 0 });
  });

  it('negative total: limits still bracket the estimate, precision percent is 0', () => {
    const out = variableAppraisal({ N: 500, values: [-40, -10, 5, -25, -60] });
    expect(out.point_estimate).toBe(-13000);
    expect(out.limits[95].lower).toBeLessThan(out.limits[80].lower);
    expect(out.limits[95].upper).toBeGreaterThan(out.point_estimate);
    expect(out.limits[95].precision).toBeGreaterThan(0);
    expect(out.limits[95].precision_percent).toBe(0);
  });

  it.each([
    [{ N: 10, values: [1] }, 'values'],
    [{ N: 2, values: [1, 2, 3] }, 'values'],
    [{ N: 0, values: [1, 2] }, 'N'],
    [{ N: 10, values: [1, 'x' as unknown as number] }, 'values[1]'],
    [{ N: 10, values: [1, Number.NaN] }, 'values[1]'],
  ])('bad input %j names %s', (input, field) => {
    expect(() => variableAppraisal(input)).toThrow(expect.objectContaining({ field }) as RatStatsInputError);
  });
});

describe('stratifiedAppraisal', () => {
  // A: N=100, 10/20/30 → 2,000, SE(total) = 100·10·√(0.97/3) = 568.6241; B: N=50, 5/5 → 250, SE 0.
  // Universe 2,250 ± 1.644854·568.6241 = 935.3047 at 90% (z, not t).
  it('two strata by hand', () => {
    const out = stratifiedAppraisal({
      strata: [
        { N: 100, values: [10, 20, 30] },
        { N: 50, values: [5, 5] },
      ],
    });
    expect(out.overall.point_estimate).toBe(2250);
    expect(out.overall.se_total).toBeCloseTo(568.6241, 3);
    expect(out.overall.limits[90].t_value).toBeCloseTo(1.644854, 6);
    expect(out.overall.limits[90].precision).toBeCloseTo(935.3047, 2);
    expect(out.overall.mean).toBe(15);
    expect(out.overall.std_dev).toBeNull();
    expect(out.strata.map((s) => s.point_estimate)).toEqual([2000, 250]);
    expect(out.overall.one_sided_90_lower_limit).toBeCloseTo(2250 - 1.2815516 * 568.6241, 2);
  });

  it('one stratum: the same estimate and standard error as unrestricted, with z instead of t', () => {
    const values = [12, 7, 30, 2, 9];
    const strat = stratifiedAppraisal({ strata: [{ N: 80, values }] });
    const plain = variableAppraisal({ N: 80, values });
    expect(strat.overall.point_estimate).toBeCloseTo(plain.point_estimate, 9);
    expect(strat.overall.se_total).toBeCloseTo(plain.se_total, 9);
    expect(strat.overall.limits[95].precision).toBeLessThan(plain.limits[95].precision);
  });

  it('a one-item stratum sampled whole adds its value with no error; one value from a larger stratum is refused', () => {
    const out = stratifiedAppraisal({
      strata: [
        { N: 1, values: [500] },
        { N: 20, values: [1, 3] },
      ],
    });
    expect(out.strata[0]).toMatchObject({ point_estimate: 500, se_total: 0 });
    expect(out.strata[0].limits[90].t_value).toBeNull();
    expect(out.overall.point_estimate).toBe(540);
    expect(() => stratifiedAppraisal({ strata: [{ N: 5, values: [1] }] })).toThrow(
      expect.objectContaining({ field: 'strata[0].values' }) as RatStatsInputError,
    );
  });

  it.each([
    [{ strata: [] }, 'strata'],
    [{ strata: [{ N: 10, values: [] }] }, 'strata[0].values'],
    [
      {
        strata: [
          { N: 10, values: [1, 2] },
          { N: -1, values: [1, 2] },
        ],
      },
      'strata[1].N',
    ],
    [
      {
        strata: [
          { N: 10, values: [1, 2] },
          { N: 10, values: [1, '2' as unknown as number] },
        ],
      },
      'strata[1].values[1]',
    ],
  ])('bad input %j names %s', (input, field) => {
    expect(() => stratifiedAppraisal(input)).toThrow(expect.objectContaining({ field }) as RatStatsInputError);
  });
});
