/** Two-sided normal quantiles RAT-STATS uses for stratified appraisals: Φ⁻¹(0.90), Φ⁻¹(0.95), Φ⁻¹(0.975). */
export const Z_TWO_SIDED = { 80: 1.2815515655446004, 90: 1.6448536269514722, 95: 1.959963984540054 } as const;
