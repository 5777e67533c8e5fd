/** The three confidence levels every RAT-STATS appraisal reports. */
export const CONFIDENCE_LEVELS = [80, 90, 95] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];
export type ByConfidence<T> = Record<`${ConfidenceLevel}`, T>;

export function byConfidence<T>(make: (level: ConfidenceLevel) => T): ByConfidence<T> {
  return { 80: make(80), 90: make(90), 95: make(95) };
}
